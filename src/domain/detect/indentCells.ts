import { parseA1, rangeA1 } from "../address";
import { forEachReadCell, type CellRequest } from "../cellRequest";
import type { Grid } from "../types";

/** The cells of one sheet whose indent levels the check reads: the columns that can hold labels. */
export type IndentRequest = CellRequest;

/** A label: text with a letter in it (a code alone, `1.1.3`, is no label to indent). */
const LABEL = /\p{L}/u;

/**
 * Which cells' indent levels an adapter must read before the check: each column where labels
 * outnumber amounts (at least two labels), from its first label to its last. An indented line under
 * a heading is how many budgets say which total it belongs to; reading only these columns keeps a
 * big sheet's answer small. Decided from the values alone. The file adapter reads every cell's
 * indent with the file and needs none of this.
 * @example indentCells([budgetSheet]) → [{ sheet: "Lasten", ranges: ["A3:A40"] }]
 */
export function indentCells(grids: readonly Grid[]): IndentRequest[] {
  const out: IndentRequest[] = [];
  for (const grid of grids) {
    const origin = parseA1(grid.topLeft) ?? { row: 0, col: 0 };
    const labels: number[] = [];
    const amounts: number[] = [];
    const first: number[] = [];
    const last: number[] = [];
    grid.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === "number") amounts[j] = (amounts[j] ?? 0) + 1;
        else if (typeof v === "string" && LABEL.test(v)) {
          labels[j] = (labels[j] ?? 0) + 1;
          first[j] ??= i;
          last[j] = i;
        }
      }),
    );
    const ranges: string[] = [];
    labels.forEach((count, j) => {
      if (count >= 2 && count >= (amounts[j] ?? 0))
        ranges.push(rangeA1(origin.row + first[j], origin.col + j, origin.row + last[j], origin.col + j));
    });
    if (ranges.length > 0) out.push({ sheet: grid.sheet, ranges });
  }
  return out;
}

/** Indent levels as an adapter read them: per range, a level (or null) per cell, row by row. */
export interface ReadIndents {
  range: string;
  indents: (number | null)[][];
}

/**
 * The grid with the indent levels read for its ranges: `indents` the size of its values, null where
 * a cell has none. Returned unchanged when no cell is indented, as a file without indents reads.
 */
export function withIndents(grid: Grid, read: readonly ReadIndents[]): Grid {
  if (!read.some((part) => part.indents.some((row) => row.some((level) => !!level && level > 0))))
    return grid;
  const indents = grid.values.map((row) => new Array<number | null>(row.length).fill(null));
  forEachReadCell(grid, read, (i, j, part, r, c) => {
    const level = part.indents[r]?.[c];
    if (j < indents[i].length && typeof level === "number" && level > 0) indents[i][j] = level;
  });
  return { ...grid, indents };
}
