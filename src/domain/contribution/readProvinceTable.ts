import { toA1 } from "../address";
import { parseAmount } from "../amount";
import { parseLabel } from "../detect/parseLabel";
import { readScale } from "../detect/readScale";
import type { SheetView } from "../detect/sheetView";
import { centsOf } from "../money";
import { cellText, fold } from "../text";
import type { CellValue } from "../types";
import { commonUnit } from "./commonUnit";
import { PROVINCES, provinceOf, type Province } from "./provinces";

/** What a column of a province table holds. */
export type ProvinceColumnRole = "key" | "budget" | "refund" | "accounts";

/** One figure of a province table as stated: its cell, and its value read. */
export interface StatedFigure {
  /** A1 address. */
  cell: string;
  /** Cents for amounts; for the key, the number as the cell holds it. */
  value: number | null;
}

export interface ProvinceRow {
  province: Province;
  /** 0-based absolute row. */
  row: number;
  /** A1 of the province's name. */
  cell: string;
  figures: Partial<Record<ProvinceColumnRole, StatedFigure>>;
}

/** A table listing the provinces with their verdeelsleutel (and perhaps the contributions). */
export interface ProvinceTable {
  sheet: string;
  headerRow: number | null;
  firstRow: number;
  lastRow: number;
  labelCol: number;
  /** 0-based absolute column of each role the table has. */
  columns: Partial<Record<ProvinceColumnRole, number>>;
  /** How the key is given: a percentage (8,35), a fraction (0,0835) or the budgeted amounts. */
  keyKind: "percent" | "fraction" | "amounts";
  rows: ProvinceRow[];
  /** The Totaal row, where the table has one. */
  total: { row: number; cell: string; figures: Partial<Record<ProvinceColumnRole, StatedFigure>> } | null;
  /** The unit the table's amounts are stated in, in cents: 1 where any has cents, 100 for whole euros. */
  unit: number;
  /** Provinces named twice: only the first row counts. */
  duplicates: { province: Province; cell: string }[];
}

/** A province table names most provinces; fewer is a list that mentions a few. */
const MIN_PROVINCES = 6;

const KEY =
  /\b(verdeelsleutel|sleutel|verdeling|aandeel|percentage|procent|allocation key|key|share|weging|%)\b|%/;
const REFUND =
  /\b(restitutie|refund|terugbetaling|teruggave|resultaat|result|verrekening|nabetaling|surplus)\b/;
const ACCOUNTS =
  /\b(rekeningbasis|op rekening|on the accounts|accounts|definitieve?|final|werkelijke?|actual|rekening)\b/;
const BUDGET = /\b(begroting|begroot|budget|budgeted|geraamde?|raming|bijdrage|contribution)\b/;

/**
 * Finds the province table of a sheet: a column naming at least six of the twelve provinces,
 * with beside it their verdeelsleutel (a percentage or fraction) or their budgeted contributions,
 * and perhaps a refund and the contribution on the accounts. Null when the sheet has none.
 */
