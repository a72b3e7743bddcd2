import type { CellStyle, CellValue } from "../domain";

/** How each plan style looks in Excel; the same colours as the ExcelJS adapter, so both outputs agree. */
export interface StyleFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
}

export const STYLE_FORMATS: Record<CellStyle, StyleFormat> = {
  header: { fill: "#D9D9D9", bold: true },
  ok: { fill: "#E2EFDA" },
  rounding: { fill: "#FFF2CC" },
  error: { fill: "#F8CBAD" },
  warning: { fill: "#FCE4D6" },
  info: {},
  green: { fill: "#92D050" },
  orange: { fill: "#FFC000" },
  red: { fill: "#FF5050" },
  draft: { italic: true, fontColor: "#7F7F7F" },
  accepted: { fill: "#EDEDED" },
};

/** The style as per-cell properties (for `setCellProperties`). */
export function cellPropertiesFormat(style: CellStyle | undefined): Excel.CellPropertiesFormat | undefined {
  if (!style) return undefined;
  const f = STYLE_FORMATS[style];
  const format: Excel.CellPropertiesFormat = {};
  if (f.fill) format.fill = { color: f.fill };
  if (f.bold || f.italic || f.fontColor) format.font = { bold: f.bold, italic: f.italic, color: f.fontColor };
  return format.fill || format.font ? format : undefined;
}

/**
 * A value as Excel input. Excel parses what it is given as if typed: `=`, `+`, `-` and `@` start a
 * formula, `1-2` becomes a date, `50%` a number. A leading apostrophe makes it keep any text as
 * text, and Excel drops the apostrophe from the value, so every string gets one.
 */
export function excelInput(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  return `'${"error" in value ? value.error : value.date}`;
}
