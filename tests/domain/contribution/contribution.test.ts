import fc from "fast-check";
import { check, type CheckResult, type Finding } from "../../../src/domain";
import { contributionSheetCells } from "../../../src/domain/annualSheets/contributionSheet";
import { gridOf, gridsOf, withA1 } from "../../builders";
import { IPO_CONTRIBUTION, KEYS, provinceSheet, type ProvinceSheetOptions } from "../../fixtures/annual";
import { seedWorkbook, type SheetSpec } from "../../fixtures/seed";

/** Bijlage 1 of the seed worked out by hand (tests/fixtures/annual.ts says how). */
const { budget: BUDGET, refund: REFUND, accounts: ACCOUNTS } = IPO_CONTRIBUTION;
const FILLED = { budget: BUDGET, refund: REFUND, accounts: ACCOUNTS };

const withProvinces = (options: ProvinceSheetOptions = {}, extra: SheetSpec[] = []) =>
  check(gridsOf([...seedWorkbook(), provinceSheet(options), ...extra]));

const contributionFindings = (result: CheckResult) =>
  result.findings
    .filter((f: Finding) => f.rule.startsWith("contribution."))
    .map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

const euros = (cents: number[]) => cents.map((c) => c / 100);

describe("the contribution per province (Bijlage 1)", () => {
  it("splits the seed's result and budget by the key, exactly, in the workbook's whole euros", () => {
    const c = withProvinces().annual.contribution!.result!;
    expect(euros(c.rows.map((r) => r.budget))).toEqual(BUDGET);
    expect(euros(c.rows.map((r) => r.refund))).toEqual(REFUND);
    expect(euros(c.rows.map((r) => r.accounts))).toEqual(ACCOUNTS);
    expect(euros([c.total.budget, c.total.refund, c.total.accounts])).toEqual([28546886, 694404, 27852482]);
    expect([c.result.sheet, c.result.cell, c.unit]).toEqual(["Overzicht", "F15", 100]);
  });

  it.each<[string, ProvinceSheetOptions]>([
    ["a percentage", { key: "percent" }],
    ["a fraction shown as a percentage", { key: "fraction" }],
    ["a percentage with a Totaal row", { key: "percent", total: true }],
    ["budgeted amounts", { key: "amounts", keys: KEYS.map(([p], i) => [p, BUDGET[i]]) }],
    ["an English table", { lang: "en" }],
  ])("reads the key given as %s, and finds nothing wrong", (_name, options) => {
    const result = withProvinces(options);
    expect(euros(result.annual.contribution!.result!.rows.map((r) => r.refund))).toEqual(REFUND);
    expect(contributionFindings(result)).toEqual([]);
  });

  it("checks a table the workbook already holds: right as it stands", () => {
    expect(contributionFindings(withProvinces({ filled: FILLED, total: true }))).toEqual([]);
  });

  it.each([
    ["a refund € 1.000 off", "D4", REFUND[2] + 1000, "contribution.mismatch Bijlage 1!D4"],
    [
      "a refund one euro off (another way of rounding)",
      "D4",
      REFUND[2] + 1,
      "contribution.rounding Bijlage 1!D4",
    ],
    ["a contribution on the accounts off", "E13", ACCOUNTS[11] - 500, "contribution.mismatch Bijlage 1!E13"],
    ["a total refund off", "D14", 694000, "contribution.mismatch Bijlage 1!D14"],
  ])(
    "checks a table the workbook already holds: %s is reported at its cell",
    (_name, cell, value, expected) => {
      const sheet = withA1(provinceSheet({ filled: FILLED, total: true }), cell, value);
      const result = check(gridsOf([...seedWorkbook(), sheet]));
      expect(contributionFindings(result)).toEqual([expected]);
    },
  );

  it("reads refunds stated as negative figures (a reduction of the contribution) as such", () => {
    const filled = { ...FILLED, refund: REFUND.map((r) => -r) };
    expect(contributionFindings(withProvinces({ filled, total: true }))).toEqual([]);
  });

  it("states the figures of a wrong cell", () => {
    const sheet = withA1(provinceSheet({ filled: FILLED }), "D4", 42248);
    const [f] = check(gridsOf([...seedWorkbook(), sheet])).findings.filter(
      (x) => x.rule === "contribution.mismatch",
    );
    expect(f).toMatchObject({
      expected: 41248,
      actual: 42248,
      difference: 1000,
      message: "Restitutie van Drenthe klopt niet: berekend € 41.248, staat er € 42.248 (verschil € 1.000).",
    });
  });

  it.each<[string, SheetSpec, string[]]>([
    [
      "a province missing",
      { ...provinceSheet(), rows: provinceSheet().rows.filter((r) => r[0] !== "Zeeland") },
      // The key then adds up to 94,63%: said at its first cell, the table having no total.
      ["contribution.input Bijlage 1!A2", "contribution.input Bijlage 1!B2"],
    ],
    [
      "a province listed twice",
      { ...provinceSheet(), rows: [...provinceSheet().rows, ["Groningen", 1]] },
      ["contribution.input Bijlage 1!A14"],
    ],
    [
      "a key that adds up to 99%",
      withA1(withA1(provinceSheet({ total: true }), "B13", 13.28), "B14", 99),
      ["contribution.input Bijlage 1!B14"],
    ],
  ])("warns of %s", (_name, sheet, expected) => {
    const result = check(gridsOf([...seedWorkbook(), sheet]));
    expect(contributionFindings(result)).toEqual(expected);
  });

  it("says so where there is no summary to take the result from, and takes a cell the user names instead", () => {
    const [, programmes, structure] = seedWorkbook();
    const without = check(gridsOf([programmes, structure, provinceSheet()]));
    expect(without.annual.contribution!.problem).toBe("no-result");
    expect(contributionFindings(without)).toEqual(["contribution.input Bijlage 1!A2"]);
    const chosen = check(gridsOf([programmes, structure, provinceSheet()]), {
      contributionResult: "'Programma''s'!F105",
      contributionBudget: 28546886,
    });
    const c = chosen.annual.contribution!.result!;
    expect([c.result.kind, c.result.sheet, c.result.cell, c.result.cents]).toEqual([
      "cell",
      "Programma's",
      "F105",
      15845400,
    ]);
    expect(c.total.refund).toBe(15845400);
    expect(contributionFindings(chosen)).toEqual([]);
  });

  it("splits in cents where the result has cents", () => {
    const c = check(gridsOf([...seedWorkbook(), provinceSheet()]), { contributionResult: 694404.37 }).annual
      .contribution!.result!;
    expect(c.unit).toBe(1);
    expect(c.total.refund).toBe(69440437);
    expect(c.rows.some((r) => r.refund % 100 !== 0)).toBe(true);
  });

  it("charges a deficit: a negative result raises each contribution", () => {
    const c = check(gridsOf([...seedWorkbook(), provinceSheet()]), { contributionResult: -120000 }).annual
      .contribution!.result!;
    expect(c.rows.every((r) => r.refund <= 0 && r.accounts >= r.budget)).toBe(true);
    expect(c.total.accounts).toBe(c.total.budget + 12000000);
  });

  it("is not read as a budget table", () => {
    const result = withProvinces({ filled: FILLED, total: true });
    expect(result.tables.some((t) => t.sheet === "Bijlage 1")).toBe(false);
    expect(
      result.findings.filter((f) => f.sheet === "Bijlage 1" && !f.rule.startsWith("contribution.")),
    ).toEqual([]);
  });
});

