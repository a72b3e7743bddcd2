import type { SheetView } from "./detect/sheetView";
import type { Language } from "./format";
import type { OwnedRegion } from "./ownership";
import type { Settings } from "./settings";
import { parseAmount } from "./amount";
import type { AmountCell, AmountRole, RowVariance, StructureEntry, Table, TableRow } from "./types";

/** Everything the rules look at: the detected tables, the reference structure, the variances. */
export interface CheckModel {
  tables: Table[];
  /** The programme structure as the workbook states it, or null when it has no reference sheet. */
  structure: StructureEntry[] | null;
  variances: RowVariance[];
  settings: Settings;
  lang: Language;
  /** The sheets as read, for rules that look at cells outside the tables (a SUM's range). */
  views: ReadonlyMap<string, SheetView>;
  /** Cells (range "" for a whole sheet) an earlier run wrote that the user has edited since. */
  edited: readonly OwnedRegion[];
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
    formula: column.formulas[i],
    invalidReason: parsed?.kind === "invalid" ? parsed.reason : undefined,
    raw,
  };
}

/** A row's amount in cents of the stated figures; null when the cell holds none or the table lacks the column. */
export function centsAt(table: Table, row: TableRow, role: AmountRole): number | null {
  const cents = table.amounts[role]?.cents[row.index];
  return cents === undefined || Number.isNaN(cents) ? null : cents;
}

/** A row with the table it stands in. */
export interface Occurrence {
  table: Table;
  row: TableRow;
}

/**
 * The rows that `include` accepts, grouped by code, for the codes found more than once (with
 * `acrossTables`, in more than one table), plus codes `keepSingle` asks for. Codes found once are
 * most codes of a big budget: they cost one map lookup each and no object.
 */
export function repeatedCodes(
  tables: readonly Table[],
  include: (table: Table, row: TableRow) => boolean,
  options: { acrossTables?: boolean; keepSingle?: (code: string) => boolean } = {},
): Map<string, Occurrence[]> {
  // The first row of each code, as a table index and row index packed in one array slot pair.
  const first = new Map<string, number>();
  const firstAt: number[] = [];
  const groups = new Map<string, Occurrence[]>();
  tables.forEach((table, t) => {
    const rows = table.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const code = row.code;
      if (code === null || !include(table, row)) continue;
      const group = groups.get(code);
      if (group) {
        group.push({ table, row });
        continue;
      }
      const slot = first.get(code);
      if (slot === undefined) {
        first.set(code, firstAt.length);
        firstAt.push(t, i);
        if (options.keepSingle?.(code)) groups.set(code, [{ table, row }]);
        continue;
      }
      const firstTable = tables[firstAt[slot]];
      groups.set(code, [
        { table: firstTable, row: firstTable.rows[firstAt[slot + 1]] },
        { table, row },
      ]);
    }
  });
  if (options.acrossTables) {
    for (const [code, group] of groups)
      if (!group.some((o) => o.table !== group[0].table)) groups.delete(code);
  }
  return groups;
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

/** Rows that hold amounts: lines and totals. */
export function amountRows(table: Table): TableRow[] {
  return table.rows.filter((r) => r.kind === "line" || r.kind === "total");
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
