import { check } from "../../../src/domain";
import { changed, findingKeys, gridsOf } from "../../builders";
import { seedWorkbook } from "../../fixtures/seed";

const P = "Programma's";

describe("variance.mismatch and variance.rounding", () => {
  it("reports a line's variance that is not amended − actual at the variance cell", () => {
    const result = check(gridsOf(changed(seedWorkbook(), P, "F4", 45984)));
    expect(findingKeys(result.findings, ["error"])).toEqual([
      "variance.mismatch Programma's!F4",
      "total.mismatch Programma's!F14",
    ]);
    const f = result.findings.find((x) => x.rule === "variance.mismatch")!;
    expect(f).toMatchObject({ code: "1.1.2", expected: 44984, actual: 45984, difference: 1000 });
    expect(f.related).toEqual(["Programma's!D4", "Programma's!E4"]);
  });

  it.each([
    [1, "variance.rounding"],
    [-1, "variance.rounding"],
    [2, "variance.mismatch"],
  ])("treats a variance %i euro off amended − actual as %s", (delta, rule) => {
    // 1.1.1: 194.788 − 201.699 = −6.911, as printed. The total's variance moves too, within its bound of 4.
    const result = check(gridsOf(changed(seedWorkbook(), P, "F3", -6911 + delta)));
    expect(result.findings.filter((f) => f.sheet === P && f.cell === "F3").map((f) => f.rule)).toEqual([
      rule,
    ]);
  });

  it("reads a table whose variance is actual − budget in that sign", () => {
    const specs = seedWorkbook().map((s) =>
      s.name === P
        ? { ...s, rows: s.rows.map((r) => (typeof r[5] === "number" ? [...r.slice(0, 5), -r[5]] : r)) }
        : s,
    );
    const result = check(gridsOf(specs));
    expect(result.tables.filter((t) => t.sheet === P).every((t) => t.varianceSign === -1)).toBe(true);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
  });
});
