import fc from "fast-check";
import { check, parseA1, type CellValue, type Finding } from "../../src/domain";
import { gridOf } from "../builders";
import { COLUMN, figures } from "../fixtures/families";

/**
 * A table of Lasten | Baten | Saldo under Begroting, Realisatie and Verschil, as a logical model:
 * where its groups stand, and where the table stands on its sheet, are the layout's choice. The
 * findings must not depend on that choice, but for the cells they point at.
 */
const GROUPS = ["Begroting 2024 na wijziging", "Realisatie 2024", "Verschil"];
const KINDS = ["Lasten", "Baten", "Saldo"];

interface Layout {
  groupOrder: number[];
  kindOrder: number[];
  offsetRows: number;
  offsetCols: number;
}

/** Logical figures: [line][group][kind]; lines of two programmes, each closed by a Subtotaal. */
function model(seed: number, error: { line: number; group: number; kind: number; delta: number } | null) {
  const lines: number[][][] = [];
  for (let i = 0; i < 5; i++) {
    const [l1, b1, l2, b2] = figures(4, seed + i);
    const budget = [l1, b1, l1 - b1];
    const actual = [l2, b2, l2 - b2];
    lines.push([budget, actual, [0, 1, 2].map((k) => budget[k] - actual[k])]);
  }
  if (error) lines[error.line][error.group][error.kind] += error.delta;
  return lines;
}

/** The sheet of the model in a layout, and where each logical cell landed. */
function render(lines: number[][][], layout: Layout) {
  const { groupOrder, kindOrder, offsetRows, offsetCols } = layout;
  const rows: CellValue[][] = [];
  const merged: string[] = [];
  const colOf = (group: number, kind: number) =>
    offsetCols + 1 + 3 * groupOrder.indexOf(group) + kindOrder.indexOf(kind);
  const put = (r: number, c: number, v: CellValue) => {
    while (rows.length <= r) rows.push([]);
    rows[r][c] = v;
  };
  const top = offsetRows;
  put(top, offsetCols, "Verklaring verschillen");
  for (let g = 0; g < 3; g++) {
    const c = colOf(g, kindOrder[0]);
    put(top + 1, c, GROUPS[g]);
    merged.push(`${COLUMN[c]}${top + 2}:${COLUMN[c + 2]}${top + 2}`);
    for (let k = 0; k < 3; k++) put(top + 2, colOf(g, k), KINDS[k]);
  }
  const logicalRow = new Map<number, string>();
  let r = top + 3;
  const block = (title: string, members: number[]) => {
    put(r++, offsetCols, title);
    for (const i of members) {
      put(r, offsetCols, `Regel ${i + 1}`);
      logicalRow.set(r, `line ${i}`);
      for (let g = 0; g < 3; g++) for (let k = 0; k < 3; k++) put(r, colOf(g, k), lines[i][g][k]);
      r++;
    }
    put(r, offsetCols, "Subtotaal");
    logicalRow.set(r, `subtotal ${title}`);
    for (let g = 0; g < 3; g++)
      for (let k = 0; k < 3; k++)
        put(
          r,
          colOf(g, k),
          members.reduce((s, i) => s + lines[i][g][k], 0),
        );
    r++;
  };
  block("Programma 1", [0, 1, 2]);
  block("Programma 2", [3, 4]);
  const logicalCol = new Map<number, string>();
  for (let g = 0; g < 3; g++)
    for (let k = 0; k < 3; k++) logicalCol.set(colOf(g, k), `${GROUPS[g]} ${KINDS[k]}`);
  logicalCol.set(offsetCols, "label");
  return { spec: { name: "S", rows, merged }, logicalRow, logicalCol };
}

/** A finding as the layout does not change it: its rule, severity, figures and logical cell. */
function logical(findings: Finding[], rendered: ReturnType<typeof render>): string[] {
  return findings
    .map((f) => {
      const at = parseA1(f.cell)!;
      const cell = `${rendered.logicalRow.get(at.row)} / ${rendered.logicalCol.get(at.col)}`;
      return [f.rule, f.severity, cell, f.expected ?? "", f.actual ?? "", f.difference ?? ""].join(" | ");
    })
    .sort();
}

const anyLayout: fc.Arbitrary<Layout> = fc.record({
  groupOrder: fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }),
  kindOrder: fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }),
  offsetRows: fc.integer({ min: 0, max: 4 }),
  offsetCols: fc.integer({ min: 0, max: 3 }),
});
const anyError = fc.option(
  fc.record({
    line: fc.integer({ min: 0, max: 4 }),
    group: fc.integer({ min: 0, max: 2 }),
    kind: fc.integer({ min: 0, max: 2 }),
    delta: fc.integer({ min: 1, max: 50_000 }).map((d) => d * 10),
  }),
  { nil: null },
);
const HOME: Layout = { groupOrder: [0, 1, 2], kindOrder: [0, 1, 2], offsetRows: 0, offsetCols: 0 };

describe("a table's layout changes no finding but its cells", () => {
  it("permuting the column groups and the kinds in them, or moving the table, keeps every finding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), anyError, anyLayout, (seed, error, layout) => {
        const lines = model(seed, error);
        const home = render(lines, HOME);
        const moved = render(lines, layout);
        const expected = logical(check([gridOf(home.spec)]).findings, home);
        expect(logical(check([gridOf(moved.spec)]).findings, moved)).toEqual(expected);
        // A typo is found wherever the table stands: it breaks a relation or a total.
        if (error) expect(expected.some((f) => f.includes("| error |"))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
