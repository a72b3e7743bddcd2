import fc from "fast-check";
import { check, stylesFor, type Grid, type PlanCell, type WritePlan } from "../../src/domain";
import { fitWidth } from "../../src/domain/fitWidth";
import { textRules } from "../../src/domain/textRules";
import { afterWrite } from "../afterWrite";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";

const grids = gridsOf(seedWorkbook());
const plan = check(grids).plan;
const block = (p: WritePlan, tableId: string) => p.blocks.find((b) => b.tableId === tableId)!;

describe("the plan's one style table", () => {
  it("is carried by the plan, and every style a cell names is in it", () => {
    expect(plan.styles).toBe(stylesFor("nl"));
    const named = [
      ...plan.blocks.flatMap((b) => b.cells.flat()),
      ...plan.sheets.flatMap((s) => s.cells.flat()),
    ]
      .map((c) => c.style)
      .filter((s) => s !== undefined);
    expect(named.length).toBeGreaterThan(100);
    expect(named.every((s) => s in plan.styles)).toBe(true);
    const ruled = plan.blocks.flatMap((b) => b.columns.flatMap((c) => c.rules.map((r) => r.style)));
    expect(ruled.every((s) => s in plan.styles)).toBe(true);
  });

  it.each([
    ["header", { fill: "#D9D9D9", bold: true }],
    ["draft", { italic: true, fontColor: "#7F7F7F" }],
    ["link", { fontColor: "#0563C1", underline: true }],
    ["percent", { numberFormat: "0.0%" }],
    ["euro", { numberFormat: '"€ "#,##0.00;"€ -"#,##0.00' }],
    ["pound", { numberFormat: '"£ "#,##0.00;"£ -"#,##0.00' }],
    ["title", { bold: true, fontSize: 14 }],
    ["text", { wrap: true }],
    ["draftText", { italic: true, fontColor: "#7F7F7F", wrap: true }],
  ] as const)("defines %s", (style, look) => {
    expect(stylesFor("nl")[style]).toEqual(look);
  });

  it("writes amounts in English with the minus before the symbol, as the English messages do", () => {
    expect(stylesFor("en").euro).toEqual({ numberFormat: '"€"#,##0.00;-"€"#,##0.00' });
    expect(check(grids, { language: "en" }).plan.styles).toBe(stylesFor("en"));
  });
});

describe("the status columns' looks", () => {
  it("colour the check and light columns by one rule per colour, and leave drafts and percentages to their cells", () => {
    const b = block(plan, "Overzicht!A3");
    expect(b.headerRows).toBe(2);
    expect(b.columns.map((c) => c.rules)).toEqual([
      [
        { beginsWith: "OK", style: "ok" },
        { beginsWith: "Afronding ±€\u00a01", style: "rounding" },
      ],
      [],
      [
        { beginsWith: "Oranje", style: "orange" },
        { beginsWith: "Groen", style: "green" },
        { beginsWith: "Rood", style: "red" },
      ],
      [],
    ]);
    expect(b.cells[2]).toEqual([
      { value: "OK" },
      { value: -10276 / 6310598, style: "percent" },
      { value: "Oranje" },
      { value: null },
    ]);
    const drafts = block(plan, "Programma's!A1").cells[4][3];
    expect(drafts.style).toBe("draft");
  });

  it("are wide enough for their longest text, 'Afronding ±€ 1' included", () => {
    const b = block(plan, "Overzicht!A3");
    // "Afronding ±€ 1" and two characters; the bold headers "Verschil %", "Stoplicht", "Toelichting".
    expect(b.columns.map((c) => c.width)).toEqual([16, 13, 12, 15]);
    // A draft note is long: its column is as wide as the longest, at most 60 characters.
    expect(block(plan, "Programma's!A1").columns[3].width).toBe(60);
  });

  it("leave a width the user gave a column, and record which widths they set", () => {
    const widened = grids.map((g): Grid =>
      g.sheet === "Overzicht" ? { ...g, columnWidths: [40, null, null, null, null, null, 9] } : g,
    );
    const p = check(widened).plan;
    expect(block(p, "Overzicht!A3").columns.map((c) => c.width)).toEqual([null, 13, 12, 15]);
    expect(p.ownership.regions[0].widths).toEqual([null, 13, 12, 15]);
  });

  it("take a width an earlier run gave for the standard one, so a re-run fits it again", () => {
    const written = afterWrite(grids);
    const second = check(written).plan;
    expect(block(second, "Overzicht!A3").columns.map((c) => c.width)).toEqual([16, 13, 12, 15]);
    expect(second.removal.regions[0].resetWidths).toEqual([6, 7, 8, 9]);
  });
});

