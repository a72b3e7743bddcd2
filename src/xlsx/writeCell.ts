import type ExcelJS from "exceljs";
import type { PlanCell, StyleLook, WritePlan } from "../domain";

/** One plan cell into an ExcelJS cell: its value (or link formula) and its style's look from the plan's table. */
export function writeCell(target: ExcelJS.Cell, cell: PlanCell, styles: WritePlan["styles"]): void {
  // Strings are written as strings: ExcelJS only makes formulas of {formula} objects, so a label or
  // note starting with "=" stays text.
  target.value =
    cell.formula !== undefined ? { formula: cell.formula, result: cell.value ?? undefined } : cell.value;
  if (cell.style) applyLook(target, styles[cell.style]);
}

/** Sets exactly the look's parts; a cell of ours starts without formats. */
function applyLook(target: ExcelJS.Cell, look: StyleLook): void {
  if (look.numberFormat) target.numFmt = look.numberFormat;
  if (look.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  const font = fontOf(look);
  if (font) target.font = font;
}

/** The look's font, for a cell or a conditional format; undefined when it sets none. */
export function fontOf(look: StyleLook): Partial<ExcelJS.Font> | undefined {
  if (!look.bold && !look.italic && !look.underline && !look.fontColor) return undefined;
  const font: Partial<ExcelJS.Font> = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.underline) font.underline = true;
  if (look.fontColor) font.color = { argb: argb(look.fontColor) };
  return font;
}

/** `#RRGGBB` as ExcelJS's opaque ARGB. */
export function argb(colour: string): string {
  return `FF${colour.replace(/^#/, "").toUpperCase()}`;
}
