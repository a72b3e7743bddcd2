import { check, type CheckResult, type SettingsInput } from "../../src/domain";
import { overspendsSheetCells } from "../../src/domain/annualSheets/overspendsSheet";
import { gridOf, gridsOf } from "../builders";
import { seedWorkbook, type SheetSpec } from "../fixtures/seed";

const items = (result: CheckResult) =>
  result.annual.overspends.items.map(
    (x) => `${x.level} ${x.code} ${x.cell} ${x.overspend / 100} ${x.coverage}`,
  );

/** A summary with Lasten and Baten: programme 1 overspends € 20.000 with € 15.000 more income. */
const LASTEN_BATEN_ROWS: SheetSpec = {
  name: "Overzicht",
  rows: [
    ["Programma", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil"],
    ["Lasten"],
    ["1. Bestuur", 100000, 120000, -20000],
    ["2. Wegen", 50000, 55000, -5000],
    ["Totaal lasten", 150000, 175000, -25000],
    [],
    ["Baten"],
    ["1. Bestuur", 30000, 45000, 15000],
    ["2. Wegen", 10000, 10000, 0],
    ["Totaal baten", 40000, 55000, 15000],
  ],
};

/** The same figures with Lasten and Baten side by side under each year. */
const LASTEN_BATEN_COLUMNS: SheetSpec = {
  name: "Overzicht",
  rows: [
    ["Programma", "Begroting 2024 na wijziging", null, "Rekening 2024", null],
    [null, "Lasten", "Baten", "Lasten", "Baten"],
    ["1. Bestuur", 100000, 30000, 120000, 45000],
    ["2. Wegen", 50000, 10000, 55000, 10000],
    ["Totaal", 150000, 40000, 175000, 55000],
  ],
  merged: ["B1:C1", "D1:E1"],
};

describe("overspends", () => {
  it("lists the seed's programmes and lines above their amended budget, programmes first", () => {
    const result = check(gridsOf(seedWorkbook()));
    const o = result.annual.overspends;
    expect(items(result).filter((x) => x.startsWith("programme"))).toEqual([
      "programme 1 E5 10276 none",
      "programme 3 E7 52404 none",
      "programme 4 E8 46660 none",
      "programme 6 E10 23307 none",
    ]);
    expect(
      items(result)
        .filter((x) => x.startsWith("line"))
        .slice(0, 4),
    ).toEqual([
      "line 1.1.1 E3 6911 none",
      "line 1.1.3 E5 84242 none",
      "line 1.1.4 E6 16893 none",
      "line 1.2.2 E10 29223 none",
    ]);
    // 1% of the total lasten of € 27.852.482; the four programmes overspend € 132.647 together.
    expect([o.tolerance, o.totalLasten, o.counted, o.overTolerance]).toEqual([
      27852482,
      2785248200,
      13264700,
      false,
    ]);
    expect(result.findings.filter((f) => f.rule === "overspend.over-tolerance")).toEqual([]);
  });

  it("lists the lines of the programmes that overspend only: the budget authorises programmes", () => {
    const result = check(gridsOf(seedWorkbook()));
    const lines = result.annual.overspends.items.filter((x) => x.level === "line").map((x) => x.code);
    expect(lines).toEqual([
      "1.1.1",
      "1.1.3",
      "1.1.4",
      "1.2.2",
      "1.2.3",
      "3.1.1",
      "3.1.3",
      "4.1.1",
      "4.1.3",
      "4.1.4",
      "4.1.5",
      "6.1.1",
    ]);
    // 2.1.2 is € 10.750 over, but programme 2 stays € 57.987 within its budget.
    expect(result.annual.overspends.counts).toEqual({ programme: 4, line: 12 });
  });

  it.each<[string, SettingsInput]>([
    ["a tolerance set as an amount below them", { overspendTolerance: 100000 }],
    ["a lower percentage of the lasten", { overspendTolerancePercent: 0.4 }],
  ])("reports the overspends together above %s, at the grand total's actual", (_name, settings) => {
    const result = check(gridsOf(seedWorkbook()), settings);
    const [f] = result.findings.filter((x) => x.rule === "overspend.over-tolerance");
    expect(f).toMatchObject({
      severity: "warning",
      sheet: "Overzicht",
      cell: "E15",
      actual: 132647,
      related: ["Overzicht!E5", "Overzicht!E7", "Overzicht!E8", "Overzicht!E10"],
    });
  });

  it("says the tolerance and what it is taken of", () => {
    const [nl] = check(gridsOf(seedWorkbook()), { overspendTolerancePercent: 0.4 }).findings.filter(
      (x) => x.rule === "overspend.over-tolerance",
    );
    expect(nl.message).toBe(
      "De overschrijdingen van de lasten die hogere baten niet dekken zijn samen € 132.647 (4×): meer dan de verantwoordingsgrens van € 111.409,93 (0,4% van de totale lasten van € 27.852.482).",
    );
  });

  it.each([
    ["income rows under a Baten heading", LASTEN_BATEN_ROWS, "C5"],
    ["income columns beside the lasten", LASTEN_BATEN_COLUMNS, "D5"],
  ])("counts higher income in the same programme as cover: %s", (_name, sheet, grandTotal) => {
    const result = check([gridOf(sheet)]);
    const o = result.annual.overspends;
    expect(o.items.map((x) => [x.code, x.overspend, x.incomeSurplus, x.coverage, x.uncovered])).toEqual([
      ["1", 2000000, 1500000, "partly", 500000],
      ["2", 500000, 0, "none", 500000],
    ]);
    // € 10.000 not covered is more than 1% of € 175.000.
    expect([o.counted, o.tolerance, o.overTolerance]).toEqual([1000000, 175000, true]);
    expect(result.findings.filter((f) => f.rule === "overspend.over-tolerance").map((f) => f.cell)).toEqual([
      grandTotal,
    ]);
  });

  it("needs the organisation's total lasten for its default: a programme table alone gives no tolerance", () => {
    const [, programmes] = seedWorkbook();
    const o = check([gridOf(programmes)]).annual.overspends;
    expect([o.tolerance, o.totalLasten, o.overTolerance]).toEqual([null, null, false]);
    expect(o.items.length).toBeGreaterThan(0);
  });

  it("lists no overspend within rounding: one euro over in whole euros is none", () => {
    const sheet: SheetSpec = {
      name: "S",
      rows: [
        ["Programma", "Begroting 2024 na wijziging", "Rekening 2024"],
        ["1. A", 1000, 1001],
        ["2. B", 1000, 1002],
        ["Totaal", 2000, 2003],
      ],
    };
    expect(items(check([gridOf(sheet)]))).toEqual(["programme 2 C3 2 none"]);
  });
});

describe("the sheet Overschrijdingen", () => {
  it("lists each overspend with its cover and its share of the tolerance, then the tolerance, in both languages", () => {
    const result = check([gridOf(LASTEN_BATEN_ROWS)]);
    const nl = overspendsSheetCells(result.annual.overspends, "nl");
    expect(nl[0].map((c) => c.value)).toEqual([
      "Niveau",
      "Blad",
      "Cel",
      "Code",
      "Omschrijving",
      "Begroting na wijziging",
      "Rekening",
      "Overschrijding",
      "Hogere baten in het programma",
      "Gedekt door hogere baten",
      "Niet gedekt",
      "Deel van de verantwoordingsgrens",
    ]);
    expect(nl[1].map((c) => c.value)).toEqual([
      "Programma",
      "Overzicht",
      "C3",
      "1",
      "Bestuur",
      100000,
      120000,
      20000,
      15000,
      "Deels",
      5000,
      5000 / 1750,
    ]);
    expect(nl[1][2].link).toEqual({ sheet: "Overzicht", cell: "C3" });
    expect(nl.slice(4).map((r) => r.map((c) => c.value))).toEqual([
      ["Verantwoordingsgrens: 1% van de totale lasten van € 175.000", 1750],
      ["Overschrijdingen per programma, niet gedekt door hogere baten", 10000],
      ["Boven de verantwoordingsgrens", "Ja"],
    ]);
    const en = overspendsSheetCells(result.annual.overspends, "en");
    expect([en[0][7].value, en[1][9].value, en[6][0].value]).toEqual([
      "Overspend",
      "Partly",
      "Above the tolerance",
    ]);
  });

  it("says there are none where there are none, and that the tolerance is unknown without a summary", () => {
    const sheet: SheetSpec = {
      name: "S",
      rows: [
        ["Programma", "Begroting 2024 na wijziging", "Rekening 2024"],
        ["1. A", 1000, 900],
        ["Totaal", 1000, 900],
      ],
    };
    const cells = overspendsSheetCells(check([gridOf(sheet)]).annual.overspends, "nl");
    expect(cells[1].map((c) => c.value)).toEqual(["Geen lasten boven de begroting na wijziging."]);
    expect(cells.slice(3).map((r) => r.map((c) => c.value))).toEqual([
      ["Verantwoordingsgrens onbekend: geen overzicht met de totale lasten; stel de grens in."],
      ["Overschrijdingen per programma, niet gedekt door hogere baten", 0],
      ["Boven de verantwoordingsgrens", null],
    ]);
  });
});