describe("the result sheets' layout", () => {
  it("opens with a title block: title, workbook, date, settings in words, totals", () => {
    const about = { workbook: "ipo-jaarverslag-2024.xlsx", date: "2025-06-12" };
    const [findings, variances] = check(grids, {}, about).plan.sheets;
    const block = (s: typeof findings) => s.cells.slice(0, 6).map((r) => r[0]?.value ?? null);
    expect(block(findings)).toEqual([
      "Controlerapport",
      "Werkmap: ipo-jaarverslag-2024.xlsx",
      "Gecontroleerd op 12 juni 2025",
      "Instellingen: Toelichting verplicht bij een verschil boven €\u00a050.000. Afrondingsverschillen automatisch: een halve eenheid per opgeteld bedrag, plus een halve (bij 10 regels 5,5). Stoplicht groen binnen de begroting, oranje bij een overschrijding tot 5% (en niet boven de toelichtingsgrens), daarboven rood.",
      "Totaal: 0 fouten, 14 waarschuwingen, 37 info, 0 geaccepteerd.",
      null,
    ]);
    expect(findings.cells[0][0].style).toBe("title");
    expect(block(variances).slice(0, 3)).toEqual([
      "Verschillenanalyse",
      "Werkmap: ipo-jaarverslag-2024.xlsx",
      "Gecontroleerd op 12 juni 2025",
    ]);
    expect(variances.cells[4][0].value).toBe(
      "15 verschillen boven €\u00a050.000; 9 daarvan nog zonder toelichting (concept geschreven).",
    );
  });

  it("leaves the date out, and says the name is unknown, where the host cannot tell them", () => {
    const [findings] = plan.sheets;
    expect(findings.cells.slice(1, 3).map((r) => r[0].value)).toEqual(["Werkmap: (naam onbekend)", null]);
  });

  it("freezes the title block and the table's header, and prints landscape, one page wide, the header on every page", () => {
    const documents = plan.sheets.filter((s) => s.role === "findings" || s.role === "variances");
    expect(documents).toHaveLength(2);
    for (const sheet of documents) {
      expect(sheet.headerRow).toBe(6);
      expect(sheet.frozenRows).toBe(7);
      expect(sheet.print).toEqual({
        landscape: true,
        fitToPagesWide: 1,
        titleRows: { first: 6, last: 6 },
        footer: "Pagina &P van &N",
      });
      expect(sheet.cells[6].every((c) => c.style === "header")).toBe(true);
    }
  });

  it("prints the annual report's sheets with their header, in their first row, on every page", () => {
    const annual = plan.sheets.filter((s) => s.role !== "findings" && s.role !== "variances");
    expect(annual.map((s) => s.name)).toEqual(["Overschrijdingen"]);
    for (const sheet of annual) {
      expect([sheet.headerRow, sheet.frozenRows]).toEqual([0, 1]);
      expect(sheet.print).toEqual({
        landscape: true,
        fitToPagesWide: 1,
        titleRows: { first: 0, last: 0 },
        footer: "Pagina &P van &N",
      });
    }
  });

  it("fits each column to its table's text, not the title block's, and wraps names, messages and notes", () => {
    const [findings, variances] = plan.sheets;
    expect(findings.columnWidths).toHaveLength(11);
    // Severity, rule name, sheet, cell, name (wrapped), amounts, message (wrapped), root, status.
    expect(findings.columnWidths[3]).toBe(6);
    expect(findings.columnWidths[1]).toBe("Ontbreekt t.o.v. programmastructuur".length + 2);
    expect([findings.columnWidths[4], findings.columnWidths[8]]).toEqual([32, 50]);
    expect(findings.columnWidths[0]).toBeLessThan(20);
    const message = findings.cells.slice(7).map((r) => r[8]);
    expect(message.every((c) => c.style === "text")).toBe(true);
    const notes = variances.cells.slice(7).map((r) => r[10].style);
    expect(new Set(notes)).toEqual(new Set(["text", "draftText"]));
    expect(variances.columnWidths[10]).toBe(50);
  });
});

describe("fitWidth", () => {
  const col = (...cells: PlanCell[]) => cells.map((c) => [c]);
  it.each([
    [col({ value: "Afronding ±€ 1" }), 16],
    [col({ value: "Controle", style: "header" }), 11],
    [col({ value: -1234567.891, style: "euro" }), "€ -1.234.567,89".length + 2],
    [col({ value: -0.0569, style: "percent" }), 8],
    [col({ value: null }), 8],
    [col({ value: "x".repeat(200) }), 60],
  ])("fits %j in %d characters", (cells, width) => {
    expect(fitWidth(cells, 0, { min: 8, max: 60 })).toBe(width);
  });
});

describe("textRules", () => {
  it("gives one rule per style, by the prefix its texts share", () => {
    expect(
      textRules([
        { value: "FOUT: totaal", style: "error" },
        { value: "FOUT: verschil", style: "error" },
        { value: "OK", style: "ok" },
        { value: null },
      ]),
    ).toEqual([
      { beginsWith: "FOUT: ", style: "error" },
      { beginsWith: "OK", style: "ok" },
    ]);
  });

  it.each([
    [
      "a prefix another style's text begins with, in any case",
      [
        { value: "ok", style: "ok" },
        { value: "OK!", style: "error" },
      ],
    ],
    [
      "texts of one style with nothing in common",
      [
        { value: "Groen", style: "green" },
        { value: "Rood", style: "green" },
      ],
    ],
    ["a style that is no colour", [{ value: "[Concept] …", style: "draft" }]],
    ["a number", [{ value: 0.5, style: "ok" }]],
  ] as [string, PlanCell[]][])("gives none for %s", (_, cells) => {
    expect(textRules(cells)).toBeNull();
  });

  it("colours each text as its style would (property)", () => {
    const styles = ["ok", "rounding", "error"] as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...styles), fc.string({ minLength: 1, maxLength: 6 })), {
          minLength: 1,
        }),
        (pairs) => {
          const cells: PlanCell[] = pairs.map(([style, text]) => ({ value: `${style}:${text}`, style }));
          const rules = textRules(cells);
          if (rules === null) return;
          for (const c of cells) {
            const hit = rules.find((r) =>
              (c.value as string).toLowerCase().startsWith(r.beginsWith.toLowerCase()),
            );
            expect(hit?.style).toBe(c.style);
          }
        },
      ),
    );
  });
});
