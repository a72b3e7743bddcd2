import type { SheetView } from "./detect/sheetView";
import type { Language } from "./format";
import type { OwnedRegion } from "./ownership";
import type { Settings } from "./settings";
import type { AmountRole, RowVariance, StructureEntry, Table, TableRow } from "./types";

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
