import { regionBounds } from "../ownership";
import { parseAmount } from "../amount";
import { fold } from "../text";
import { classifyHeader, type HeaderMeaning } from "./classifyHeader";
import { parseLabel } from "./parseLabel";
import { readScale } from "./readScale";
import type { SheetView } from "./sheetView";

/** One column of a header block: its text per header row, joined, and what it says. */
export interface HeaderColumn extends HeaderMeaning {
  /** The header rows' texts joined, unit markers included ("Expenditure To Date £000"). */
  text: string;
  /** The texts of the rows above the last one that names something: the column's group. */
  group: string;
  /** The last row's text that names something: the column's measure ("Lasten", "To Date"). */
  measure: string;
}

/** Stage 1 of reading a table: the rows that head it, and each column's header. */
export interface HeaderBlock {
  firstRow: number;
  lastRow: number;
  columns: Map<number, HeaderColumn>;
}

const MAX_HEADER_ROWS = 5;

/** Finds every header block on a sheet, split where tables stand side by side. */
export function findHeaders(view: SheetView): HeaderBlock[] {
  const merges = headerMerges(view);
  const blocks: HeaderBlock[] = [];
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    if (!mayStartHeader(view, r)) continue;
    let best: { last: number; columns: Map<number, HeaderColumn>; score: number } | null = null;
    for (let h = 1; h <= MAX_HEADER_ROWS && r + h - 1 <= view.lastRow; h++) {
      if (h > 1 && !isHeaderContinuation(view, r + h - 1, r)) break;
      const columns = readColumns(view, r, r + h - 1, merges);
      const s = score(columns);
      if (s > 0 && (!best || s >= best.score)) best = { last: r + h - 1, columns, score: s };
    }
    if (!best) continue;
    // A title row above a one-row header reads as its first row; without it the header names
    // as many columns, so the title is left out.
    if (
      best.last > r &&
      mayStartHeader(view, r + 1) &&
      distinctRoles(readColumns(view, r + 1, best.last, merges)) >= distinctRoles(best.columns)
    )
      continue;
    for (const segment of splitSideBySide(best.columns))
      blocks.push({ firstRow: r, lastRow: best.last, columns: segment });
    r = best.last;
  }
  return blocks;
}

