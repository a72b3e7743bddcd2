import { check, DEFAULT_SETTINGS, resolveSettings, SettingsError } from "../../src/domain";
import { catalogueGaps } from "../../src/domain/messages/catalogue";
import { gridOf, gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";

describe("settings", () => {
  it("has the seed report's defaults: Dutch, € 50.000, rounding by (n+1)/2, orange up to 5%, tolerance 1% of lasten", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      language: "nl",
      noteThreshold: 50000,
      notePercent: null,
      noteCombine: "and",
      roundingTolerance: "auto",
      orangePercent: 5,
      overspendTolerance: null,
      overspendTolerancePercent: 1,
      contributionResult: null,
      contributionBudget: null,
      tables: [],
      accepted: [],
    });
  });

  it.each([
    [{ noteThreshold: -1 }, "noteThreshold"],
    [{ language: "fr" }, "language"],
    [{ roundingTolerance: 1.5 }, "roundingTolerance"],
    [{ orangePercent: Number.POSITIVE_INFINITY }, "orangePercent"],
    [{ overspendTolerance: -1 }, "overspendTolerance"],
    [{ overspendTolerancePercent: Number.NaN }, "overspendTolerancePercent"],
    [{ contributionResult: "F15" }, "contributionResult"],
    [{ contributionBudget: true }, "contributionBudget"],
    [{ threshold: 50000 }, "settings"],
    [{ accepted: [{ rule: "note.missing", sheet: "A", cell: "B2", reason: "" }] }, "accepted.0.reason"],
  ])("refuses %j, naming %s", (input, field) => {
    expect(() => resolveSettings(input as never)).toThrow(SettingsError);
    try {
      resolveSettings(input as never);
    } catch (e) {
      expect((e as SettingsError).issues.some((i) => i.startsWith(field))).toBe(true);
    }
  });

  it("lets the orange margin and the note threshold decide between orange and red", () => {
    // 1.1.3 Water overspends € 84.242, 5,7% of its amended budget: orange needs both within bounds.
    const light = (orangePercent: number, noteThreshold: number) =>
      check(gridsOf(seedWorkbook()), { orangePercent, noteThreshold }).variances.find(
        (v) => v.code === "1.1.3",
      )!.light;
    expect([light(5, 100000), light(6, 50000), light(6, 100000)]).toEqual(["red", "red", "orange"]);
  });

  it("lets the user correct a table's kind and a column's role", () => {
    const override = {
      sheet: "Programma's",
      anchor: "A1",
      kind: "summary" as const,
      columns: { B: "ignore" as const },
    };
    const table = check(gridsOf(seedWorkbook()), { tables: [override] }).tables.find(
      (t) => t.id === "Programma's!A1",
    )!;
    expect(table.kind).toBe("summary");
    expect(table.columns.map((c) => c.role)).toEqual(["label", "original", "amended", "actual", "variance"]);
  });
});

describe("an override that stretches a table over the one beside it", () => {
  // Two tables side by side with the same labels; the user gives the right one the left one's
  // label column, so both now start at A1. The right table's variance of Water is wrong, and its Ruimte differs from the left one's.
  const grids = [
    gridOf({
      name: "S",
      rows: [
        [
          "Programma",
          "Begroting 2024",
          "Realisatie 2024",
          "Verschil",
          "Programma",
          "Begroting 2024",
          "Realisatie 2024",
          "Verschil",
        ],
        ["1 Ruimte", 100, 90, 10, "1 Ruimte", 100, 83, 17],
        ["2 Water", 200, 150, 50, "2 Water", 200, 150, 40],
        ["Totaal", 300, 240, 60, "Totaal", 300, 233, 67],
      ],
    }),
  ];
  const stretched = check(grids, { tables: [{ sheet: "S", anchor: "E1", columns: { A: "label" } }] });
  const checkColumns = (result: typeof stretched) =>
    result.plan.blocks.map((b) => [b.col, b.cells.map((row) => row[0].value)]);

  it("keeps the right table's key, and finds no code twice in one table", () => {
    expect(stretched.tables.map((t) => [t.id, t.anchor, t.range])).toEqual([
      ["S!A1", "A1", "A1:D4"],
      ["S!E1", "E1", "A1:H4"],
    ]);
    expect(stretched.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([
      "crosscheck.mismatch S!C2",
      "crosscheck.mismatch S!D2",
      "crosscheck.mismatch S!D3",
      "variance.mismatch S!H3",
      "total.mismatch S!H4",
    ]);
  });

  it("writes each table's status from its own columns and figures", () => {
    expect(checkColumns(stretched)).toEqual([
      [8, ["Controle", "FOUT: wijkt af van andere tabel", "FOUT: wijkt af van andere tabel", "OK"]],
      [12, ["Controle", "OK", "FOUT: verschil", "FOUT: totaal"]],
    ]);
    expect(stretched.plan.blocks[1].cells.map((row) => row[1].value)).toEqual([
      "Verschil %",
      0.17,
      // Water's stated variance is wrong: its share is amended − actual's, the error not repeated.
      0.25,
      67 / 300,
    ]);
    // The same labels in A and E: stretching changes no status cell, percentages and lights included.
    const allCells = (result: typeof stretched) => result.plan.blocks.map((b) => b.cells);
    expect(allCells(stretched)).toEqual(allCells(check(grids)));
  });
});

describe("message catalogues", () => {
  it("have the same keys in Dutch and English", () => {
    expect(catalogueGaps()).toEqual([]);
  });
});
