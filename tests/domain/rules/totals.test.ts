import { check } from "../../../src/domain";
import { changed, findingKeys, gridsOf } from "../../builders";
import { seedWorkbook } from "../../fixtures/seed";

const P = "Programma's";
const errorsAfter = (sheet: string, cell: string, value: number) =>
  findingKeys(check(gridsOf(changed(seedWorkbook(), sheet, cell, value))).findings, ["error"]);

describe("total.mismatch and total.rounding", () => {
  it.each([
    [
      "prior-year actual",
      "B14",
      5703643 + 1000,
      ["total.mismatch Programma's!B14", "crosscheck.mismatch Overzicht!B5"],
    ],
    [
      "original budget",
      "C14",
      6215598 - 1000,
      ["total.mismatch Programma's!C14", "crosscheck.mismatch Overzicht!C5"],
    ],
    [
      "amended budget",
      "D14",
      6310598 + 5000,
      [
        "total.mismatch Programma's!D14",
        "variance.mismatch Programma's!F14",
        "crosscheck.mismatch Overzicht!D5",
      ],
    ],
    [
      "actual",
      "E14",
      6320874 + 1000,
      [
        "total.mismatch Programma's!E14",
        "variance.mismatch Programma's!F14",
        "crosscheck.mismatch Overzicht!E5",
      ],
    ],
  ])(
    "reports a programme total's %s that is off by more than rounding at that total",
    (_, cell, value, expected) => {
      expect(errorsAfter(P, cell, value).sort()).toEqual([...expected].sort());
    },
  );

  it("reports the expected sum and the difference in euros", () => {
    const f = check(gridsOf(changed(seedWorkbook(), P, "E14", 6321874))).findings.find(
      (x) => x.rule === "total.mismatch",
    )!;
    expect(f).toMatchObject({
      sheet: P,
      cell: "E14",
      column: "actual",
      code: "1",
      expected: 6320873,
      actual: 6321874,
      difference: 1001,
    });
    expect(f.related).toEqual([
      "Programma's!E3",
      "Programma's!E4",
      "Programma's!E5",
      "Programma's!E6",
      "Programma's!E9",
      "Programma's!E10",
      "Programma's!E11",
      "Programma's!E12",
    ]);
    expect(f.message).toBe(
      "Totaal rekening klopt niet: verwacht €\u00a06.320.873, staat er €\u00a06.321.874 (verschil €\u00a01.001).",
    );
  });

  // Programme 1 adds 8 rounded lines: the bound is (8+1)/2 = 4 euros.
  it.each([
    [4, "total.rounding"],
    [-4, "total.rounding"],
    [5, "total.mismatch"],
    [-5, "total.mismatch"],
  ])("treats a difference of %i euros over 8 lines as %s", (delta, rule) => {
    // The seed's original-budget total of programme 1 is 1 euro above its lines already.
    const result = check(gridsOf(changed(seedWorkbook(), P, "C14", 6215598 - 1 + delta)));
    expect(result.findings.filter((f) => f.cell === "C14" && f.sheet === P).map((f) => f.rule)).toEqual([
      rule,
    ]);
  });

  it("treats a 2-euro difference over 3 lines as rounding and a 3-euro one as an error", () => {
    // Programme 3: three lines, bound (3+1)/2 = 2. Its amended total matches its lines exactly.
    const ok = check(gridsOf(changed(seedWorkbook(), P, "D34", 3685755 + 2)));
    const bad = check(gridsOf(changed(seedWorkbook(), P, "D34", 3685755 + 3)));
    expect(ok.findings.filter((f) => f.cell === "D34" && f.sheet === P).map((f) => f.rule)).toEqual([
      "total.rounding",
    ]);
    expect(bad.findings.filter((f) => f.cell === "D34" && f.sheet === P).map((f) => f.rule)).toEqual([
      "total.mismatch",
    ]);
  });

  it("keeps the rounding of the other columns when one figure of the table is typed to the cent", () => {
    const before = check(gridsOf(seedWorkbook())).findings;
    const after = check(gridsOf(changed(seedWorkbook(), P, "B3", 164138.25))).findings;
    // Only the column holding the cents is exact now: its total is 25 cents off.
    const errors = after.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.difference}`)).toEqual([
      "total.mismatch Programma's!B14 -0.25",
    ]);
    // Every rounding difference of the other columns is still reported as rounding.
    const rounding = (fs: typeof before) =>
      fs
        .filter((f) => f.rule === "total.rounding" && !f.cell.startsWith("B"))
        .map((f) => `${f.sheet}!${f.cell}`);
    expect(rounding(after)).toEqual(rounding(before));
  });

  it("checks the grand total of the summary against its ten programmes", () => {
    expect(errorsAfter("Overzicht", "E15", 27852482 + 10)).toEqual([
      "total.mismatch Overzicht!E15",
      "variance.mismatch Overzicht!F15",
    ]);
  });

  it("checks the explanation table's total internally, in its unit of thousands", () => {
    // Ten terms rounded to thousands: up to (10+1)/2 = 5 thousand is rounding.
    expect(errorsAfter("Overzicht", "B30", 1230000)).toEqual(["total.mismatch Overzicht!B30"]);
    const rounded = check(gridsOf(changed(seedWorkbook(), "Overzicht", "B30", 1223000))).findings;
    expect(findingKeys(rounded.filter((f) => f.cell === "B30"))).toEqual(["total.rounding Overzicht!B30"]);
  });

  it("honours a fixed rounding tolerance from the settings", () => {
    const grids = gridsOf(changed(seedWorkbook(), P, "D34", 3685755 + 2));
    const strict = check(grids, { roundingTolerance: 0 });
    expect(strict.findings.filter((f) => f.cell === "D34" && f.sheet === P).map((f) => f.rule)).toEqual([
      "total.mismatch",
    ]);
  });

  it("reports an empty total cell whose lines hold amounts", () => {
    const spec = changed(seedWorkbook(), P, "E34", null as never);
    const f = check(gridsOf(spec)).findings.filter((x) => x.sheet === P && x.cell === "E34");
    expect(f.map((x) => [x.rule, x.expected])).toEqual([["total.mismatch", 3738159]]);
  });
});
