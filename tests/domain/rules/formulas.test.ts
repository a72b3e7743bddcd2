import { check } from "../../../src/domain";
import { findingKeys, gridsOf } from "../../builders";
import type { SheetSpec } from "../../fixtures/seed";
import { seedWithFormulas } from "../../fixtures/variants";

const P = "Programma's";
function withFormula(a1: string, formula: string, value?: number): SheetSpec[] {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  const row = Number(m[2]) - 1;
  const col = m[1].charCodeAt(0) - 65;
  return seedWithFormulas().map((s) => {
    if (s.name !== P) return s;
    const formulas = s.formulas!.map((r) => [...r]);
    formulas[row][col] = formula;
    const rows = s.rows.map((r) => [...r]);
    if (value !== undefined) rows[row][col] = value;
    return { ...s, rows, formulas };
  });
}

describe("formula rules", () => {
  it("accepts SUM totals over their whole block", () => {
    const result = check(gridsOf(seedWithFormulas()));
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    expect(result.findings.filter((f) => f.rule.startsWith("formula."))).toEqual([]);
  });

  it("compares a formula total exactly: rounding no longer explains a 1-euro difference", () => {
    const sum = seedWithFormulas().find((s) => s.name === P)!.rows[13][2] as number;
    const result = check(gridsOf(withFormula("C14", "=SUM(C2:C13)", sum + 1)));
    expect(findingKeys(result.findings.filter((f) => f.sheet === P && f.cell === "C14"))).toEqual([
      "total.mismatch Programma's!C14",
    ]);
  });

  it("reports a SUM that skips a row even when the skipped row holds 0", () => {
    // Programme 10: 10.1.2 (row 103) holds zeros, so the figure still matches.
    const result = check(gridsOf(withFormula("E105", "=SUM(E101:E102)")));
    const f = result.findings.filter((x) => x.sheet === P && x.cell === "E105");
    expect(findingKeys(f)).toEqual(["formula.sum-range Programma's!E105"]);
    expect(f[0].message).toBe("De formule =SOM(E101:E102) mist E103.");
  });

  it("reports a SUM that runs into the next block", () => {
    const result = check(gridsOf(withFormula("E105", "=SUM(E96:E104)")));
    const f = result.findings.find((x) => x.rule === "formula.sum-range")!;
    expect(f.cell).toBe("E105");
    expect(f.message).toBe("De formule =SOM(E96:E104) telt ook E97 mee.");
  });

  it("reports a skipped row with an amount as both a wrong SUM and a wrong total", () => {
    const sum = seedWithFormulas().find((s) => s.name === P)!.rows[13][4] as number;
    const result = check(gridsOf(withFormula("E14", "=SUM(E2:E4)+SUM(E6:E13)", sum - 1564204)));
    expect(
      findingKeys(
        result.findings.filter((x) => x.sheet === P && x.cell === "E14"),
        ["error"],
      ),
    ).toEqual(["total.mismatch Programma's!E14", "formula.sum-range Programma's!E14"]);
  });

  it("points out a total typed in as a number in a table that calculates", () => {
    const specs = seedWithFormulas().map((s) => {
      if (s.name !== P) return s;
      const formulas = s.formulas!.map((r) => [...r]);
      formulas[33][1] = null;
      return { ...s, formulas };
    });
    const result = check(gridsOf(specs));
    expect(findingKeys(result.findings.filter((f) => f.rule === "formula.hardcoded-total"))).toEqual([
      "formula.hardcoded-total Programma's!B34",
    ]);
  });
});
