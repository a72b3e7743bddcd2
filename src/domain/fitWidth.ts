import type { PlanCell } from "./writePlan";

/** The narrowest and widest column Stoplicht makes, in characters of the default font. */
export interface WidthBounds {
  min: number;
  max: number;
}

/**
 * A column width, in characters, that shows the longest text of the column whole: "Afronding ±€ 1"
 * is not cut off. Bold text (headers) is a tenth wider; two characters of padding. Texts longer
 * than `max` get `max`: they run on into the empty column beside or show in the formula bar.
 * @example fitWidth([[{ value: "Afronding ±€ 1" }]], 0, { min: 8, max: 60 }) === 16
 */
export function fitWidth(rows: readonly (readonly PlanCell[])[], col: number, bounds: WidthBounds): number {
  let widest = 0;
  for (const row of rows) {
    const cell = row[col];
    if (!cell || cell.value === null) continue;
    const chars = shownLength(cell) * (cell.style === "header" ? 1.1 : 1);
    if (chars > widest) widest = chars;
  }
  return Math.min(bounds.max, Math.max(bounds.min, Math.ceil(widest) + 2));
}

/** How many characters a cell shows: numbers as their format writes them. */
function shownLength(cell: PlanCell): number {
  const v = cell.value;
  if (typeof v === "string") return [...v].length;
  if (typeof v !== "number") return 0;
  if (cell.style === "percent") return (Math.abs(v) * 100).toFixed(1).length + 1 + (v < 0 ? 1 : 0);
  if (cell.style === "euro" || cell.style === "pound" || cell.style === "dollar") {
    // The symbol and its space, the digits with their separators, the cents, the minus.
    const digits = Math.trunc(Math.abs(v)).toString().length;
    return 2 + digits + Math.floor((digits - 1) / 3) + 3 + (v < 0 ? 1 : 0);
  }
  return String(v).length;
}
