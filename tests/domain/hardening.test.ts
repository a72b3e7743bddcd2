import { centsAt, check, rowsOf, type CellValue } from "../../src/domain";
import { findingKeys, gridOf } from "../builders";
import { DETAIL_HEADER, PROGRAMMES, programmeRows } from "../fixtures/seed";

const P3 = programmeRows(PROGRAMMES[2]); // header, 3.1, three lines, blank, total: A1:F7

describe("odd workbook shapes", () => {
  it("reads two tables side by side on one header row", () => {
    const rows = P3.map((r, i): CellValue[] => [
      ...padTo(r, 6),
      null,
      ...(programmeRows(PROGRAMMES[7])[i] ?? []),
    ]);
    const result = check([gridOf({ name: "Naast elkaar", rows })]);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:F7", "H1:M7"]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    expect(result.findings.filter((f) => f.rule === "total.rounding").map((f) => f.cell)).toEqual([
      "B7",
      "I7",
      "J7",
      "K7",
      "L7",
    ]);
  });

  it("reads a header merged over two columns with its sub-headers below", () => {
    const rows: CellValue[][] = [
      ["Programma", "Rekening 2023", "Begroting 2024", null, "Rekening 2024", "Verschil"],
      [null, null, "primitief", "na wijziging", null, null],
      ...P3.slice(1),
    ];
    const table = check([gridOf({ name: "Samengevoegd", rows })]).tables[0];
    expect(table.columns.map((c) => c.role)).toEqual([
      "label",
      "priorActual",
      "original",
      "amended",
      "actual",
      "variance",
    ]);
  });

  it("uses the first of two columns with the same header and ignores the second", () => {
    const rows = P3.map((r) => [...padTo(r, 6), r[4] ?? null]);
    rows[0][6] = "Rekening 2024";
    const result = check([gridOf({ name: "Dubbel", rows })]);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].columns.find((c) => c.role === "actual")?.col).toBe(4);
  });

  it("finds no table in a header without data", () => {
    expect(check([gridOf({ name: "Leeg", rows: [P3[0]] })]).tables).toEqual([]);
  });

  it("finds no table in a sheet of only text", () => {
    expect(
      check([gridOf({ name: "Tekst", rows: [["Inleiding"], ["Dit jaarverslag", "beschrijft"]] })]).tables,
    ).toEqual([]);
  });

  it("reads a sheet used sparsely far out without walking every empty cell", () => {
    const values: CellValue[][] = P3.map((r) => [...r]);
    for (let i = values.length; i < 1_048_575; i++) values.push([]);
    const last: CellValue[] = [];
    last[16383] = "verdwaald";
    values.push(last);
    const result = check([{ sheet: "Ver weg", topLeft: "A1", values }]);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:F7"]);
  });
});

describe("odd cell values", () => {
  it.each<[string, CellValue, string]>([
    ["1e20", 1e20, "Geen bedrag: te groot om tot op de cent te rekenen."],
    ["a #DIV/0! error", { error: "#DIV/0!" }, "Geen bedrag: foutwaarde #DIV/0!."],
    ["TRUE", true, "Geen bedrag: een waar/onwaar-waarde."],
  ])(
    "reports %s in an amount column as value.invalid and leaves the totals over it alone",
    (_, value, message) => {
      const rows = P3.map((r) => [...r]);
      rows[2][4] = value;
      const result = check([gridOf({ name: "X", rows })]);
      expect(findingKeys(result.findings, ["error"])).toEqual(["value.invalid X!E3"]);
      expect(result.findings.find((f) => f.rule === "value.invalid")!.message).toBe(message);
    },
  );

  it("treats -0 as 0", () => {
    // Programme 10's line 10.1.2 holds zeros; typed as -0 they must read and add up as 0.
    const rows = programmeRows(PROGRAMMES[9]).map((r) => r.map((v) => (v === 0 ? -0 : v)));
    const result = check([gridOf({ name: "X", rows })]);
    expect(findingKeys(result.findings, ["error", "warning"])).toEqual([
      "note.missing X!F3",
      "note.missing X!F6",
    ]);
    const zero = result.variances.find((v) => v.code === "10.1.2")!;
    expect(Object.is(zero.variance, -0)).toBe(false);
    const table = result.tables[0];
    expect(centsAt(table, rowsOf(table).find((r) => r.code === "10.1.2")!.index, "actual")).toBe(0);
  });
});

describe("hostile text", () => {
  it.each([
    '=HYPERLINK("http://evil.invalid","klik")',
    "+SUM(1)",
    "-1+2",
    "@SUM(A1)",
    "<script>alert(1)</script>",
  ])("carries the label %s into findings and the plan only as plain text", (label) => {
    const rows = P3.map((r) => [...r]);
    rows[2][0] = `3.1.1 ${label}`;
    rows[3][0] = `3.1.1 ${label}`; // a duplicate code, so that a finding quotes it
    const result = check([gridOf({ name: "X", rows })]);
    const cells = result.plan.sheets
      .flatMap((s) => s.cells.flat())
      .concat(result.plan.blocks.flatMap((b) => b.cells.flat()));
    for (const c of cells)
      expect(typeof c.value === "string" || typeof c.value === "number" || c.value === null).toBe(true);
    expect(result.findings.some((f) => f.rule === "structure.duplicate-code")).toBe(true);
  });
});

describe("a table longer than the room the engine makes up front", () => {
  it("reads every line past 65.536 rows, and finds an error and a blank row there", () => {
    const lines = 70_000;
    const rows: CellValue[][] = [[...DETAIL_HEADER], ["1.1 Onderdeel"]];
    const total = [0, 0, 0, 0, 0];
    for (let k = 1; k <= lines; k++) {
      const figures = [1000, 1000, 1000, 900, 100];
      figures.forEach((f, i) => (total[i] += f));
      rows.push([`1.1.${k} Regel ${k}`, ...figures]);
      // A spacer row deep in the table, past the room made up front.
      if (k === 68_000) rows.push([]);
    }
    // The last line but one states a variance off by 50: reported at its own cell.
    const offIndex = rows.length - 2;
    rows[offIndex][5] = 150;
    total[4] += 50;
    rows.push([], ["Totaal 1. Programma", ...total]);
    const result = check([gridOf({ name: "Lang", rows })]);
    const table = result.tables[0];
    expect(rowsOf(table).filter((r) => r.kind === "line")).toHaveLength(lines);
    expect(findingKeys(result.findings, ["error"])).toEqual([`variance.mismatch Lang!F${offIndex + 1}`]);
    expect(centsAt(table, table.rows.length - 1, "actual")).toBe(lines * 900 * 100);
  });
});

function padTo(row: CellValue[], n: number): CellValue[] {
  return Array.from({ length: n }, (_, i) => (row[i] === undefined ? null : row[i]));
}
