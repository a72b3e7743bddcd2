import { check, toReport } from "../../src/domain";
import { gridOf, gridsOf } from "../builders";
import { IPO_OUTPUTS, IPO_PROGRAMMES, outputSheet, provinceSheet } from "../fixtures/annual";
import { twoBudgets } from "../fixtures/families";
import { seedWorkbook } from "../fixtures/seed";

describe("the JSON report's tables", () => {
  const spec = twoBudgets("V", [3, 2]);
  const table = toReport(check([gridOf(spec)]), "v.xlsx").tables[0];

  it("lists each column with its group, kind and year, and whether it was understood", () => {
    expect(table.columns.slice(0, 4)).toEqual([
      { column: "A", role: "label", header: "", understood: true },
      {
        column: "B",
        role: "amended",
        header: "Begroting na wijziging 2016 Lasten",
        group: "Begroting na wijziging 2016",
        kind: "lasten",
        year: 2016,
        understood: true,
      },
      {
        column: "C",
        role: "amended",
        header: "Begroting na wijziging 2016 Baten",
        group: "Begroting na wijziging 2016",
        kind: "baten",
        year: 2016,
        understood: true,
      },
      {
        column: "D",
        role: "amended",
        header: "Begroting na wijziging 2016 Saldo",
        group: "Begroting na wijziging 2016",
        kind: "saldo",
        year: 2016,
        understood: true,
      },
    ]);
    expect([table.currency, table.scale, table.title]).toEqual(["EUR", 1000, "Verklaring verschillen"]);
  });

  it("lists the relations the rows confirmed, with how many rows hold each", () => {
    const confirmed = table.relations
      .filter((r) => r.confirmed)
      .map((r) => `${r.meaning}: ${r.formula} (${r.holding}/${r.tested})`);
    expect(confirmed).toEqual(
      expect.arrayContaining([
        "saldo: D = C − B (7/7)",
        "variance: H = B − E (7/7)",
        "variance: I = F − C (7/7)",
        "variance: J = G − D (7/7)",
      ]),
    );
  });

  it("lists a row labelled as a total that adds up to nothing, and a column it could not read", () => {
    const report = toReport(
      check([
        gridOf({
          name: "S",
          rows: [
            ["Receipts", "Budget", "Actual", null],
            ["Taxes", 100, 110, 7],
            ["Grants", 50, 45, 3],
            ["Total other receipts", 30, 35, 1],
            ["Total receipts", 180, 190, 11],
          ],
        }),
      ]),
      "s.xlsx",
    ).tables[0];
    expect(report.unconfirmedTotals).toEqual(["A4"]);
    expect(report.columns.find((c) => c.column === "D")).toEqual({
      column: "D",
      role: "unknown",
      header: "",
      understood: false,
    });
  });
});

describe("the JSON report's parts of the annual report", () => {
  const withAll = () =>
    toReport(
      check(
        gridsOf([
          ...seedWorkbook(),
          outputSheet(IPO_OUTPUTS, { programmes: IPO_PROGRAMMES }),
          provinceSheet(),
        ]),
        {
          overspendTolerance: 100000,
        },
      ),
      "ipo.xlsx",
    );

  it("lists each planned output with its lights and explanation, and the counts per programme", () => {
    const report = withAll();
    expect(report.outputs.tables[0]).toEqual({ sheet: "Output", header: "A5", lastRow: 10, outputs: 3 });
    expect(report.outputs.outputs[4]).toEqual({
      sheet: "Output",
      cell: "A14",
      programme: "1",
      code: "1.1.2",
      number: 2,
      text: "2. Fungeren als aanspreekpunt en kennisplatform voor provincies en Aan de Slag.",
      colour: "red",
      inhoud: { light: "green", cell: "B14", source: "fill" },
      geld: { light: "red", cell: "C14", source: "fill" },
      explanation: {
        cell: "A19",
        where: "block",
        text: "Ad 2. De bijdrage aan het kennisplatform viel hoger uit dan geraamd.",
      },
    });
    expect(report.outputs.perProgramme.map((p) => [p.programme, p.green, p.orange, p.red])).toEqual([
      ["1", 11, 1, 1],
      ["3", 6, 1, 3],
      ["10", 0, 0, 0],
    ]);
  });

  it("gives Bijlage 1 in currency units, with where the result came from", () => {
    const { contribution } = withAll();
    expect(contribution).toMatchObject({
      sheet: "Bijlage 1",
      keyKind: "percent",
      problem: null,
      result: { source: "grand-total", sheet: "Overzicht", cell: "F15", amount: 694404 },
      budget: { source: "grand-total", sheet: "Overzicht", cell: "D15", amount: 28546886 },
      unit: 1,
      total: { budget: 28546886, refund: 694404, accounts: 27852482 },
    });
    expect(contribution!.provinces[0]).toEqual({
      province: "Groningen",
      cell: "A2",
      share: 0.0652,
      budget: 1861257,
      refund: 45275,
      accounts: 1815982,
    });
  });

  it("gives the overspends against the tolerance", () => {
    const { overspends } = withAll();
    expect(overspends).toMatchObject({
      tolerance: 100000,
      tolerancePercent: null,
      counted: 132647,
      overTolerance: true,
    });
    expect(overspends.items[0]).toEqual({
      level: "programme",
      sheet: "Overzicht",
      cell: "E5",
      labelCell: "A5",
      code: "1",
      name: "Ruimte en Leefbaarheid",
      amended: 6310598,
      actual: 6320874,
      overspend: 10276,
      incomeSurplus: 0,
      coverage: "none",
      uncovered: 10276,
    });
  });

  it("has empty parts for a workbook without outputs or provinces: no contribution, outputs empty", () => {
    const report = toReport(check(gridsOf(seedWorkbook())), "ipo.xlsx");
    expect(report.outputs).toEqual({ tables: [], outputs: [], perProgramme: [] });
    expect(report.contribution).toBeNull();
    // The lines of the four programmes that overspend; lines of programmes within budget are no candidates.
    expect(report.overspends.items.filter((x) => x.level === "line")).toHaveLength(12);
  });
});