export function readProvinceTable(view: SheetView): ProvinceTable | null {
  const found = provinceColumn(view);
  if (!found) return null;
  const { col: labelCol, rows: provinceRows } = found;
  const firstRow = provinceRows[0];
  const lastProvinceRow = provinceRows[provinceRows.length - 1];
  const headerRow = headerAbove(view, firstRow, labelCol);
  const columns = headerRow === null ? {} : rolesFromHeader(view, headerRow, labelCol);
  const numeric = numericColumns(view, provinceRows, labelCol);
  // Without headers: the first column of figures is the key (or the budget, when it holds amounts).
  if (columns.key === undefined && columns.budget === undefined && numeric.length > 0) {
    const first = numeric[0];
    if (looksLikeKey(view, provinceRows, first)) columns.key = first;
    else columns.budget = first;
  }
  if (columns.key === undefined && columns.budget === undefined) return null;
  const total = totalRow(view, lastProvinceRow, labelCol);
  const scale = headerScale(view, headerRow, columns);
  const seen = new Set<Province>();
  const rows: ProvinceRow[] = [];
  const duplicates: ProvinceTable["duplicates"] = [];
  for (const r of provinceRows) {
    const province = provinceOf(view.value(r, labelCol))!;
    if (seen.has(province)) {
      duplicates.push({ province, cell: toA1(r, labelCol) });
      continue;
    }
    seen.add(province);
    rows.push({ province, row: r, cell: toA1(r, labelCol), figures: figuresAt(view, r, columns, scale) });
  }
  const keys = rows.map((p) => p.figures.key?.value ?? null);
  const keyKind = columns.key === undefined ? "amounts" : kindOfKey(keys, view, rows, columns.key);
  const amounts = [...rows.map((p) => p.figures), ...(total ? [figuresAt(view, total, columns, scale)] : [])]
    .flatMap((f) => [f.budget, f.refund, f.accounts])
    .map((f) => f?.value ?? null)
    .filter((c): c is number => c !== null);
  const unit = commonUnit(amounts, 100 * scale);
  return {
    sheet: view.sheet,
    headerRow,
    firstRow: headerRow ?? firstRow,
    lastRow: total ?? lastProvinceRow,
    labelCol,
    columns,
    keyKind,
    rows,
    total:
      total === null
        ? null
        : { row: total, cell: toA1(total, labelCol), figures: figuresAt(view, total, columns, scale) },
    unit,
    duplicates,
  };
}

/** The column that names the most provinces (at least six), and the rows where it names one. */
function provinceColumn(view: SheetView): { col: number; rows: number[] } | null {
  const byCol = new Map<number, number[]>();
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    for (let c = view.firstCol; c <= view.lastColOf(r); c++) {
      if (provinceOf(view.value(r, c)) === null) continue;
      const list = byCol.get(c) ?? [];
      list.push(r);
      byCol.set(c, list);
    }
  }
  let best: { col: number; rows: number[] } | null = null;
  for (const [col, rows] of byCol) {
    const distinct = new Set(rows.map((r) => provinceOf(view.value(r, col)))).size;
    if (distinct >= MIN_PROVINCES && (!best || rows.length > best.rows.length)) best = { col, rows };
  }
  if (!best) return null;
  // One block of rows: a province named again far below (a note, another table) is not a row of it.
  const rows = [best.rows[0]];
  for (const r of best.rows.slice(1)) {
    if (r - rows[rows.length - 1] > 3) break;
    rows.push(r);
  }
  return new Set(rows.map((r) => provinceOf(view.value(r, best!.col)))).size >= MIN_PROVINCES
    ? { col: best.col, rows }
    : null;
}

/** The header row: the nearest row above the provinces (at most three up) with text right of the labels. */
function headerAbove(view: SheetView, firstRow: number, labelCol: number): number | null {
  for (let r = firstRow - 1; r >= Math.max(view.firstRow, firstRow - 3); r--) {
    for (let c = labelCol + 1; c <= view.lastColOf(r); c++) if (cellText(view.value(r, c))) return r;
  }
  return null;
}

function rolesFromHeader(
  view: SheetView,
  row: number,
  labelCol: number,
): Partial<Record<ProvinceColumnRole, number>> {
  const columns: Partial<Record<ProvinceColumnRole, number>> = {};
  for (let c = labelCol + 1; c <= view.lastColOf(row); c++) {
    const role = roleOf(cellText(view.value(row, c)));
    if (role && columns[role] === undefined) columns[role] = c;
  }
  return columns;
}

/**
 * A header's role: the refund first ("Restitutie", "Aandeel in het resultaat"), then the key
 * ("Verdeelsleutel"), then the
 * contribution on the accounts ("Bijdrage op rekeningbasis"), then the budget ("Bijdrage begroting").
 */
export function roleOf(header: string): ProvinceColumnRole | null {
  const t = fold(header);
  if (t === "") return null;
  if (REFUND.test(t)) return "refund";
  if (KEY.test(t)) return "key";
  if (ACCOUNTS.test(t) && !/\b(begroting|begroot|budget|budgeted|geraamde?|raming)\b/.test(t))
    return "accounts";
  if (BUDGET.test(t)) return "budget";
  return null;
}