describe("the sheet Bijdrage per provincie", () => {
  it("has the header in row 1, a province per row in 2–13 and the total in row 14, in Dutch and English", () => {
    for (const [lang, header, total] of [
      [
        "nl",
        ["Provincie", "Verdeelsleutel", "Bijdrage begroting", "Restitutie", "Bijdrage op rekeningbasis"],
        "Totaal",
      ],
      [
        "en",
        ["Province", "Allocation key", "Budgeted contribution", "Refund", "Contribution on the accounts"],
        "Total",
      ],
    ] as const) {
      const result = withProvinces();
      const cells = contributionSheetCells(result.annual.contribution!.result!, lang);
      expect(cells[0].map((c) => c.value)).toEqual(header);
      expect(cells.slice(1, 13).map((r) => r[0].value)).toEqual(KEYS.map(([p]) => p));
      expect(cells.slice(1, 13).map((r) => r.slice(2).map((c) => c.value))).toEqual(
        BUDGET.map((b, i) => [b, REFUND[i], ACCOUNTS[i]]),
      );
      expect(cells[13].map((c) => c.value)).toEqual([total, 1, 28546886, 694404, 27852482]);
      expect(cells[1][1]).toEqual({ value: 0.0652, style: "share" });
      expect(cells[1][2]).toEqual({ value: 1861257, style: "euro" });
    }
  });

  it("property: whatever the key and the result, its rows add up to row 14 exactly, and budget − refund is the contribution", () => {
    const keys = fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 12, maxLength: 12 });
    const cents = fc.integer({ min: -5e10, max: 5e10 });
    fc.assert(
      fc.property(keys, cents, cents, (k, result, budget) => {
        const sheet = provinceSheet({ keys: KEYS.map(([p], i) => [p, k[i] / 10000]) });
        const checked = check([gridOf(sheet)], {
          contributionResult: result / 100,
          contributionBudget: Math.abs(budget) / 100,
        });
        const cells = contributionSheetCells(checked.annual.contribution!.result!, "nl");
        const column = (j: number) => cells.slice(1, 13).map((r) => Math.round((r[j].value as number) * 100));
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        const totals = cells[13].map((c) => Math.round((c.value as number) * 100));
        expect([sum(column(2)), sum(column(3)), sum(column(4))]).toEqual(totals.slice(2));
        expect(totals[3]).toBe(result);
        expect(totals[2]).toBe(Math.abs(budget));
        column(4).forEach((accounts, i) => expect(accounts).toBe(column(2)[i] - column(3)[i]));
      }),
      { numRuns: 200 },
    );
  });
});
