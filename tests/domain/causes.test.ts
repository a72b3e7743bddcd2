import { check, toReport, type Finding } from "../../src/domain";
import { gridOf, gridsOf, withA1 } from "../builders";
import { blocks, nestedRevenue } from "../fixtures/families";
import type { SheetSpec } from "../fixtures/seed";
import { seedWithFormulas } from "../fixtures/variants";

/** Each error with the root it follows from: `rule Sheet!A1 ← rule Sheet!A1`. */
const causes = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === "error")
    .map(
      (f) =>
        `${f.rule} ${f.sheet}!${f.cell}${f.causedBy ? ` ← ${f.causedBy.rule} ${f.causedBy.sheet}!${f.causedBy.cell}` : ""}`,
    );

describe("one mistake reads as one root with its consequences under it", () => {
  it("puts a SUM that skips a row first: its total, the variance beside it and the summary's cross-check follow", () => {
    // Programme 1's Rekening total (E14) as a SUM that stops one line short, its cached value with it.
    const [summary, programmes, structure] = seedWithFormulas();
    const skipped = programmes.rows[11][4] as number;
    const short = { ...withA1(programmes, "E14", (programmes.rows[13][4] as number) - skipped) };
    short.formulas = programmes.formulas!.map((r) => [...r]);
    short.formulas[13][4] = "=SUM(E2:E11)";
    const result = check(gridsOf([summary, short, structure]));
    expect(causes(result.findings)).toEqual([
      "crosscheck.mismatch Overzicht!E5 ← formula.sum-range Programma's!E14",
      "total.mismatch Programma's!E14 ← formula.sum-range Programma's!E14",
      "formula.sum-range Programma's!E14",
      "variance.mismatch Programma's!F14 ← formula.sum-range Programma's!E14",
    ]);
    // The JSON report carries the link as the finding's field.
    const reported = toReport(result, "b.xlsx").findings.find((f) => f.rule === "variance.mismatch");
    expect(reported?.causedBy).toEqual({ rule: "formula.sum-range", sheet: "Programma's", cell: "E14" });
  });

  it("puts the line a typo is in first: the total over it follows", () => {
    const { spec } = blocks([3, 2]);
    const result = check([gridOf(withA1(spec, "C3", (spec.rows[2][2] as number) + 900))]);
    expect(causes(result.findings)).toEqual([
      "variance.mismatch Blokken!D3",
      "total.mismatch Blokken!C5 ← variance.mismatch Blokken!D3",
    ]);
  });

  it("puts a wrong subtotal first: the variance beside it follows, and the grand total that adds up its lines is right", () => {
    const { spec, totals } = blocks([3, 2, 4]);
    const wrong: SheetSpec = withA1(spec, `B${totals[0] + 1}`, (spec.rows[totals[0]][1] as number) + 500);
    expect(causes(check([gridOf(wrong)]).findings)).toEqual([
      `total.mismatch Blokken!B${totals[0] + 1}`,
      `variance.mismatch Blokken!D${totals[0] + 1} ← total.mismatch Blokken!B${totals[0] + 1}`,
    ]);
  });

  it("reports a subtotal typed wrong in two columns at that subtotal only", () => {
    const { spec, totals } = blocks([3, 2, 4]);
    const up = (s: SheetSpec, column: string, index: number) =>
      withA1(s, `${column}${totals[0] + 1}`, (s.rows[totals[0]][index] as number) + 500);
    expect(causes(check([gridOf(up(up(spec, "B", 1), "D", 3))]).findings)).toEqual([
      `total.mismatch Blokken!B${totals[0] + 1}`,
      `total.mismatch Blokken!D${totals[0] + 1}`,
    ]);
  });

  it("names the row and column of a finding as the table does", () => {
    const { spec, at } = nestedRevenue();
    const result = check([gridOf(withA1(spec, `C${at["Public works"] + 1}`, 1))]);
    const variance = result.findings.find((f) => f.rule === "variance.mismatch")!;
    expect([variance.rowName, variance.columnName]).toEqual(["Public works", "Over (Under) Budget"]);
  });
});
