import { rangeA1 } from "../address";
import { forEachReadCell, type CellRequest } from "../cellRequest";
import { SheetView } from "../detect/sheetView";
import type { Grid } from "../types";
import { findOutputHeaders } from "./findOutputHeaders";

/** The cells of one sheet whose fill and font colours the check needs: the light columns of its output tables. */
export type ColourRequest = CellRequest;

/**
 * Which cells' colours an adapter must read before the check: only the light columns under each
 * header of planned outputs, so that a big sheet's colours never cross the 5 MB answer limit.
 * Decided from the values alone.
 * @example colourCells([outputSheet]) → [{ sheet: "Output", ranges: ["B3:C12"] }]
 */
export function colourCells(grids: readonly Grid[]): ColourRequest[] {
  const out: ColourRequest[] = [];
  for (const grid of grids) {
    if (grid.values.length === 0) continue;
    const view = new SheetView(grid);
    const ranges = findOutputHeaders(view)
      .filter((h) => h.lastRow > h.row)
      .map((h) =>
        rangeA1(h.row + 1, Math.min(h.inhoudCol, h.geldCol), h.lastRow, Math.max(h.inhoudCol, h.geldCol)),
      );
    if (ranges.length > 0) out.push({ sheet: grid.sheet, ranges });
  }
  return out;
}

/** Colours as an adapter read them: per range, a `#RRGGBB` (or null) per cell, row by row. */
export interface ReadColours {
  range: string;
  fills: (string | null)[][];
  fontColors: (string | null)[][];
}

/**
 * The grid with the colours read for its ranges: `fills` and `fontColors` the size of its values,
 * null outside the ranges. The grid is returned unchanged when no colour was read.
 */
export function withColours(grid: Grid, read: readonly ReadColours[]): Grid {
  if (read.length === 0) return grid;
  const fills = grid.values.map((row) => new Array<string | null>(row.length).fill(null));
  const fontColors = grid.values.map((row) => new Array<string | null>(row.length).fill(null));
  forEachReadCell(grid, read, (i, j, part, r, c) => {
    fills[i][j] = normalise(part.fills[r]?.[c]);
    fontColors[i][j] = normalise(part.fontColors[r]?.[c]);
  });
  return { ...grid, fills, fontColors };
}

/** `#rrggbb`, `FF00B050` (ARGB) or `00B050` as `#00B050`; anything else as null. */
function normalise(colour: string | null | undefined): string | null {
  if (!colour) return null;
  const m = /^#?(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(colour.trim());
  return m ? `#${m[1].toUpperCase()}` : null;
}
