import { check, type CellValue, type Finding } from "../../src/domain";
import { findingKeys, gridOf, gridsOf, withA1 } from "../builders";
import {
  amendments,
  blocks,
  dutch,
  expenditureIncomeNet,
  kindGroups,
  kindRows,
  nestedRevenue,
  netOverview,
  operatingStatement,
  twoBudgets,
  twoFunds,
  varianceTable,
  yearGroups,
  yearsOnly,
} from "../fixtures/families";
import type { SheetSpec } from "../fixtures/seed";

/** The errors a user sees: `rule Sheet!A1`, in the report's order. */
const errors = (specs: SheetSpec[]) => findingKeys(check(gridsOf(specs)).findings, ["error"]);
const changed = (spec: SheetSpec, a1: string, value: CellValue) => withA1(spec, a1, value);
/** The spec with a figure changed by `delta`, as a typo would. */
const typo = (spec: SheetSpec, a1: string, delta: number): SheetSpec => {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  const v = spec.rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
  return changed(
    spec,
    a1,
    typeof v === "number" ? v + delta : dutch(Number(String(v).replace(/\./g, "")) + delta),
  );
};

const ZH = twoBudgets("V", [3, 2, 4]);
const REALISATION = kindGroups({
  name: "V",
  groups: ["Begroting 2024 na wijziging", "Realisatie 2024"],
  saldo: "lasten-baten",
  variance: { lasten: "first-second", baten: "second-first", saldo: "first-second" },
  programmes: [3, 3],
  asText: true,
});

