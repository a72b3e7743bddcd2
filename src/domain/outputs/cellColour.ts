import type { SheetView } from "../detect/sheetView";

/**
 * A cell's fill or font colour (`#RRGGBB`) as the adapter read it; null where it read none. Only
 * the cells `colourCells` names carry colours; cells of an earlier run's results read as none.
 */
export function cellColour(view: SheetView, row: number, col: number, which: "fill" | "font"): string | null {
  const grid = view.grid;
  const colours = which === "fill" ? grid.fills : grid.fontColors;
  if (!colours) return null;
  const colour = colours[row - view.firstRow]?.[col - view.firstCol];
  if (!colour || view.isExcluded(row, col)) return null;
  return colour;
}
