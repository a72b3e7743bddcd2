import { parseA1 } from "./address";
import { regionBounds } from "./ownership";
import type { Grid } from "./types";

/** Cells of one sheet whose formats an adapter must read before the check, beyond values and formulas. */
export interface CellRequest {
  sheet: string;
  /** A1 ranges, without the sheet. */
  ranges: string[];
}

/**
 * Visits each cell of the parts an adapter read that lies within the grid's rows: `i`, `j` in the
 * grid's arrays, `r`, `c` within the part. Columns past a row's last value count (a ragged row may
 * end before an empty coloured cell); columns left of the grid do not.
 */
export function forEachReadCell<P extends { range: string }>(
  grid: Grid,
  parts: readonly P[],
  visit: (i: number, j: number, part: P, r: number, c: number) => void,
): void {
  const origin = parseA1(grid.topLeft) ?? { row: 0, col: 0 };
  for (const part of parts) {
    const b = regionBounds(part.range);
    if (!b) continue;
    for (let row = b.r1; row <= b.r2; row++) {
      const i = row - origin.row;
      if (i < 0 || i >= grid.values.length) continue;
      for (let col = b.c1; col <= b.c2; col++) {
        const j = col - origin.col;
        if (j >= 0) visit(i, j, part, row - b.r1, col - b.c1);
      }
    }
  }
}
