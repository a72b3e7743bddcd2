import type { StyleLook } from "../domain";

/** A style's look as per-cell properties (for `setCellProperties`): fill, font and wrapping, nothing else. */
export function cellPropertiesFormat(look: StyleLook | undefined): Excel.CellPropertiesFormat {
  const format: Excel.CellPropertiesFormat = {};
  if (!look) return format;
  if (look.fill) format.fill = { color: look.fill };
  if (look.bold || look.italic || look.underline || look.fontColor || look.fontSize) {
    const font: Excel.CellPropertiesFont = {};
    if (look.bold) font.bold = true;
    if (look.italic) font.italic = true;
    if (look.underline) font.underline = "Single";
    if (look.fontColor) font.color = look.fontColor;
    if (look.fontSize) font.size = look.fontSize;
    format.font = font;
  }
  if (look.wrap) format.wrapText = true;
  return format;
}

/** A style's look on a conditional format. */
export function applyRuleLook(format: Excel.ConditionalRangeFormat, look: StyleLook): void {
  if (look.fill) format.fill.color = look.fill;
  if (look.fontColor) format.font.color = look.fontColor;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.underline) format.font.underline = "Single";
}

/**
 * Widths in the plan are characters of the default font (as the file format has them); Office
 * wants points: 7 pixels a character plus 5 of padding, 0.75 point a pixel. Whole characters give
 * whole pixels, so Excel keeps the width exactly.
 */
export function charsToPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

export function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}
