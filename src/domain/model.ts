import type { SheetView } from "./detect/sheetView";
import type { Language } from "./format";
import type { OwnedRegion } from "./ownership";
import type { Settings } from "./settings";
import { parseAmount } from "./amount";
import type { CodeIndex } from "./codeIndex";
import type { AmountCell, AmountRole, StructureEntry, Table, TableRow } from "./types";
import type { VarianceAnalysis } from "./variances";

/** Everything the rules look at: the detected tables, the reference structure, the variances. */
export interface CheckModel {
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

/** One amount cell of a row, whole; undefined when the table has no column of that role. */
export function amountAt(table: Table, row: TableRow, role: AmountRole): AmountCell | undefined {
  const column = table.amounts[role];
  if (!column) return undefined;
  const i = row.index;
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

/** A row's amount in cents of the stated figures; null when the cell holds none or the table lacks the column. */
export function centsAt(table: Table, row: TableRow, role: AmountRole): number | null {
  const cents = table.amounts[role]?.cents[row.index];
  return cents === undefined || Number.isNaN(cents) ? null : cents;
}

/** The table's row at an absolute sheet row, by binary search: rows are kept in sheet order. */
export function rowAt(table: Table, row: number): TableRow | undefined {
  const rows = table.rows;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = rows[mid].row;
    if (at === row) return rows[mid];
    if (at < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

export function amountRolesOf(table: Table): AmountRole[] {
  return table.columns
    .map((c) => c.role)
    .filter(
      (r): r is AmountRole =>
        r === "priorActual" || r === "original" || r === "amended" || r === "actual" || r === "variance",
    );
}

/**
 * The largest difference that rounding explains: a sum of n terms each rounded to `unitCents`,
 * against its own rounded total, is off by at most (n+1)/2 units.
 */
export function roundingBound(terms: number, unitCents: number, settings: Settings): number {
  if (settings.roundingTolerance !== "auto") return settings.roundingTolerance * unitCents;
  return Math.floor((terms + 1) / 2) * unitCents;
}
