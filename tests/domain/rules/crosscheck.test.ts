import { check } from "../../../src/domain";
import { changed, findingKeys, gridsOf, withoutRows } from "../../builders";
import { seedWorkbook } from "../../fixtures/seed";

describe("crosscheck", () => {
  it("reports a summary figure that differs from the programme's detail total, at the summary", () => {
    const result = check(gridsOf(changed(seedWorkbook(), "Overzicht", "B7", 3281541 + 10000)));
    expect(findingKeys(result.findings, ["error"])).toEqual([
      "crosscheck.mismatch Overzicht!B7",
      "total.mismatch Overzicht!B15",
    ]);
    const f = result.findings.find((x) => x.rule === "crosscheck.mismatch")!;
    expect(f).toMatchObject({
      code: "3",
      column: "priorActual",
      expected: 3281541,
      actual: 3291541,
      difference: 10000,
      related: ["Programma's!B34"],
    });
  });

  it("reports a 1-euro difference between the tables as rounding", () => {
    const result = check(gridsOf(changed(seedWorkbook(), "Overzicht", "B7", 3281541 + 1)));
    expect(findingKeys(result.findings.filter((f) => f.rule.startsWith("crosscheck")))).toEqual([
      "crosscheck.rounding Overzicht!B7",
    ]);
  });

  it("compares programme 7's unlabelled total with the summary through the code it infers", () => {
    const result = check(gridsOf(changed(seedWorkbook(), "Programma's", "B77", 2873556 + 900)));
    expect(findingKeys(result.findings, ["error"])).toEqual([
      "crosscheck.mismatch Overzicht!B11",
      "total.mismatch Programma's!B77",
    ]);
  });

  it("never compares the explanation table's variances with the programme variances", () => {
    const result = check(gridsOf(changed(seedWorkbook(), "Overzicht", "B21", 1000)));
    expect(result.findings.filter((f) => f.rule.startsWith("crosscheck"))).toEqual([]);
  });

  it("warns when a summary programme has no detail table", () => {
    const [summary, programmes, structure] = seedWorkbook();
    const withoutTen = withoutRows(programmes, ...programmes.rows.map((_, i) => i).filter((i) => i >= 97));
    const result = check(gridsOf([summary, withoutTen, structure]));
    expect(findingKeys(result.findings.filter((f) => f.rule === "crosscheck.missing"))).toEqual([
      "crosscheck.missing Overzicht!A14",
    ]);
  });
});
