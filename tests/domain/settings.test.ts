import { check, DEFAULT_SETTINGS, resolveSettings, SettingsError } from "../../src/domain";
import { catalogueGaps } from "../../src/domain/messages/catalogue";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";

describe("settings", () => {
  it("has the seed report's defaults: Dutch, € 50.000, rounding by (n+1)/2, orange up to 5%", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      language: "nl",
      noteThreshold: 50000,
      notePercent: null,
      noteCombine: "and",
      roundingTolerance: "auto",
      orangePercent: 5,
      tables: [],
      accepted: [],
    });
  });

  it.each([
    [{ noteThreshold: -1 }, "noteThreshold"],
    [{ language: "fr" }, "language"],
    [{ roundingTolerance: 1.5 }, "roundingTolerance"],
    [{ orangePercent: Number.POSITIVE_INFINITY }, "orangePercent"],
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

describe("message catalogues", () => {
  it("have the same keys in Dutch and English", () => {
    expect(catalogueGaps()).toEqual([]);
  });
});
