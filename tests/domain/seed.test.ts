import { centsAt, check, rowsOf, type Finding } from "../../src/domain";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";

const at = (f: Finding) => `${f.sheet}!${f.cell}`;
const result = check(gridsOf(seedWorkbook()));
const of = (rule: string) => result.findings.filter((f) => f.rule === rule);

describe("the seed report (IPO jaarverslag 2024) as a workbook", () => {
  it("finds the summary, ten programme tables and the explanation table", () => {
    expect(result.tables.map((t) => [t.id, t.kind])).toEqual([
      ["Overzicht!A3", "summary"],
      ["Overzicht!A19", "explanation"],
      ...["A1", "A17", "A28", "A37", "A48", "A63", "A71", "A80", "A89", "A100"].map((a) => [
        `Programma's!${a}`,
        "detail",
      ]),
    ]);
  });

  it("reads the two-row header of the summary as the five amount columns", () => {
    const summary = result.tables[0];
    expect(summary.headerFirstRow).toBe(2);
    expect(summary.headerLastRow).toBe(3);
    expect(summary.columns.map((c) => [c.col, c.role, c.year])).toEqual([
      [0, "label", undefined],
      [1, "priorActual", 2023],
      [2, "original", 2024],
      [3, "amended", 2024],
      [4, "actual", 2024],
      [5, "variance", undefined],
    ]);
  });

  it("reports no error at all", () => {
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.summary.errors).toBe(0);
  });

  it("reports each 1- and 2-euro total difference as rounding, never as an error", () => {
    expect(of("total.rounding").map((f) => `${at(f)} ${f.difference}`)).toEqual([
      "Overzicht!B15 1",
      "Overzicht!C15 -1",
      "Overzicht!D15 -1",
      "Overzicht!E15 1",
      "Overzicht!F15 -1",
      "Programma's!C14 1",
      "Programma's!D14 1",
      "Programma's!E14 1",
      "Programma's!F14 -1",
      "Programma's!B25 -1",
      "Programma's!C25 2",
      "Programma's!D25 2",
      "Programma's!E25 1",
      "Programma's!B34 1",
      "Programma's!B45 -1",
      "Programma's!E45 -1",
      "Programma's!F45 1",
      "Programma's!B60 -1",
      "Programma's!C60 -1",
      "Programma's!D60 -1",
      "Programma's!C77 1",
      "Programma's!D77 1",
      "Programma's!E77 1",
      "Programma's!B86 1",
      "Programma's!C86 1",
      "Programma's!D86 1",
      "Programma's!E86 -1",
      "Programma's!B97 -1",
      "Programma's!C97 1",
      "Programma's!D97 1",
    ]);
  });

  it("reports each 1-euro variance difference as rounding", () => {
    expect(of("variance.rounding").map((f) => `${at(f)} ${f.difference}`)).toEqual([
      "Overzicht!F13 -1",
      "Programma's!F9 1",
      "Programma's!F23 1",
      "Programma's!F52 -1",
      "Programma's!F82 1",
      "Programma's!F83 1",
      "Programma's!F97 -1",
    ]);
  });

  it("flags programme 1's two names, at the summary's label", () => {
    const [finding] = of("structure.name-mismatch").filter((f) => f.code === "1");
    expect(at(finding)).toBe("Overzicht!A5");
    expect(finding.message).toBe(
      'Code 1 heet hier "Ruimte en Leefbaarheid", in de programmastructuur "Ruimte en Leefomgeving".',
    );
  });

  it("recognises programme 7's unlabelled row as its total and says so", () => {
    const table = result.tables.find((t) => t.id === "Programma's!A71")!;
    const total = rowsOf(table).find((r) => r.row === 76)!;
    expect(total).toMatchObject({ kind: "total", unlabelled: true, code: "7", codeInferred: true });
    expect(total.children!.map((i) => table.rows.code[i])).toEqual(["7.1.1", "7.1.2", "7.1.3"]);
    expect(of("structure.unlabelled-total").map(at)).toEqual(["Programma's!A77"]);
  });

  it("checks the explanation table's total of 1.222.000 but never against the programme totals", () => {
    const explanation = result.tables.find((t) => t.kind === "explanation")!;
    const total = rowsOf(explanation).find((r) => r.kind === "total")!;
    expect(centsAt(explanation, total.index, "variance")).toBe(122_200_000);
    expect(total.children).toHaveLength(10);
    expect(result.findings.filter((f) => f.sheet === "Overzicht" && rowNumber(f) >= 19)).toEqual([]);
    expect(of("crosscheck.mismatch")).toEqual([]);
    expect(of("crosscheck.rounding")).toEqual([]);
  });

  it("asks for a note exactly where a variance above € 50.000 has no explanation", () => {
    expect(of("note.missing").map((f) => `${at(f)} ${f.code}`)).toEqual([
      "Programma's!F5 1.1.3",
      "Programma's!F12 1.2.4",
      "Programma's!F22 2.1.4",
      "Programma's!F32 3.1.3",
      "Programma's!F73 7.1.1",
      "Programma's!F75 7.1.3",
      "Programma's!F82 8.1.1",
      "Programma's!F91 9.1.1",
      "Programma's!F102 10.1.1",
    ]);
  });

  it("takes the summary's programme notes from the explanation table", () => {
    const notes = result.variances.filter((v) => v.sheet === "Overzicht" && v.noteRequired);
    expect(notes.map((v) => [v.code, v.note?.source])).toEqual([
      ["2", "explanation"],
      ["3", "explanation"],
      ["7", "explanation"],
      ["8", "explanation"],
      ["9", "explanation"],
      ["10", "explanation"],
    ]);
  });

  it("finds programme 5 numbered differently from its structure", () => {
    const p5 = result.findings.filter((f) => f.code?.startsWith("5.2"));
    expect(p5.map((f) => [f.rule, at(f), f.code])).toEqual([
      ["structure.missing", "Programma's!A55", "5.2.4"],
      ["structure.name-mismatch", "Programma's!A57", "5.2.2"],
      ["structure.name-mismatch", "Programma's!A58", "5.2.3"],
    ]);
    expect(p5[1].message).toContain("Die naam hoort in de programmastructuur bij 5.2.3.");
  });

  it("reads abbreviations and acronyms as the structure's names, not as renames", () => {
    const renamed = of("structure.name-mismatch").map((f) => f.code);
    expect(renamed).toEqual(["1", "5.2.2", "5.2.3"]);
  });

  it("counts exactly the findings listed above", () => {
    expect(result.summary).toEqual({ errors: 0, warnings: 14, infos: 37, accepted: 0 });
  });
});

function rowNumber(f: Finding): number {
  return Number(/\d+$/.exec(f.cell)![0]);
}