describe("column groups: every amount column read and given a role", () => {
  it.each<[string, SheetSpec, string[]]>([
    ["Lasten | Baten | Saldo under two budgets and their Verschil", ZH, ["H", "I", "J"]],
    [
      "Lasten | Baten | Saldo under Begroting, Realisatie and Verschil, as Dutch text",
      REALISATION,
      ["H", "I", "J"],
    ],
  ])("%s", (_name, spec, varianceColumns) => {
    const table = check([gridOf(spec)]).tables[0];
    expect(table.amountColumns).toHaveLength(9);
    expect(table.columns.filter((c) => c.role === "unknown")).toEqual([]);
    expect(table.columns.filter((c) => c.role === "variance").map((c) => "ABCDEFGHIJ"[c.col])).toEqual(
      varianceColumns,
    );
    expect(table.columns.filter((c) => c.kind === "saldo").map((c) => c.group)).toEqual([
      spec.rows[2][1],
      spec.rows[2][4],
      "Verschil",
    ]);
    expect(errors([spec])).toEqual([]);
  });

  it("learns each variance's own sign and each saldo's, and checks them", () => {
    const relations = check([gridOf(ZH)]).tables[0].relations.filter((r) => r.confirmed);
    const text = relations.map(
      (r) =>
        `${r.meaning} ${"ABCDEFGHIJ"[r.target]} = ${r.terms.map((t) => `${t.sign < 0 ? "-" : "+"}${"ABCDEFGHIJ"[t.col]}`).join("")}`,
    );
    expect(text).toEqual(
      expect.arrayContaining([
        "saldo D = +C-B",
        "saldo G = +F-E",
        "variance H = +B-E",
        "variance I = +F-C",
        "variance J = +G-D",
      ]),
    );
  });

  it.each<[string, SheetSpec, string, number, string[]]>([
    [
      "a lasten typo breaks its saldo, its variance and its subtotal",
      ZH,
      "B6",
      100,
      ["relation.mismatch V!D6", "variance.mismatch V!H6", "total.mismatch V!B9"],
    ],
    [
      "a baten typo in the second group",
      ZH,
      "F11",
      -35,
      ["relation.mismatch V!G11", "variance.mismatch V!I11", "total.mismatch V!F13"],
    ],
    [
      "a typo in text figures",
      REALISATION,
      "E7",
      7,
      ["relation.mismatch V!G7", "variance.mismatch V!H7", "total.mismatch V!E9"],
    ],
  ])("%s", (_name, spec, cell, delta, expected) => {
    expect(errors([typo(spec, cell, delta)])).toEqual(expected);
  });

  it("reads 18 amount columns of six year groups, and checks each saldo and subtotal", () => {
    const spec = yearGroups(6);
    const table = check([gridOf(spec)]).tables[0];
    expect(table.amountColumns).toHaveLength(18);
    expect(table.relations.filter((r) => r.confirmed && r.meaning === "saldo")).toHaveLength(6);
    expect(errors([spec])).toEqual([]);
    const broken = typo(typo(spec, "K7", 540), "R11", 36);
    expect(errors([broken])).toEqual([
      "relation.mismatch Overzicht baten en lasten!M7",
      "total.mismatch Overzicht baten en lasten!K11",
      "total.mismatch Overzicht baten en lasten!R11",
      "relation.mismatch Overzicht baten en lasten!S11",
    ]);
  });

  it("reads a header of years only as amount columns and checks their totals", () => {
    const spec = yearsOnly(5);
    const table = check([gridOf(spec)]).tables[0];
    expect(table.amountColumns.map((c) => [c.role, c.column.year])).toEqual([
      ["amount", 2018],
      ["amount", 2019],
      ["amount", 2020],
      ["amount", 2021],
    ]);
    expect(errors([spec])).toEqual([]);
    expect(errors([typo(spec, "C4", 1000)])).toEqual(["total.mismatch Meerjarenraming!C8"]);
  });

  it("reads Expenditure | Income | Net groups with their % columns, a unit row of £000 and one-decimal lines", () => {
    const spec = expenditureIncomeNet(6);
    const result = check([gridOf(spec)]);
    const table = result.tables[0];
    expect([table.currency, table.scale]).toEqual(["GBP", 1000]);
    expect(table.columns.filter((c) => c.role === "percent").map((c) => c.kind)).toEqual(["lasten", "baten"]);
    const confirmed = table.relations.filter((r) => r.confirmed).map((r) => r.meaning);
    expect(confirmed.sort()).toEqual(["percent", "percent", "saldo", "saldo", "variance"]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    // Totals in whole £000 over lines with a decimal: rounding, never an error.
    expect(result.findings.filter((f) => f.rule === "total.mismatch")).toEqual([]);
    expect(errors([typo(spec, "H6", 5)])).toEqual([
      "relation.mismatch Appendix 1!H6",
      "variance.mismatch Appendix 1!J6",
      "total.mismatch Appendix 1!H11",
    ]);
  });

  it("reads two funds side by side as one table, each fund's variance against its own figures", () => {
    const spec = twoFunds(4);
    const table = check([gridOf(spec)]).tables[0];
    expect(table.columns.map((c) => c.fund ?? "")).toEqual([
      "",
      "general fund",
      "general fund",
      "general fund",
      "capital fund",
      "capital fund",
      "capital fund",
    ]);
    expect([table.currency, table.scale]).toEqual(["USD", 1000]);
    expect(errors([spec])).toEqual([]);
    expect(errors([typo(spec, "F6", 120)])).toEqual([
      "variance.mismatch Funds!G6",
      "total.mismatch Funds!F9",
    ]);
  });
});

describe("relations learnt from the table itself", () => {
  const HEADERS = [
    "Over (under) budget",
    "Over or (under) spend",
    "Favourable/(Adverse)",
    "Vergelijking",
    "Verschil",
  ];
  const cases = HEADERS.flatMap((header) =>
    (["budget-actual", "actual-budget"] as const).flatMap((order) =>
      (["number", "brackets", "trailing"] as const).map((negatives) => ({ header, order, negatives })),
    ),
  );

  it.each(cases)(
    "reads '$header' as $order with negatives as $negatives, and finds a typo in an actual",
    (c) => {
      const spec = varianceTable({ ...c, lines: 4, flag: c.header === "Vergelijking" ? "V/N" : "ADV/FAV" });
      const table = check([gridOf(spec)]).tables[0];
      expect(table.columns.map((col) => col.role)).toEqual([
        "label",
        "amended",
        "actual",
        "variance",
        "flag",
      ]);
      expect(errors([spec])).toEqual([]);
      expect(errors([typo(spec, "C3", 1111)])).toEqual([
        "variance.mismatch Variance!D3",
        "total.mismatch Variance!C6",
      ]);
    },
  );

  it("checks no relation the rows do not confirm, and lists it as not checked", () => {
    // A 'Verschil' column that is neither budget − actual nor actual − budget on most rows
    // (another base, or figures typed in from elsewhere): no variance finding at all.
    const spec: SheetSpec = {
      name: "S",
      rows: [
        ["Programma", "Begroting 2024", "Realisatie 2024", "Verschil"],
        ["A", 1000, 900, 70],
        ["B", 500, 520, 15],
        ["C", 800, 800, -40],
        ["D", 300, 200, 55],
        ["Totaal", 2600, 2420, 100],
      ],
    };
    const result = check([gridOf(spec)]);
    expect(result.findings.filter((f) => f.rule.startsWith("variance."))).toEqual([]);
    expect(result.tables[0].relations.map((r) => [r.meaning, r.confirmed])).toEqual([["variance", false]]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
  });

  it("checks Begroting na wijziging = primitief + VJN + NJN", () => {
    const spec = amendments(4);
    expect(errors([spec])).toEqual([]);
    expect(errors([typo(spec, "C3", 250)])).toEqual([
      "relation.mismatch Wijzigingen!E3",
      "total.mismatch Wijzigingen!C6",
    ]);
  });

  it("learns the variance of income and of costs apart, and a report total of income − expenditure", () => {
    const spec = operatingStatement(5, 4);
    const result = check([gridOf(spec)]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    const reportTotal = result.tables[0].rows.row.indexOf(18);
    expect(result.tables[0].rows.kind[reportTotal]).toBe("total");
    expect(result.tables[0].rows.minus[reportTotal]?.map((i) => result.tables[0].rows.row[i] + 1)).toEqual([
      18,
    ]);
    expect(errors([typo(spec, "C8", 40)])).toEqual([
      "variance.mismatch Operating Statement!D8",
      "total.mismatch Operating Statement!C12",
    ]);
    expect(errors([typo(spec, "F15", -900)])).toEqual([
      "variance.mismatch Operating Statement!G15",
      "total.mismatch Operating Statement!F18",
    ]);
  });

  it("implies no variance between a year-to-date actual and the annual budget", () => {
    const result = check([gridOf(operatingStatement(5, 4))]);
    const annual = 7; // H: Annual Budget
    expect(
      result.tables[0].relations.filter((r) => r.confirmed && r.terms.some((t) => t.col === annual)),
    ).toEqual([]);
    expect(result.tables[0].amounts.amended?.col).toBe(5);
  });
});

describe("rows: kinds, sections, nesting, formulas, nets", () => {
  it("reads Lasten, Baten and Saldo rows under a merged programme name, baten printed negative", () => {
    const spec = kindRows(4);
    const result = check([gridOf(spec)]);
    const table = result.tables[0];
    expect(table.columns.find((c) => c.role === "kind")?.col).toBe(1);
    expect(table.rows.rowKind.slice(0, 3)).toEqual(["lasten", "baten", "saldo"]);
    expect(findingKeys(result.findings, ["error", "warning"]).filter((k) => !k.startsWith("note."))).toEqual(
      [],
    );
    expect(errors([typo(spec, "E9", 300)])).toEqual([
      "variance.mismatch Cijfers per programma!F9",
      "total.mismatch Cijfers per programma!E10",
    ]);
  });

  it("finds a baten figure whose minus sign was dropped", () => {
    const spec = kindRows(4);
    const d12 = spec.rows[11][3] as number;
    expect(errors([changed(spec, "D12", -d12)])).toEqual([
      "variance.mismatch Cijfers per programma!F12",
      "total.mismatch Cijfers per programma!D13",
    ]);
  });

  it("reads subtotals nested under sub-headings and by indentation, and a non-contiguous SUM", () => {
    const { spec, at } = nestedRevenue();
    const result = check([gridOf(spec)]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    const table = result.tables[0];
    const childrenOf = (label: string) =>
      table.rows.children[table.rows.row.indexOf(at[label])]!.map((i) => table.rows.label[i]);
    expect(childrenOf("Total intergovernmental revenue")).toEqual([
      "Federal",
      "Property tax credits",
      "Police service aid",
      "County grants",
    ]);
    expect(childrenOf("Total revenue")).toEqual([
      "Property taxes",
      "Licenses and permits",
      "Total intergovernmental revenue",
      "Total charges for services",
      "Fines and penalties",
    ]);
  });

  it("finds a SUM that skips a row, even a non-contiguous one", () => {
    const { spec, at } = nestedRevenue();
    const row = at["Total intergovernmental revenue"];
    const county = at["County grants"];
    const formulas = spec.formulas!.map((r) => [...r]);
    formulas[row][2] =
      `=SUM(C${at.Federal + 1},C${at["Property tax credits"] + 1},C${at["Police service aid"] + 1})`;
    // Excel's cached results: the short SUM, and the grand total over it.
    const missing = spec.rows[county][2] as number;
    const grand = at["Total revenue"];
    const short = typo(typo(spec, `C${row + 1}`, -missing), `C${grand + 1}`, -missing);
    const broken = { ...short, formulas };
    expect(errors([broken])).toEqual([
      `total.mismatch Revenue!C${row + 1}`,
      `formula.sum-range Revenue!C${row + 1}`,
      `variance.mismatch Revenue!D${row + 1}`,
    ]);
  });

  it("reads the total of a net as baten − lasten, not their sum", () => {
    const { spec, at } = netOverview(3);
    const result = check([gridOf(spec)]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    const table = result.tables[0];
    const saldo = table.rows.row.indexOf(at.saldo);
    expect(
      [table.rows.children[saldo], table.rows.minus[saldo]].map((l) => l!.map((i) => table.rows.label[i])),
    ).toEqual([["Totaal baten"], ["Totaal lasten"]]);
    expect(errors([typo(spec, "C9", 77)])).toEqual(["total.mismatch Overzicht!C11"]);
  });

  it("never counts a wrong total into the block below it", () => {
    const { spec, totals } = blocks([3, 2, 4]);
    const wrong = typo(spec, `B${totals[0] + 1}`, 500);
    const result = check([gridOf(wrong)]);
    const table = result.tables[0];
    const second = table.rows.row.indexOf(totals[1]);
    expect(table.rows.children[second]!.map((i) => table.rows.label[i])).toEqual(["Post 2.1", "Post 2.2"]);
    // The wrong total and its variance beside it; the grand total adds up its lines, and is right.
    expect(findingKeys(result.findings, ["error"])).toEqual([
      `total.mismatch Blokken!B${totals[0] + 1}`,
      `variance.mismatch Blokken!D${totals[0] + 1}`,
    ]);
  });
});

describe("scale and currency", () => {
  const base = (unit: CellValue[][], header: CellValue[]): SheetSpec => ({
    name: "S",
    rows: [...unit, header, ["Line 1", 100, 90, 10], ["Line 2", 50, 70, -20], ["Total", 150, 160, -10]],
  });
  it.each<[string, SheetSpec, number, string, string]>([
    [
      "(in € 1.000) in the label header",
      base([], ["Programma (in € 1.000)", "Begroting 2024", "Realisatie 2024", "Verschil"]),
      1000,
      "EUR",
      "€\u00a010.000",
    ],
    [
      "x € 1.000 above the table",
      base([["x € 1.000"]], ["Programma", "Begroting 2024", "Realisatie 2024", "Verschil"]),
      1000,
      "EUR",
      "€\u00a010.000",
    ],
    [
      "$ in thousands",
      base([["$ in thousands"]], ["Program", "Budget", "Actual", "Variance"]),
      1000,
      "USD",
      "$\u00a010.000",
    ],
    [
      "(Expressed in Thousands) with £ in the headers",
      base([["(Expressed in Thousands)"]], ["Service", "Budget £", "Actual £", "Variance £"]),
      1000,
      "GBP",
      "£\u00a010.000",
    ],
    [
      "£'000 over each column",
      base([[null, "£'000", "£'000", "£'000"]], ["Service", "Budget", "Actual", "Variance"]),
      1000,
      "GBP",
      "£\u00a010.000",
    ],
  ])("reads %s as the table's unit, and reports in it", (_name, spec, scale, currency, money) => {
    const wrong = changed(spec, `C${spec.rows.length}`, 170);
    const result = check([gridOf(wrong)]);
    expect([result.tables[0].scale, result.tables[0].currency]).toEqual([scale, currency]);
    const total = result.findings.find((f) => f.rule === "total.mismatch")!;
    expect(total.difference).toBe(10 * scale);
    expect(total.message).toContain(money);
  });

  it("reads amounts typed as text with $, brackets and '-' for nil, and nothing else as invalid", () => {
    const spec: SheetSpec = {
      name: "S",
      rows: [
        ["Program", "Budget", "Actual", "Over (under) budget"],
        ["A", "$12,000", "$10,000", "$(2,000)"],
        ["B", "$3,150", "-", "$(3,150)"],
        ["Total", "$15,150", "$10,000", "$(5,150)"],
      ],
    };
    const result = check([gridOf(spec)]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    expect(result.tables[0].currency).toBe("USD");
  });
});

describe("explanations as organisations give them", () => {
  const header = ["Programma", "Begroting 2024", "Toelichting", "Realisatie 2024", "Verschil"];
  const rows = (notes: CellValue[]) => [
    header,
    ["A", 1_000_000, notes[0], 900_000, 100_000],
    ["B", 500_000, notes[1], 420_000, 80_000],
    ["Totaal", 1_500_000, null, 1_320_000, 180_000],
  ];
  const notesMissing = (spec: SheetSpec, settings = {}) =>
    check([gridOf(spec)], settings)
      .findings.filter((f: Finding) => f.rule === "note.missing")
      .map((f) => f.cell);

  it.each<[string, CellValue[], string[]]>([
    [
      "a note column between the amount columns",
      ["Minder uitgegeven aan personeel.", "Subsidie later verleend."],
      [],
    ],
    ["'n.v.t.' and 'Not required' as answers", ["n.v.t.", "Not required"], []],
    ["note numbers that refer to notes below the table", [3, 4], []],
    ["no note at all", [null, null], ["C2", "C3"]],
  ])("reads %s", (_name, notes, missing) => {
    expect(notesMissing({ name: "S", rows: rows(notes) })).toEqual(missing);
  });

  it("follows an 'Explanation required? YES/NO' column over the threshold", () => {
    const spec: SheetSpec = {
      name: "S",
      rows: [
        ["Programma", "Budget", "Actual", "Variance", "Explanation required?", "Explanation"],
        ["A", 1_000_000, 900_000, 100_000, "NO", null],
        ["B", 500_000, 480_000, 20_000, "YES", null],
        ["C", 500_000, 470_000, 30_000, "YES", "Grant paid late."],
        ["Total", 2_000_000, 1_850_000, 150_000, null, null],
      ],
    };
    expect(notesMissing(spec)).toEqual(["F3"]);
  });

  it("reads NIL and '-' in a variance column as nil", () => {
    const spec: SheetSpec = {
      name: "S",
      rows: [
        ["Programma", "Budget", "Actual", "Variance"],
        ["A", 100, 100, "NIL"],
        ["B", 50, 50, "-"],
        ["C", 70, 60, 10],
        ["Total", 220, 210, 10],
      ],
    };
    expect(
      findingKeys(check([gridOf(spec)]).findings, ["error", "warning", "info"]).filter((k) =>
        k.startsWith("value."),
      ),
    ).toEqual([]);
    expect(errors([spec])).toEqual([]);
  });

  it("applies a percentage rule together with an amount: above 5% unless below € 15.000", () => {
    const spec: SheetSpec = {
      name: "S",
      rows: [
        ["Programma", "Begroting 2024", "Realisatie 2024", "Verschil"],
        ["1.1 Groot, klein procent", 1_000_000, 960_000, 40_000],
        ["1.2 Klein, groot procent", 100_000, 88_000, 12_000],
        ["1.3 Groot en groot procent", 300_000, 270_000, 30_000],
        ["Totaal 1", 1_400_000, 1_318_000, 82_000],
      ],
    };
    expect(notesMissing(spec, { noteThreshold: 15_000, notePercent: 5, noteCombine: "and" })).toEqual([
      "D4",
      "D5",
    ]);
  });
});

describe("several tables on one sheet", () => {
  it("reads a summary and its detail each with its own scale, and compares them", () => {
    const sheet: SheetSpec = {
      name: "S",
      rows: [
        ["Overzicht (x € 1.000)"],
        ["Programma", "Begroting 2024", "Realisatie 2024", "Verschil"],
        ["1 Ruimte", 150, 160, -10],
        ["2 Water", 40, 40, 0],
        ["Totaal", 190, 200, -10],
        [],
        ["Programma 1 in euro's"],
        ["Programma", "Begroting 2024", "Realisatie 2024", "Verschil"],
        ["1.1 Wegen", 100_000, 120_000, -20_000],
        ["1.2 Paden", 50_000, 40_000, 10_000],
        ["Totaal 1", 150_000, 160_000, -10_000],
      ],
    };
    const result = check([gridOf(sheet)]);
    expect(result.tables.map((t) => t.scale)).toEqual([1000, 1]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    expect(errors([changed(sheet, "C11", 170_000)])).toContain("total.mismatch S!C11");
    expect(errors([changed(sheet, "C3", 170)])).toEqual([
      "crosscheck.mismatch S!C3",
      "variance.mismatch S!D3",
      "total.mismatch S!C5",
    ]);
  });

  it("reads a specification of the variance under the main table as a table of its own", () => {
    const sheet: SheetSpec = {
      name: "S",
      rows: [
        ["Programma", "Begroting 2024", "Realisatie 2024", "Verschil"],
        ["1.1 A", 100_000, 80_000, 20_000],
        ["1.2 B", 50_000, 50_000, 0],
        ["Totaal 1", 150_000, 130_000, 20_000],
        [],
        ["Nr", "Omschrijving", "Bedrag", "V/N"],
        [1, "Lagere personeelslasten", 15_000, "V"],
        [2, "Minder inhuur", 5_000, "V"],
      ],
    };
    const result = check([gridOf(sheet)]);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:D4", "A6:D8"]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
  });

  it("reads a total above its lines ('Uitgaven', then its parts)", () => {
    const sheet: SheetSpec = {
      name: "S",
      rows: [
        ["Omschrijving", "Begroting 2024", "Realisatie 2024"],
        ["Uitgaven", 300, 310],
        ["Personeel", 100, 120],
        ["Materieel", 200, 190],
        ["Inkomsten", 80, 90],
        ["Subsidies", 50, 50],
        ["Leges", 30, 40],
      ],
    };
    const result = check([gridOf(sheet)]);
    const table = result.tables[0];
    expect(table.rows.kind.slice(0, 6)).toEqual(["total", "line", "line", "total", "line", "line"]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    expect(errors([changed(sheet, "C3", 125)])).toEqual(["total.mismatch S!C2"]);
  });

  it("reads 'Total other receipts' as the line it is, and says so", () => {
    const sheet: SheetSpec = {
      name: "S",
      rows: [
        ["Receipts", "Budget", "Actual"],
        ["Taxes", 100, 110],
        ["Grants", 50, 45],
        ["Total other receipts", 30, 35],
        ["Total receipts", 180, 190],
      ],
    };
    const result = check([gridOf(sheet)]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    const table = result.tables[0];
    expect(table.unconfirmedTotals.map((i) => table.rows.label[i])).toEqual(["Total other receipts"]);
    const total = table.rows.label.indexOf("Total receipts");
    expect(table.rows.children[total]!.map((i) => table.rows.label[i])).toEqual([
      "Taxes",
      "Grants",
      "Total other receipts",
    ]);
  });

  it("reads taakvelden repeated under each programme as no duplicates or orphans", () => {
    const sheet: SheetSpec = {
      name: "S",
      rows: [
        ["Taakveld", "Begroting 2024", "Realisatie 2024", "Verschil"],
        ["Programma 1 Bestuur"],
        ["0.1 Bestuur", 100, 90, 10],
        ["0.2 Burgerzaken", 50, 55, -5],
        ["Totaal programma 1", 150, 145, 5],
        ["Programma 2 Veiligheid"],
        ["0.1 Bestuur", 20, 20, 0],
        ["1.1 Crisisbeheersing", 80, 70, 10],
        ["0.2 Burgerzaken", 10, 10, 0],
        ["Totaal programma 2", 110, 100, 10],
      ],
    };
    const result = check([gridOf(sheet)]);
    expect(findingKeys(result.findings, ["error", "warning"])).toEqual([]);
  });

  it("matches a summary line and the detail table it summarises by name", () => {
    const sheet = (personnelActual: number): SheetSpec => ({
      name: "S",
      rows: [
        ["Category", "Budget", "Actual", "Variance"],
        ["Personnel", 300, personnelActual, 300 - personnelActual],
        ["Materials", 100, 80, 20],
        ["Total", 400, personnelActual + 80, 320 - personnelActual],
        [],
        ["Personnel by department"],
        ["Department", "Budget", "Actual", "Variance"],
        ["Finance", 120, 110, 10],
        ["Housing", 180, 170, 10],
        ["Total personnel", 300, 280, 20],
      ],
    });
    expect(errors([sheet(280)])).toEqual([]);
    // At the summary line, in the actual; its variance, worked out from the actual, differs with it.
    expect(errors([sheet(290)])).toEqual(["crosscheck.mismatch S!C2"]);
  });
});
