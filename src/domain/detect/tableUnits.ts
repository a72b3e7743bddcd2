import { parseAmount } from "../amount";
import { cellText } from "../text";
import type { AmountColumn, Currency } from "../types";
import type { HeaderBlock } from "./findHeaders";
import { readScale } from "./readScale";
import type { SheetView } from "./sheetView";

/** Rows above a header that may hold its title and unit ("Bedragen x € 1.000"). */
const TITLE_ROWS = 4;

/**
 * The scale the table states for all its columns: in a title or note above the header, or in
 * the label column's header ("(in € 1.000)"); else the one most amount headers state ("£000");
 * else the sheet's (a note above its first table, "bedragen x € 1.000", holds for the tables
 * below that state none); else 1. Only rows below the table before it are read for its own, so
 * that a summary and its detail on one sheet each keep theirs.
 */
export function tableScale(
  view: SheetView,
  header: HeaderBlock,
  labelCol: number,
  titleFrom: number,
  sheetScale: number | undefined,
): number {
  for (let r = Math.max(titleFrom, view.firstRow, header.firstRow - TITLE_ROWS); r < header.firstRow; r++) {
    const scale = scaleInRow(view, r);
    if (scale !== undefined) return scale;
  }
  for (let r = header.firstRow; r <= header.lastRow; r++) {
    const scale = readScale(cellText(view.value(r, labelCol))).scale;
    if (scale !== undefined) return scale;
  }
  const stated = new Map<number, number>();
  for (const m of header.columns.values())
    if (m.scale !== undefined) stated.set(m.scale, (stated.get(m.scale) ?? 0) + 1);
  let best = sheetScale ?? 1;
  let count = 0;
  for (const [scale, n] of stated) if (n > count) [best, count] = [scale, n];
  return best;
}

/** The scale a note above a sheet's first table states, for the tables below that state none. */
export function sheetScale(view: SheetView, firstHeaderRow: number): number | undefined {
  for (let r = view.firstRow; r < firstHeaderRow; r++) {
    const scale = scaleInRow(view, r);
    if (scale !== undefined) return scale;
  }
  return undefined;
}

function scaleInRow(view: SheetView, r: number): number | undefined {
  for (let c = view.firstCol; c <= view.lastColOf(r); c++) {
    const scale = readScale(cellText(view.value(r, c))).scale;
    if (scale !== undefined) return scale;
  }
  return undefined;
}

/**
 * The currency the table states: in its title or headers, in its figures' number formats
 * (`"$"* #,##0`, `[$€-413]`), or in figures typed as text (`£1,234`); null where it states none
 * (the check then takes the workbook's, or the euro).
 */
export function tableCurrency(
  view: SheetView,
  header: HeaderBlock,
  amounts: readonly AmountColumn[],
  titleFrom: number,
): Currency | null {
  const texts: string[] = [];
  for (let r = Math.max(titleFrom, view.firstRow, header.firstRow - TITLE_ROWS); r <= header.lastRow; r++)
    for (let c = view.firstCol; c <= view.lastColOf(r); c++) texts.push(cellText(view.value(r, c)));
  for (const t of texts) {
    const currency = readScale(t).currency;
    if (currency) return currency;
  }
  const formats = view.grid.numberFormats;
  if (formats) {
    for (const column of amounts) {
      for (let r = header.lastRow + 1; r <= Math.min(view.lastRow, header.lastRow + 30); r++) {
        const currency = formatCurrency(formats[r - view.firstRow]?.[column.col - view.firstCol] ?? null);
        if (currency) return currency;
      }
    }
  }
  for (const column of amounts) {
    for (const raw of column.raws.values()) {
      if (typeof raw !== "string" || parseAmount(raw).kind !== "text") continue;
      const currency = readScale(raw).currency;
      if (currency) return currency;
    }
  }
  return null;
}

/** The currency a number format shows: `[$€-413]`, `"£"#,##0`, `€ #.##0`. */
function formatCurrency(format: string | null): Currency | null {
  if (!format) return null;
  const bracket = /\[\$([€£$]|EUR|GBP|USD)/i.exec(format);
  const symbol = bracket ? bracket[1] : /[€£]|"\$"|\\\$|^\$|[^[]\$/.exec(format)?.[0];
  if (!symbol) return null;
  if (/€|eur/i.test(symbol)) return "EUR";
  if (/£|gbp/i.test(symbol)) return "GBP";
  return "USD";
}

/** The title above a table: the nearest row of text between the table before it and its header. */
export function tableTitle(
  view: SheetView,
  header: HeaderBlock,
  titleFrom: number,
  cols: { from: number; to: number },
): string | null {
  for (
    let r = header.firstRow - 1;
    r >= Math.max(titleFrom, view.firstRow, header.firstRow - TITLE_ROWS);
    r--
  ) {
    for (let c = cols.from; c <= Math.min(cols.to, view.lastColOf(r)); c++) {
      const t = cellText(view.value(r, c));
      // "Personeel per afdeling (bedragen x € 1.000)": the title without its unit.
      const unit = readScale(t);
      const title = unit.scale !== undefined ? unit.rest.replace(/\(?\s*bedragen\s*\)?$/i, "").trim() : t;
      if (title.length < 3 || /^[(+-]/.test(title)) continue;
      return title;
    }
  }
  return null;
}
