import fc from "fast-check";
import { check, parseAmount, formatCents, quoteSheet, type CellValue } from "../../src/domain";
import { classifyHeader } from "../../src/domain/detect/classifyHeader";
import { codeLength, parseLabel } from "../../src/domain/detect/parseLabel";

describe("parseAmount", () => {
  it.each<[CellValue, string, number | null]>([
    [5703643, "number", 570364300],
    [-0, "number", 0],
    [1234.565, "number", 123457],
    ["5.703.643", "text", 570364300],
    ["-10.276", "text", -1027600],
    ["(23.307)", "text", -2330700],
    ["€ 1.222.000", "text", 122200000],
    ["€\u00a01.222.000", "text", 122200000],
    ["1.234.567,89", "text", 123456789],
    ["1,234,567.89", "text", 123456789],
    ["1\u00a0234\u00a0567", "text", 123456700],
    ["-", "number", 0],
    ["–", "number", 0],
    ["12,5", "text", 1250],
    ["-€ 1.000", "text", -100000],
    ["1.000-", "text", -100000],
    ["€ (1.234)", "text", -123400],
    ["(1.234,-)", "text", -123400],
    ["(€ 1.234,-)", "text", -123400],
    ["€ -1.000", "text", -100000],
    ["$(15,150)", "text", -1515000],
    ["£1,234.5", "text", 123450],
    ["(£ 2,000)", "text", -200000],
    ["4.977-", "text", -497700],
    ["NIL", "number", 0],
    ["nil", "number", 0],
    ["--5", "invalid", null],
    ["((5))", "invalid", null],
    ["", "empty", null],
    [null, "empty", null],
    ["n.v.t.", "number", 0],
    ["p.m.", "number", 0],
    ["pm", "number", 0],
    ["€ -", "number", 0],
    ["nihil", "number", 0],
    ["n.t.b.", "invalid", null],
    ["1.2.3", "invalid", null],
    ["#REF!", "invalid", null],
    [{ error: "#DIV/0!" }, "invalid", null],
    [{ date: "2024-01-01T00:00:00.000Z" }, "invalid", null],
    [true, "invalid", null],
    [1e20, "invalid", null],
    [Number.NaN, "invalid", null],
  ])("reads %j as %s %j cents", (value, kind, cents) => {
    const parsed = parseAmount(value);
    expect(parsed.kind).toBe(kind);
    expect("cents" in parsed ? parsed.cents : null).toBe(cents);
  });

  it("never throws, whatever the cell holds", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.record({ error: fc.string() }),
      fc.record({ date: fc.string() }),
      fc.stringMatching(/^[-(€ ]{0,3}[\d.,\u00a0 ]{0,15}[)-]?$/),
    );
    fc.assert(fc.property(cell, (v) => void parseAmount(v as CellValue)));
  });

  it("reads back every amount it prints, in both languages", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.constantFrom("nl" as const, "en" as const),
        (cents, lang) => {
          const parsed = parseAmount(formatCents(cents, lang));
          expect(parsed).toEqual({ kind: "text", cents });
        },
      ),
    );
  });
});

describe("classifyHeader", () => {
  it.each([
    ["Rekening 2023", "actual", 2023],
    ["Primitieve begroting 2024", "original", 2024],
    ["Begroting 2024 na wijziging", "amended", 2024],
    ["Gewijzigde begroting 2025", "amended", 2025],
    ["Begroting 2024", "budget", 2024],
    ["Realisatie 2024", "actual", 2024],
    ["Verschil", "variance", undefined],
    ["Afwijking", "variance", undefined],
    ["Toelichting", "note", undefined],
    ["Actual 2024", "actual", 2024],
    ["Original budget", "original", undefined],
    ["Amended budget 2024", "amended", 2024],
    ["Revised budget", "amended", undefined],
    ["Variance", "variance", undefined],
    ["Explanation", "note", undefined],
    ["Programma / Programmaonderdeel", "label", undefined],
    ["Code", "code", undefined],
    ["Verschil %", "percent", undefined],
  ])("reads %s as %s", (text, role, year) => {
    const m = classifyHeader(text);
    expect(m.role).toBe(role);
    expect(m.year).toBe(year);
  });
});

describe("quoteSheet", () => {
  it.each([
    ["Overzicht", "Overzicht"],
    ["Programma's", "'Programma''s'"],
    ["Begroting 2024", "'Begroting 2024'"],
    ["P1", "'P1'"],
    ["Q2024", "'Q2024'"],
    ["R1C1", "'R1C1'"],
    ["C", "'C'"],
    ["Totaal", "Totaal"],
    ["Realisatie", "Realisatie"],
  ])("writes %s as %s in a reference", (sheet, quoted) => {
    expect(quoteSheet(sheet)).toBe(quoted);
  });
});

describe("parseLabel", () => {
  it.each([
    ["1.1.1 Ruimtelijke ontwikkeling", "1.1.1", "Ruimtelijke ontwikkeling", false],
    ["1. Ruimte en Leefomgeving", "1", "Ruimte en Leefomgeving", false],
    ["9.2. Verenigingszaken", "9.2", "Verenigingszaken", false],
    ["Totaal 1. Ruimte en Leefomgeving", "1", "Ruimte en Leefomgeving", true],
    ["Total 2", "2", "", true],
    ["Totaal", null, "", true],
    ["Totaal verschil", null, "verschil", true],
    ["Subtotaal programma 3", "3", "", true],
    ["Sub totaal personeel", null, "personeel", true],
    ["Sub-totaal 2.1", "2.1", "", true],
    ["Totale lasten", null, "lasten", true],
    ["Subsidies", null, "Subsidies", false],
    ["Sommige kosten", null, "Sommige kosten", false],
    ["2024 was een goed jaar", null, "2024 was een goed jaar", false],
    ["Regionale Energie Strategie 2.0", null, "Regionale Energie Strategie 2.0", false],
  ])("splits %s", (label, code, name, isTotal) => {
    expect(parseLabel(label)).toEqual({ code, name, isTotal });
  });

  it("reads a code exactly as the pattern it replaced did", () => {
    // The pattern the hand-written reader replaced (a regex match per row allocated too much).
    const pattern = /^(\d{1,3}(?:\.\d{1,3})*)\.?(?=\s|$)\s*/;
    const label = fc
      .array(fc.constantFrom("1", "2", "0", "9", ".", " ", "\u00a0", "\t", "x", "Ruimte"), { maxLength: 12 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(label, (text) => {
        const m = pattern.exec(text);
        expect(codeLength(text)).toBe(m ? m[1].length : 0);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("the engine on arbitrary grids", () => {
  it("never throws", () => {
    const cell = fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ noNaN: false }),
      fc.constantFrom(
        "Totaal",
        "Verschil",
        "Begroting 2024",
        "Rekening 2024",
        "Toelichting",
        "1.1",
        "1.1.1 X",
        "Total",
        "",
        "-",
        "=SUM(A1)",
        "#REF!",
      ),
      fc.string({ maxLength: 12 }),
      fc.record({ error: fc.constantFrom("#REF!", "#N/A") }),
    );
    const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (sheets) => {
        const grids = sheets.map((values, i) => ({
          sheet: `S${i}`,
          topLeft: "A1",
          values: values as CellValue[][],
        }));
        const result = check(grids);
        expect(result.summary.errors + result.summary.warnings + result.summary.infos).toBe(
          result.findings.length,
        );
      }),
      { numRuns: 300 },
    );
  });
});
