import {
  DEFAULT_SETTINGS,
  NBSP,
  check,
  formatCents,
  formatMoney,
  formulaIn,
  noteRuleText,
  resolveSettings,
  ruleName,
  settingsText,
} from "../../src/domain";
import { gridOf, gridsOf } from "../builders";
import { seedWithFormulas } from "../fixtures/variants";
import { withA1 } from "../builders";

describe("amounts in messages", () => {
  it.each([
    [8424200, "nl", `€${NBSP}84.242`],
    [-1900000, "nl", `€${NBSP}-19.000`],
    [-150, "nl", `€${NBSP}-1,50`],
    [8424200, "en", "€84,242"],
    [-1900000, "en", "-€19,000"],
  ] as const)(
    "writes %d cents in %s as %s: one way for negatives, € bound to its figure",
    (cents, lang, text) => {
      expect(formatCents(cents, lang)).toBe(text);
    },
  );

  it("keeps a pound or dollar amount to its figure in Dutch too", () => {
    expect(formatMoney(-1000000, "GBP", "nl")).toBe(`£${NBSP}-10.000`);
  });

  it("writes a budget amendment in a draft note in words, not with a second kind of minus", () => {
    const result = check(gridsOf(seedWithFormulas()), { language: "nl" });
    const drafts = result.variances.flatMap((v) => (v.note?.source === "draft" ? [v.note.text] : []));
    const amended = drafts.find((t) => t.includes("De begroting is gewijzigd"))!;
    expect(amended).toMatch(/\(€\u00a0[\d.]+ (hoger|lager)\)/);
    expect(drafts.join(" ")).not.toMatch(/[-+]€/);
  });
});

describe("formulas quoted in messages", () => {
  it.each([
    ["=SUM(E3:E7)", "=SOM(E3:E7)"],
    ["=SUM(B10,B20,B30)", "=SOM(B10;B20;B30)"],
    ["=SUBTOTAL(9,C2:C9)", "=SUBTOTAAL(9;C2:C9)"],
    ["=ROUND(E5*0.05,0)", "=AFRONDEN(E5*0,05;0)"],
    ["=IF(A1=TRUE,\"a, b\",'Blad, 2'!A1)", "=ALS(A1=WAAR;\"a, b\";'Blad, 2'!A1)"],
    ["=Sheet1!A1+SUM(Sheet1!B1:B2)", "=Sheet1!A1+SOM(Sheet1!B1:B2)"],
  ])("quotes %s in Dutch as %s", (formula, dutch) => {
    expect(formulaIn(formula, "nl")).toBe(dutch);
    expect(formulaIn(formula, "en")).toBe(formula);
  });

  it("quotes a total's SUM as a Dutch Excel shows it in a Dutch message", () => {
    // Programme 1's Rekening total as a SUM that stops one line short.
    const [summary, programmes, structure] = seedWithFormulas();
    const short = withA1(programmes, "E14", programmes.rows[13][4] as number);
    short.formulas = programmes.formulas!.map((r) => [...r]);
    short.formulas[13][4] = "=SUM(E2:E11)";
    const nl = check(gridsOf([summary, short, structure]), { language: "nl" });
    const en = check(gridsOf([summary, short, structure]), { language: "en" });
    const message = (r: typeof nl) => r.findings.find((f) => f.rule === "formula.sum-range")!.message;
    expect(message(nl)).toBe("De formule =SOM(E2:E11) mist E12.");
    expect(message(en)).toBe("The formula =SUM(E2:E11) misses E12.");
  });
});

describe("settings in words", () => {
  it("says the seed's settings without a formula or a bare number", () => {
    expect(settingsText(DEFAULT_SETTINGS, "nl")).toEqual([
      `Toelichting verplicht bij een verschil boven €${NBSP}50.000.`,
      "Afrondingsverschillen automatisch: een halve eenheid per opgeteld bedrag, plus een halve (bij 10 regels 5,5).",
      "Stoplicht groen binnen de begroting, oranje bij een overschrijding tot 5% (en niet boven de toelichtingsgrens), daarboven rood.",
    ]);
    expect(settingsText(DEFAULT_SETTINGS, "nl").join(" ")).not.toMatch(/\(n\+1\)\/2|50000/);
  });

  it.each([
    [
      { notePercent: 5, noteCombine: "and" as const, noteThreshold: 15000 },
      "nl",
      `boven €${NBSP}15.000 én boven 5% van de begroting`,
    ],
    [
      { notePercent: 2.5, noteCombine: "or" as const },
      "nl",
      `boven €${NBSP}50.000 of boven 2,5% van de begroting`,
    ],
    [{ notePercent: 2.5, noteCombine: "or" as const }, "en", "above €50,000 or above 2.5% of the budget"],
  ])("says the note rule %j in %s as %s", (input, lang, text) => {
    expect(noteRuleText(resolveSettings(input), lang as "nl" | "en")).toBe(text);
  });

  it("says a fixed rounding tolerance in units of the table", () => {
    expect(settingsText(resolveSettings({ roundingTolerance: 2, language: "en" }), "en")[1]).toBe(
      "Rounding differences up to 2 units of the table (euros, or thousands).",
    );
  });
});

describe("rule names", () => {
  it("names every rule plainly in both languages, never by its id", () => {
    const rules = [
      "total.mismatch",
      "note.missing",
      "formula.sum-range",
      "crosscheck.mismatch",
      "structure.name-mismatch",
    ];
    expect(rules.map((r) => ruleName(r, "nl"))).toEqual([
      "Totaal klopt niet",
      "Toelichting ontbreekt",
      "SOM-bereik klopt niet",
      "Wijkt af van andere tabel",
      "Naam wijkt af",
    ]);
    expect(ruleName("note.missing", "en")).toBe("Explanation missing");
  });
});

describe("a workbook in pounds", () => {
  // A council's expenditure in £: adult social care £90,000 over its budget, without a note.
  const spec = {
    name: "Expenditure",
    rows: [
      ["Service", "Budget £", "Actual £", "Variance £"],
      ["Adult social care", 1200000, 1290000, -90000],
      ["Highways", 800000, 780000, 20000],
      ["Libraries", 300000, 301000, -1000],
      ["Total", 2300000, 2371000, -71000],
    ],
  };

  it("states the note rule in pounds in the verdict and in the result sheets' settings", () => {
    const result = check([gridOf(spec)], { language: "en" });
    expect(result.verdict).toBe("No errors. 1 variance above £50,000 without an explanation.");
    const documents = result.plan.sheets.filter((s) => s.role === "findings" || s.role === "variances");
    const settingsRows = documents.map((s) => String(s.cells[3][0].value));
    expect(settingsRows).toHaveLength(2);
    expect(settingsRows.every((row) => row.includes("above £50,000"))).toBe(true);
    expect(settingsRows.join(" ")).not.toContain("€");
  });

  it("writes the overspends in pounds", () => {
    const result = check([gridOf(spec)], { language: "en" });
    const overspends = result.plan.sheets.find((s) => s.role === "overspends")!;
    const styles = new Set(overspends.cells.flat().map((c) => c.style));
    expect(styles.has("pound")).toBe(true);
    expect(styles.has("euro")).toBe(false);
  });
});
