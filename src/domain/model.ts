import type { AnnualReport } from "./annualReport";
import type { SheetView } from "./detect/sheetView";
import type { Language } from "./format";
import type { OwnedRegion } from "./ownership";
import type { Settings } from "./settings";
import { parseAmount } from "./amount";
import { parseLabel } from "./detect/parseLabel";
import type { CodeIndex } from "./codeIndex";
import type { AmountCell, AmountColumn, AmountRole, StructureEntry, Table, TableRow } from "./types";
import type { VarianceAnalysis } from "./variances";

/** Everything the rules look at: the detected tables, the reference structure, the variances. */
export interface CheckModel {
  /** Planned outputs and their lights, the contribution per province, the overspends. */
  annual: AnnualReport;
  tables: Table[];
  /** The programme structure as the workbook states it, or null when it has no reference sheet. */
  structure: StructureEntry[] | null;
  analysis: VarianceAnalysis;
  settings: Settings;
  lang: Language;
  /** The sheets as read, for rules that look at cells outside the tables (a SUM's range). */
  views: ReadonlyMap<string, SheetView>;
  /** Cells (range "" for a whole sheet) an earlier run wrote that the user has edited since. */
  edited: readonly OwnedRegion[];
  /** Where each code stands, for the rules that compare rows by code. */
  codes: CodeIndex;
}

/** One amount cell of a row (by index), whole; undefined when the table has no column of that role. */
export function amountAt(table: Table, i: number, role: AmountRole): AmountCell | undefined {
  const column = table.amounts[role];
  return column ? cellOf(column, i) : undefined;
}

/** One cell of an amount column, whole. */
export function cellOf(column: AmountColumn, i: number): AmountCell {
  const cents = column.cents[i];
  const state = column.states[i];
  const raw = column.raws.get(i) ?? null;
  const parsed = state === "invalid" ? parseAmount(raw) : null;
  return {
    col: column.col,
    state,
    cents: Number.isNaN(cents) ? null : cents,
    formula: column.formulas.get(i) ?? null,
    invalidReason: parsed?.kind === "invalid" ? parsed.reason : undefined,
    raw,
  };
}

/** A row's amount in cents; null when the cell holds none or the table lacks the column. */
export function centsAt(table: Table, i: number, role: AmountRole): number | null {
  const cents = table.amounts[role]?.cents[i];
  return cents === undefined || Number.isNaN(cents) ? null : cents;
}

/** The index of the table's row at an absolute sheet row, by binary search (rows are in sheet order); -1 when none. */
export function rowAt(table: Table, row: number): number {
  const rows = table.rows.row;
  let lo = 0;
  let hi = table.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = rows[mid];
    if (at === row) return mid;
    if (at < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** How many of the table's rows hold amounts (lines and totals). */
export function amountRowCount(table: Table): number {
  let n = 0;
  for (const kind of table.rows.kind) if (kind === "line" || kind === "total") n++;
  return n;
}

/** The name of row `i`: as read, or from its label. */
export function nameOf(table: Table, i: number): string {
  return table.rows.name[i] ?? parseLabel(table.rows.label[i]).name;
}

/** Row `i` of the table, whole. */
export function rowOf(table: Table, i: number): TableRow {
  const rows = table.rows;
  return {
    row: rows.row[i],
    kind: rows.kind[i],
    code: rows.code[i],
    codeInferred: rows.codeInferred.has(i),
    name: nameOf(table, i),
    label: rows.label[i],
    labelCol: table.labelCol,
    index: i,
    note: rows.note[i],
    noteCol: table.noteCol,
    children: rows.children[i],
    minus: rows.minus[i],
    rowKind: rows.rowKind[i],
    indent: rows.indent[i],
    unlabelled: rows.unlabelled.has(i),
  };
}

/** Every row of the table, whole. */
export function rowsOf(table: Table): TableRow[] {
  return Array.from({ length: table.rows.length }, (_, i) => rowOf(table, i));
}

/**
 * The largest difference that rounding explains: a sum of n terms each rounded to `unit` cents,
 * against its own rounded total, is off by at most (n+1)/2 units.
 */
export function roundingBound(terms: number, unit: number, settings: Settings): number {
  if (settings.roundingTolerance !== "auto") return settings.roundingTolerance * unit;
  return Math.floor((terms + 1) / 2) * unit;
}

/**
 * The largest difference rounding explains where figures are rounded to different units (a total
 * in whole thousands over lines with one decimal): half of each figure's unit, added up, in whole
 * units of the finest. With one unit throughout this is the (n+1)/2 units of `roundingBound`.
 * @example mixedRoundingBound([100, 100, 100, 100, 100], auto) === 200  // a total and 4 lines in euros
 */
export function mixedRoundingBound(units: readonly number[], settings: Settings): number {
  const finest = Math.min(...units);
  if (settings.roundingTolerance !== "auto") return settings.roundingTolerance * Math.max(...units);
  let sum = 0;
  for (const u of units) sum += u;
  return Math.floor(sum / 2 / finest) * finest;
}
