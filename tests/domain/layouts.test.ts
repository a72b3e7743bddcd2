import { check, rowsOf } from "../../src/domain";
import { findingKeys, gridOf, gridsOf } from "../builders";
import { PROGRAMMES, programmeRows, seedWorkbook } from "../fixtures/seed";
import {
  codesInOwnColumn,
  dutchTextProgramme,
  englishProgramme,
  reorderedProgramme,
  sheetPerProgramme,
} from "../fixtures/variants";

/** Programme 1 as printed has four rounding differences in its total and one in a line's variance. */
const PROGRAMME_1_ROUNDING = ["C14", "D14", "E14", "F14"];

describe("layouts the seed does not show", () => {
  it("reads English headers and an English total label", () => {
    const result = check([gridOf(englishProgramme())]);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].columns.map((c) => c.role)).toEqual([
      "label",
      "priorActual",
      "original",
      "amended",
      "actual",
      "variance",
    ]);
    expect(rowsOf(result.tables[0]).find((r) => r.kind === "total")?.code).toBe("1");
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    expect(result.findings.filter((f) => f.rule === "total.rounding").map((f) => f.cell)).toEqual(
      PROGRAMME_1_ROUNDING,
    );
  });

  it("reads columns in another order by their headers", () => {
    const result = check([gridOf(reorderedProgramme())]);
    expect(result.tables[0].columns.map((c) => [c.col, c.role])).toEqual([
      [0, "label"],
      [1, "variance"],
      [2, "actual"],
      [3, "amended"],
      [4, "original"],
      [5, "priorActual"],
    ]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    // The same four totals are off by rounding, now in other columns (E↔C, D, C↔E, F→B).
    expect(
      result.findings
        .filter((f) => f.rule === "total.rounding")
        .map((f) => f.cell)
        .sort(),
    ).toEqual(["B14", "C14", "D14", "E14"]);
  });

  it("checks one sheet per programme against the summary", () => {
    const [summary, , structure] = seedWorkbook();
    const result = check(gridsOf([summary, ...sheetPerProgramme(), structure]));
    expect(result.tables.filter((t) => t.kind === "detail").map((t) => t.sheet)).toEqual(
      PROGRAMMES.map((p) => `Programma ${p.programme}`),
    );
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    expect(result.findings.filter((f) => f.rule === "crosscheck.missing")).toEqual([]);
  });

  it("reads codes from their own column", () => {
    const result = check([gridOf(codesInOwnColumn())]);
    const table = result.tables[0];
    expect(
      table.columns.filter((c) => c.role === "code" || c.role === "label").map((c) => [c.col, c.role]),
    ).toEqual([
      [0, "code"],
      [1, "label"],
    ]);
    expect(
      rowsOf(table)
        .filter((r) => r.kind === "line")
        .map((r) => r.code),
    ).toEqual(["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1", "1.2.2", "1.2.3", "1.2.4"]);
    // Names come from the label column, and a total's without its "Totaal".
    const spec = codesInOwnColumn();
    const labelOf = (code: string) => spec.rows.find((r) => r[0] === code)![1] as string;
    const byCode = new Map(rowsOf(table).map((r) => [`${r.kind} ${r.code}`, r.name]));
    expect(byCode.get("line 1.1.1")).toBe(labelOf("1.1.1"));
    expect(byCode.get("line 1.2.4")).toBe(labelOf("1.2.4"));
    expect(byCode.get("total 1")).toBe(labelOf("1").replace(/^Totaal /, ""));
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
  });

  it("reads figures typed as Dutch text, each reported as info", () => {
    const result = check([gridOf(dutchTextProgramme())]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    expect(result.findings.filter((f) => f.rule === "value.text-number")).toHaveLength(9 * 5);
    expect(result.findings.filter((f) => f.rule === "total.rounding").map((f) => f.cell)).toEqual(
      PROGRAMME_1_ROUNDING,
    );
  });

  it("reads a table that does not start in A1", () => {
    const grid = gridOf({ name: "Verschoven", rows: programmeRows(PROGRAMMES[2]) }, "C5");
    const result = check([grid]);
    expect(result.tables[0].range).toBe("C5:H11");
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      "note.missing H9",
      "note.missing H11",
      "total.rounding D11",
    ]);
  });

  it("reads a table in thousands and reports amounts in euros", () => {
    const rows = [
      ["Bedragen x € 1.000"],
      ["Programma", "Begroting 2024", "Rekening 2024", "Verschil"],
      ["1. A", 100, 90, 10],
      ["2. B", 200, 260, -60],
      ["Totaal", 300, 350, -50],
    ];
    const result = check([gridOf({ name: "Duizenden", rows })]);
    expect(result.tables[0].scale).toBe(1000);
    const b = result.variances.find((v) => v.code === "2")!;
    expect([b.amended, b.actual, b.variance, b.noteRequired]).toEqual([200000, 260000, -60000, true]);
  });
});