function isYear(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** Text of a header cell: strings, and years typed as numbers. */
export function headerText(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (isYear(v)) return String(v);
  return "";
}

/**
 * A row that could continue a header: only header words, years and units, nothing that reads as
 * data, and not a heading alone in the first column ("Income" over the income lines).
 */
function isHeaderContinuation(view: SheetView, row: number, firstRow: number): boolean {
  let any = false;
  let filled = 0;
  let firstFilled = -1;
  for (let c = view.firstCol; c <= view.lastColOf(row); c++) {
    const v = view.value(row, c);
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    filled++;
    if (firstFilled < 0) firstFilled = c;
    if (typeof v === "string") {
      const t = v.trim();
      if (t === "") continue;
      const label = parseLabel(t);
      if (label.code !== null || label.isTotal) return false;
      const a = parseAmount(t);
      if ((a.kind === "text" || a.kind === "number") && !/^(19|20)\d{2}$/.test(t) && !isUnitMarker(t))
        return false;
      any = true;
    } else if (isYear(v)) {
      any = true;
    } else return false;
  }
  if (filled === 1 && firstFilled <= firstTextColumn(view, firstRow)) return false;
  return any;
}

/** The first column holding text in a row: where a header row starts, the label column's. */
function firstTextColumn(view: SheetView, row: number): number {
  for (let c = view.firstCol; c <= view.lastColOf(row); c++)
    if (headerText(view.value(row, c)) !== "") return c;
  return view.firstCol;
}

/** "£000", "%", "x € 1.000", "bedragen x € 1.000", "€": a text that states a unit, not a column. */
function isUnitMarker(t: string): boolean {
  const s = readScale(t);
  return s.scale !== undefined || s.rest === "" || s.rest === "%";
}

/** A quick test that keeps the header search off data rows: two or more texts, no amounts. */
function mayStartHeader(view: SheetView, row: number): boolean {
  const last = view.lastColOf(row);
  // Data rows are most rows: their first amount rules them out before any text is examined.
  let strings = 0;
  for (let c = view.firstCol; c <= last; c++) {
    const v = view.value(row, c);
    if (typeof v === "number" && !isYear(v)) return false;
    if (typeof v === "string" || isYear(v)) strings++;
  }
  if (strings < 2) return false;
  let texts = 0;
  for (let c = view.firstCol; c <= last; c++) {
    const v = view.value(row, c);
    // A unit marker ("x € 1.000") beside a title makes no header of the title.
    if (isYear(v) || (typeof v === "string" && v.trim() !== "" && !isUnitMarker(v))) texts++;
  }
  return texts >= 2;
}

/** Merged areas that lie in one row and span columns: a header over several columns. */
function headerMerges(view: SheetView): { r: number; c1: number; c2: number }[] {
  const out: { r: number; c1: number; c2: number }[] = [];
  for (const range of view.grid.merged ?? []) {
    const b = regionBounds(range);
    if (b && b.c2 > b.c1) for (let r = b.r1; r <= b.r2; r++) out.push({ r, c1: b.c1, c2: b.c2 });
  }
  return out;
}

function readColumns(
  view: SheetView,
  first: number,
  last: number,
  merges: { r: number; c1: number; c2: number }[],
): Map<number, HeaderColumn> {
  const out = new Map<number, HeaderColumn>();
  let lastCol = view.firstCol;
  for (let r = first; r <= last; r++) lastCol = Math.max(lastCol, view.lastColOf(r));
  for (let c = view.firstCol; c <= lastCol; c++) {
    const parts: string[] = [];
    for (let r = first; r <= last; r++) {
      let t = headerText(view.value(r, c));
      // A header merged over several columns holds its text in the first one only: the columns
      // under it take the merged text too.
      if (!t) {
        const merge = merges.find((m) => m.r === r && c > m.c1 && c <= m.c2);
        if (merge) t = headerText(view.value(r, merge.c1));
        // Where the grid does not say which cells are merged, a header over sub-headers ("Begroting
        // 2024" over "primitief" and "na wijziging") is taken from its left where the column has a
        // sub-header of its own.
        else if (!view.grid.merged && r < last && c > view.firstCol && headerText(view.value(last, c)))
          t = mergedTextLeft(view, r, c, first, last);
      }
      if (t) parts.push(t);
    }
    if (parts.length === 0) continue;
    const text = parts.join(" ");
    const named = parts.filter((p) => !isUnitMarker(p));
    const measure = named.length > 0 ? named[named.length - 1] : "";
    const group = named.slice(0, -1).join(" ");
    const meaning = classifyHeader(text);
    // "Programma" under a title "Lasten" heads the labels of a table of lasten.
    if (meaning.role !== "label" && group !== "" && classifyHeader(measure).role === "label")
      meaning.role = "label";
    out.set(c, { ...meaning, text, group, measure });
  }
  return out;
}

function mergedTextLeft(view: SheetView, row: number, col: number, first: number, last: number): string {
  for (let c = col - 1; c >= view.firstCol; c--) {
    const t = headerText(view.value(row, c));
    if (t) {
      // A title above the label column ("Realisatie programma 1") is no merged amount header.
      const below = classifyHeader(headerText(view.value(row + 1, c))).role;
      if (below === "label" || below === "code") return "";
      // Nor is a header written over several rows of its own column ("Over" above "(Under)"
      // above "Budget"): only a header standing alone over the sub-headers spans columns.
      for (let r = first; r < last; r++) if (r !== row && headerText(view.value(r, c))) return "";
      return t;
    }
    if (!headerText(view.value(row + 1, c))) return "";
  }
  return "";
}

const NOT_AMOUNTS = new Set(["label", "code", "note", "kind", "flag", "noteRequired"]);

function isAmountRole(m: HeaderMeaning): boolean {
  return m.role !== null && !NOT_AMOUNTS.has(m.role);
}

/** Amount and note roles a header names, each year counted apart: what a header is worth. */
function distinctRoles(columns: Map<number, HeaderColumn>): number {
  // A group counts where it stands over several columns (a fund, a year's Lasten | Baten |
  // Saldo); a note over one column ("bedragen x € 1.000") is a title's, not a group.
  const spans = new Map<string, number>();
  for (const m of columns.values())
    if (m.group) spans.set(fold(m.group), (spans.get(fold(m.group)) ?? 0) + 1);
  const roles = new Set<string>();
  for (const m of columns.values()) {
    if (!m.role || m.role === "label" || m.role === "code") continue;
    const group = (spans.get(fold(m.group)) ?? 0) > 1 ? fold(m.group) : "";
    roles.add(`${m.role}:${m.year ?? ""}:${m.kind ?? ""}:${m.period ?? ""}:${group}`);
  }
  return roles.size;
}

function score(columns: Map<number, HeaderColumn>): number {
  let amounts = 0;
  let notes = 0;
  let years = 0;
  let markers = 0;
  for (const m of columns.values()) {
    if (m.role === "note") notes++;
    else if (isAmountRole(m)) amounts++;
    else if (m.role === "flag" || m.role === "code") markers++;
    if (m.year) years++;
  }
  // One amount column is a table where a note, a V/N or a number column goes with it: the
  // specification of a variance under the table it explains ("Nr | Omschrijving | Bedrag | V/N").
  if (amounts >= 2 || (amounts >= 1 && notes + markers >= 1)) return amounts * 2 + notes + markers + years;
  return 0;
}

/**
 * Tables side by side share header rows. A new table starts where a label or code column follows
 * amount columns, or where a header repeats word for word (a second "Rekening 2024") and the
 * columns from there on make a table of their own.
 */
function splitSideBySide(columns: Map<number, HeaderColumn>): Map<number, HeaderColumn>[] {
  const segments: Map<number, HeaderColumn>[] = [new Map()];
  let seen = new Set<string>();
  let amounts = false;
  for (const [col, m] of [...columns.entries()].sort((a, b) => a[0] - b[0])) {
    if (!m.role) continue;
    const key = fold(m.text);
    const isAmount = isAmountRole(m);
    if ((amounts && (m.role === "label" || m.role === "code")) || (isAmount && seen.has(key))) {
      segments.push(new Map());
      seen = new Set();
      amounts = false;
    }
    segments[segments.length - 1].set(col, m);
    seen.add(key);
    if (isAmount) amounts = true;
  }
  // A repeated header that makes no table on its own stays a column of the table before it.
  const out: Map<number, HeaderColumn>[] = [];
  for (const segment of segments) {
    if (score(segment) > 0 || out.length === 0) out.push(segment);
    else for (const [col, m] of segment) out[out.length - 1].set(col, m);
  }
  return out.filter((s) => score(s) > 0);
}
