import { check } from "../../../src/domain";
import { changed, findingKeys, gridsOf } from "../../builders";
import { seedWorkbook } from "../../fixtures/seed";

const P = "Programma's";

describe("value rules", () => {
  it("reads an amount stored as Dutch text and reports it as info", () => {
    const result = check(gridsOf(changed(seedWorkbook(), P, "E5", "1.564.204")));
    const f = result.findings.filter((x) => x.cell === "E5" && x.sheet === P);
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["value.text-number", "info"]]);
    expect(f[0].message).toBe('Bedrag staat als tekst ("1.564.204"); gelezen als €\u00a01.564.204.');
    expect(result.summary.errors).toBe(0);
  });

  it.each([
    ["an error value", { error: "#REF!" }, "Geen bedrag: foutwaarde #REF!."],
    ["text", "zie bijlage", 'Geen bedrag: tekst "zie bijlage".'],
    ["a date", { date: "2024-12-31T00:00:00.000Z" }, "Geen bedrag: een datum."],
  ])("reports %s in an amount column as an error, and checks no total over it", (_, value, message) => {
    const result = check(gridsOf(changed(seedWorkbook(), P, "E5", value as never)));
    expect(findingKeys(result.findings, ["error"])).toEqual(["value.invalid Programma's!E5"]);
    expect(result.findings.find((f) => f.rule === "value.invalid")!.message).toBe(message);
  });

  it("reports a formula without a calculated value and never reads it as 0", () => {
    const specs = seedWorkbook().map((s) =>
      s.name === P
        ? { ...s, formulas: s.rows.map((_, i) => (i === 13 ? [null, null, null, null, "=SUM(E2:E13)"] : [])) }
        : s,
    );
    const withoutValue = changed(specs, P, "E14", null as never);
    const result = check(gridsOf(withoutValue));
    expect(findingKeys(result.findings.filter((f) => f.sheet === P && f.cell === "E14"))).toEqual([
      "value.uncalculated Programma's!E14",
    ]);
    expect(result.summary.errors).toBe(0);
  });
});
