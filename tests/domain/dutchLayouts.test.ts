import { check, parseAmount, rowsOf, type CellValue } from "../../src/domain";
import { findingKeys, gridOf } from "../builders";

const H: CellValue[] = ["Omschrijving", "Begroting 2024", "Realisatie 2024", "Verschil"];
const run = (rows: CellValue[][], name = "S") => check([gridOf({ name, rows })]);
const errors = (rows: CellValue[][]) => findingKeys(run(rows).findings, ["error"]);

describe("layouts of real Dutch budget workbooks", () => {
  it("reads subtotals without codes: each takes its own lines, the total takes the subtotals", () => {
    const result = run([
      H,
      ["Salarissen", 100, 90, 10],
      ["Sociale lasten", 50, 50, 0],
      ["Subtotaal personeel", 150, 140, 10],
      ["Huur", 20, 25, -5],
      ["Subtotaal materieel", 20, 25, -5],
      ["Totaal", 170, 165, 5],
    ]);
    expect(findingKeys(result.findings, ["error"])).toEqual([]);
    const rows = rowsOf(result.tables[0]);
    expect(
      rows.filter((r) => r.kind === "total").map((r) => r.children!.map((i) => rows[i].row + 1)),
    ).toEqual([[2, 3], [5], [4, 6]]);
  });

  it("reads 'Totaal baten' after 'Totaal lasten' as the baten total also when it is a euro off by rounding", () => {
    const result = run([
      H,
      ["Personeel", 1000, 900, 100],
      ["Materieel", 2000, 2100, -100],
      ["Totaal lasten", 3000, 3000, 0],
      [],
      ["Bijdragen", 500, 400, 100],
      ["Overig", 301, 300, 1],
      ["Totaal baten", 800, 700, 100],
    ]);
    expect(findingKeys(result.findings, ["error", "warning"])).toEqual([]);
    expect(findingKeys(result.findings, ["info"])).toEqual(["total.rounding S!B8", "total.rounding S!D8"]);
  });

  it("reads a row without a label between lines, that adds up to nothing, as a line", () => {
    const result = run([
      H,
      ["1.1 Personeel", 1000, 900, 100],
      ["1.2 Materieel", 2000, 2100, -100],
      [null, 500, 500, 0],
      ["1.3 Overig", 300, 200, 100],
      ["Totaal 1", 3800, 3700, 100],
    ]);
    expect(findingKeys(result.findings)).toEqual([]);
    expect(rowsOf(result.tables[0]).map((r) => r.kind)).toEqual(["line", "line", "line", "line", "total"]);
  });

  it("still reads a row without a label between lines as a subtotal when it adds up to the lines above", () => {
    const result = run([
      H,
      ["Salarissen", 100, 90, 10],
      ["Sociale lasten", 50, 50, 0],
      [null, 150, 140, 10],
      ["Huur", 20, 25, -5],
      ["Totaal", 170, 165, 5],
    ]);
    expect(findingKeys(result.findings)).toEqual(["structure.unlabelled-total S!A4"]);
  });

  it("reads 'Jaarrekening 2023' and 'Jaarrekening 2024' as prior and current actuals", () => {
    const result = run([
      ["Programma", "Jaarrekening 2023", "Begroting 2024 na wijziging", "Jaarrekening 2024", "Verschil"],
      ["1. Ruimte", 100, 1000, 900, 100],
      ["2. Water", 100, 2000, 2100, -100],
      ["Totaal", 200, 3000, 9999, 0],
    ]);
    expect(result.tables[0].columns.map((c) => `${c.role}@${c.col}`)).toEqual([
      "label@0",
      "priorActual@1",
      "amended@2",
      "actual@3",
      "variance@4",
    ]);
    expect(findingKeys(result.findings, ["error"])).toEqual([
      "total.mismatch S!D4",
      "variance.mismatch S!E4",
    ]);
  });

  it("measures the actuals against the budget after the last of several amendments, and reads the earlier one too", () => {
    const result = run([
      [
        "Programma",
        "Primitieve begroting 2024",
        "Begroting 2024 na 1e wijziging",
        "Begroting 2024 na 2e wijziging",
        "Rekening 2024",
        "Verschil",
      ],
      ["1. Ruimte", 1000, 1100, 1200, 1000, 200],
      ["2. Water", 2000, 2000, 2500, 2000, 500],
      ["Totaal", 3000, 3100, 3700, 3000, 700],
    ]);
    expect(result.tables).toHaveLength(1);
    expect(
      result.tables[0].columns.filter((c) => c.role !== "label").map((c) => `${c.role}@${c.col}`),
    ).toEqual(["original@1", "amended@2", "amended@3", "actual@4", "variance@5"]);
    expect(result.tables[0].amounts.amended?.col).toBe(3);
    expect(findingKeys(result.findings, ["error", "warning"])).toEqual([]);
  });

  it("reads lines indented into a column of their own, the programme in A and its lines in B", () => {
    const result = run([
      ["Programma", "Omschrijving", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil"],
      ["1. Ruimte"],
      [null, "Ruimtelijke ontwikkeling", 1000, 900, 100],
      [null, "Water", 2000, 2100, -100],
      ["Totaal 1. Ruimte", null, 3000, 3000, 0],
      ["2. Bereikbaarheid"],
      [null, "Fiets", 1000, 800, 200],
      ["Totaal 2. Bereikbaarheid", null, 1000, 800, 200],
    ]);
    expect(findingKeys(result.findings, ["error", "warning"])).toEqual([]);
    expect(rowsOf(result.tables[0]).map((r) => `${r.kind} ${r.label}`)).toEqual([
      "group 1. Ruimte",
      "line Ruimtelijke ontwikkeling",
      "line Water",
      "total Totaal 1. Ruimte",
      "group 2. Bereikbaarheid",
      "line Fiets",
      "total Totaal 2. Bereikbaarheid",
    ]);
  });

  it("reads 'Sub totaal' as a subtotal, so the total below does not count its lines twice", () => {
    expect(
      errors([
        H,
        ["Personeel", 1000, 900, 100],
        ["Materieel", 2000, 2100, -100],
        ["Sub totaal", 3000, 3000, 0],
        ["Overig", 500, 400, 100],
        ["Totaal", 3500, 3400, 100],
      ]),
    ).toEqual([]);
  });

  it("checks a 'Totale lasten' row as a total", () => {
    expect(
      errors([
        H,
        ["Personeel", 1000, 900, 100],
        ["Materieel", 2000, 2100, -100],
        ["Totale lasten", 9999, 3000, 0],
      ]),
    ).toEqual(["total.mismatch S!B4", "variance.mismatch S!D4"]);
  });

  it("reads 'Totaal baten' after 'Totaal lasten' as the total of the baten lines only", () => {
    expect(
      errors([
        H,
        ["Lasten"],
        ["1.1 a", 100, 90, 10],
        ["1.2 b", 50, 50, 0],
        ["Totaal lasten", 150, 140, 10],
        ["Baten"],
        ["1.1 x", 20, 25, -5],
        ["Totaal baten", 20, 25, -5],
      ]),
    ).toEqual([]);
  });

  it("goes on after a programme total when the next programme follows under its heading", () => {
    const rows: CellValue[][] = [
      H,
      ["1. Ruimte"],
      ["1.1 a", 100, 90, 10],
      ["1.2 b", 50, 50, 0],
      ["Totaal 1. Ruimte", 150, 140, 10],
      [],
      ["2. Mobiliteit"],
      ["2.1 c", 20, 25, -5],
      ["2.2 d", 20, 25, 777],
      ["Totaal 2. Mobiliteit", 40, 50, -10],
      [],
      ["Totaal generaal", 190, 190, 0],
    ];
    const result = run(rows);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:D12"]);
    expect(findingKeys(result.findings, ["error"])).toEqual([
      "variance.mismatch S!D9",
      "total.mismatch S!D10",
    ]);
  });

  it("reads 'Totaal' in the code column as a total row", () => {
    const rows: CellValue[][] = [
      ["Code", "Omschrijving", "Begroting 2024", "Realisatie 2024", "Verschil"],
      ["1.1", "a", 100, 90, 10],
      ["1.2", "b", 50, 50, 0],
      ["Totaal", "Programma 1 Ruimte", 150, 240, -90],
    ];
    expect(errors(rows)).toEqual(["total.mismatch S!D4", "total.mismatch S!E4"]);
  });

  it("accepts Excel's nested SUBTOTAL(9, …): the outer one skips the inner ones", () => {
    const rows: CellValue[][] = [
      H,
      ["1.1.1 a", 100, 90, 10],
      ["1.1.2 b", 50, 50, 0],
      ["Totaal 1.1", 150, 140, 10],
      ["1.2.1 c", 20, 25, -5],
      ["Totaal 1.2", 20, 25, -5],
      ["Totaal 1", 170, 165, 5],
    ];
    const formulas = rows.map((_, i) =>
      i === 3
        ? [null, ...["B", "C", "D"].map((c) => `=SUBTOTAL(9,${c}2:${c}3)`)]
        : i === 5
          ? [null, ...["B", "C", "D"].map((c) => `=SUBTOTAL(9,${c}5:${c}5)`)]
          : i === 6
            ? [null, ...["B", "C", "D"].map((c) => `=SUBTOTAL(9,${c}2:${c}6)`)]
            : [],
    );
    const result = check([gridOf({ name: "S", rows, formulas })]);
    expect(result.findings.filter((f) => f.rule === "formula.sum-range")).toEqual([]);
  });

  it("checks against this year's budget when a next year's budget stands beside it", () => {
    const rows: CellValue[][] = [
      ["Omschrijving", "Begroting 2024", "Realisatie 2024", "Verschil", "Begroting 2025"],
      ["1.1 a", 100000, 190000, -90000, 120000],
      ["1.2 b", 50000, 50000, 0, 50000],
      ["Totaal 1", 150000, 240000, -90000, 170000],
    ];
    const result = run(rows);
    expect(result.tables[0].columns.map((c) => c.role)).toEqual([
      "label",
      "amended",
      "actual",
      "variance",
      "budget",
    ]);
    expect(result.tables[0].amounts.amended?.col).toBe(1);
    expect(result.variances.find((v) => v.code === "1.1")!.light).toBe("red");
  });

  it.each([
    ["Realisatie programma 1", "(x € 1.000)"],
    ["Toelichting op de lasten", "x € 1.000"],
    ["Begroting en realisatie 2024", "bedragen x € 1.000"],
  ])("takes a title row '%s' with '%s' for a title, not a header", (title, unit) => {
    const result = run([
      [title, null, null, unit],
      H,
      ["1.1 a", 100, 90, 10],
      ["1.2 b", 50, 50, 0],
      ["Totaal 1", 150, 190, 10],
    ]);
    expect(result.tables.map((t) => [t.range, t.kind, t.scale])).toEqual([["A2:D5", "detail", 1000]]);
    expect(result.tables[0].columns.map((c) => c.role)).toEqual(["label", "amended", "actual", "variance"]);
    expect(findingKeys(result.findings, ["error"])).toContain("total.mismatch S!C5");
  });

  it("reads 'Programma 1 Ruimte' as code 1, so the summary is compared with the programme", () => {
    const summary: CellValue[][] = [
      H,
      ["Programma 1 Ruimte", 150, 140, 10],
      ["Programma 2 Mobiliteit", 40, 50, -10],
      ["Totaal", 190, 190, 0],
    ];
    const p1: CellValue[][] = [
      H,
      ["1.1 a", 100, 139, -39],
      ["1.2 b", 50, 50, 0],
      ["Totaal programma 1 Ruimte", 150, 189, -39],
    ];
    const result = check([gridOf({ name: "Overzicht", rows: summary }), gridOf({ name: "P1", rows: p1 })]);
    expect(findingKeys(result.findings, ["error"])).toEqual([
      "crosscheck.mismatch Overzicht!C2",
      "crosscheck.mismatch Overzicht!D2",
    ]);
  });

  it("keeps the euro as the rounding unit of a budget table in round thousands", () => {
    const rows: CellValue[][] = [
      H,
      ["1.1 a", 100000, 90000, 10000],
      ["1.2 b", 50000, 50000, 0],
      ["1.3 c", 20000, 30000, -10000],
      ["Totaal 1", 170000, 171000, -1000],
    ];
    expect(errors(rows)).toEqual(["total.mismatch S!C5", "total.mismatch S!D5"]);
  });

  it("compares figures typed to the cent exactly", () => {
    const rows: CellValue[][] = [
      H,
      ["1.1 a", 100.25, 90.1, 10.15],
      ["1.2 b", 52.1, 50, 2.1],
      ["Totaal 1", 152.37, 140.1, 12.27],
    ];
    expect(errors(rows)).toContain("total.mismatch S!B4");
  });

  it("shows in one table's check column only that table's errors, with a table beside it", () => {
    const left: CellValue[][] = [H, ["1.1 a", 100, 90, 10], ["1.2 b", 50, 50, 0], ["Totaal 1", 150, 140, 10]];
    const right: CellValue[][] = [
      ["Omschrijving", "Begroting 2024", "Realisatie 2024", "Verschil"],
      ["2.1 c", 20, 25, -5],
      ["2.2 d", 10, 10, 0],
      ["Totaal 2", 30, 99, -5],
    ];
    const rows = left.map((r, i) => [...r, null, null, ...right[i]]);
    const plan = run(rows).plan;
    const checkColumn = (tableId: string) =>
      plan.blocks.find((b) => b.tableId === tableId)!.cells.map((r) => r[0].value);
    expect(checkColumn("S!A1")).toEqual(["Controle", "OK", "OK", "OK"]);
    expect(checkColumn("S!G1")).toEqual(["Controle", "OK", "OK", "FOUT: totaal"]);
  });
});

describe("income (baten) tables", () => {
  const baten: CellValue[][] = [
    ["Baten", "Begroting 2024", "Realisatie 2024", "Verschil"],
    ["1.1 Bijdragen provincies", 1000000, 1200000, 200000],
    ["1.2 Overige baten", 500000, 450000, -50000],
    ["Totaal baten", 1500000, 1650000, 150000],
  ];

  it("takes more income than budgeted as favourable, and drafts it as higher income", () => {
    const result = run(baten);
    expect(result.tables[0].side).toBe("income");
    const higher = result.variances.find((v) => v.code === "1.1")!;
    expect([higher.favourable, higher.light]).toEqual([true, "green"]);
    expect(higher.note?.text).toBe(
      "[Concept] Hogere baten van €\u00a0200.000 (20,0% boven de begroting na wijziging van €\u00a01.000.000). Oorzaak nog toelichten.",
    );
    const lower = result.variances.find((v) => v.code === "1.2")!;
    expect([lower.favourable, lower.light]).toEqual([false, "red"]);
  });

  it("reads a table under a title that names both baten and lasten as costs", () => {
    const result = run([
      ["Overzicht van baten en lasten per programma"],
      [],
      ["Programma", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil"],
      ["1. Ruimte", 6310598, 6320874, -10276],
      ["7. Digitalisering", 3283135, 2945505, 337630],
      ["Totaal", 9593733, 9266379, 327354],
    ]);
    expect(result.tables[0].side).toBeNull();
    const underspend = result.variances.find((v) => v.code === "7")!;
    expect([underspend.favourable, underspend.light]).toEqual([true, "green"]);
    expect(underspend.note?.text).toMatch(/^\[Concept\] Onderbesteding van €\u00a0337.630/);
  });

  it("does not compare a lasten table with a baten table that numbers its lines alike", () => {
    const lasten: CellValue[][] = [
      ["Lasten", "Begroting 2024", "Realisatie 2024", "Verschil"],
      ["1.1 a", 100, 90, 10],
      ["1.2 b", 50, 50, 0],
      ["Totaal 1", 150, 140, 10],
    ];
    const batenSmall: CellValue[][] = [
      ["Baten", "Begroting 2024", "Realisatie 2024", "Verschil"],
      ["1.1 a", 20, 25, 5],
      ["1.2 b", 10, 10, 0],
      ["Totaal 1", 30, 35, 5],
    ];
    const result = check([gridOf({ name: "S", rows: [...lasten, [], [], ...batenSmall] })]);
    expect(result.findings.filter((f) => f.rule.startsWith("crosscheck"))).toEqual([]);
  });
});

describe("Dutch ledger notations", () => {
  it.each<[string, number]>([
    ["€ 1.234,-", 123400],
    ["1.000,--", 100000],
    ["-/- 10.276", -1027600],
    ["10.276 N", -1027600],
    ["5.000 V", 500000],
    ["0,125", 13],
  ])("reads %s as %i cents", (text, cents) => {
    expect(parseAmount(text)).toEqual({ kind: "text", cents });
  });
});

describe("totals marked by their code alone", () => {
  it("reads a row with code 1 below 1.1 and 1.2 as their total", () => {
    const result = run([H, ["1.1 a", 100, 90, 10], ["1.2 b", 50, 50, 0], ["1 Ruimte", 150, 999, 10]]);
    expect(rowsOf(result.tables[0])[2]).toMatchObject({ kind: "total", code: "1", children: [0, 1] });
    expect(findingKeys(result.findings, ["error"])).toEqual([
      "total.mismatch S!C4",
      "variance.mismatch S!D4",
    ]);
  });
});