/** Columns right of the labels holding a figure on most province rows. */
function numericColumns(view: SheetView, rows: number[], labelCol: number): number[] {
  const last = Math.max(...rows.map((r) => view.lastColOf(r)));
  const out: number[] = [];
  for (let c = labelCol + 1; c <= last; c++) {
    const figures = rows.filter((r) => readNumber(view.value(r, c)) !== null).length;
    if (figures * 2 > rows.length) out.push(c);
  }
  return out;
}

/** Figures that add up to about 1 or 100 are a key; anything else, amounts. */
function looksLikeKey(view: SheetView, rows: number[], col: number): boolean {
  const sum = rows.reduce((a, r) => a + (readNumber(view.value(r, col)) ?? 0), 0);
  return Math.abs(sum - 1) < 0.02 || Math.abs(sum - 100) < 2;
}

function kindOfKey(
  keys: (number | null)[],
  view: SheetView,
  rows: ProvinceRow[],
  col: number,
): ProvinceTable["keyKind"] {
  const formatted = rows.some((p) =>
    /%/.test(view.grid.numberFormats?.[p.row - view.firstRow]?.[col - view.firstCol] ?? ""),
  );
  if (formatted) return "fraction";
  const sum = keys.reduce<number>((a, k) => a + (k ?? 0), 0);
  return sum <= 1.5 ? "fraction" : "percent";
}

/** The Totaal row under the provinces, where there is one (at most three rows down). */
function totalRow(view: SheetView, lastRow: number, labelCol: number): number | null {
  for (let r = lastRow + 1; r <= Math.min(view.lastRow, lastRow + 3); r++) {
    const label = cellText(view.value(r, labelCol));
    if (label && parseLabel(label).isTotal) return r;
    if (label) return null;
  }
  return null;
}

/** The scale the header states for the amounts ("x € 1.000"); 1 when it states none. */
function headerScale(
  view: SheetView,
  headerRow: number | null,
  columns: Partial<Record<ProvinceColumnRole, number>>,
): number {
  if (headerRow === null) return 1;
  for (const role of ["budget", "refund", "accounts"] as const) {
    const c = columns[role];
    if (c === undefined) continue;
    const scale = readScale(cellText(view.value(headerRow, c))).scale;
    if (scale !== undefined) return scale;
  }
  for (let r = Math.max(view.firstRow, headerRow - 2); r < headerRow; r++)
    for (let c = view.firstCol; c <= view.lastColOf(r); c++) {
      const scale = readScale(cellText(view.value(r, c))).scale;
      if (scale !== undefined) return scale;
    }
  return 1;
}

function figuresAt(
  view: SheetView,
  r: number,
  columns: Partial<Record<ProvinceColumnRole, number>>,
  scale: number,
): Partial<Record<ProvinceColumnRole, StatedFigure>> {
  const out: Partial<Record<ProvinceColumnRole, StatedFigure>> = {};
  for (const role of ["key", "budget", "refund", "accounts"] as const) {
    const c = columns[role];
    if (c === undefined) continue;
    const v = view.value(r, c);
    const value = role === "key" ? readNumber(v) : amountCents(v, scale);
    out[role] = { cell: toA1(r, c), value };
  }
  return out;
}

/** A key as a number: 8.35, 0.0835, or the text "8,35%" as 8.35. */
function readNumber(v: unknown): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v !== "string") return null;
  // A key is a small number with decimals, in either notation: "8,3517" or "8.3517%".
  const m = /^(\d{1,3})(?:[.,](\d+))?\s*%?$/.exec(v.trim());
  return m ? Number(`${m[1]}.${m[2] ?? "0"}`) : null;
}

function amountCents(v: CellValue, scale: number): number | null {
  if (typeof v === "number") return centsOf(v, scale);
  const parsed = parseAmount(v);
  if (parsed.kind !== "number" && parsed.kind !== "text") return null;
  return scale === 1 ? parsed.cents : centsOf(parsed.cents / 100, scale);
}

/** The provinces a table leaves out. */
export function missingProvinces(table: ProvinceTable): Province[] {
  const listed = new Set(table.rows.map((r) => r.province));
  return PROVINCES.filter((p) => !listed.has(p));
}
