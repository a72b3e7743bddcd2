import { fold, cellText } from "../text";
import type { Cents } from "../money";
import type { AmountColumn, TableColumn, TableRows } from "../types";
import type { SheetView } from "./sheetView";

/** How V/N and FAV/ADV columns say a figure goes: favourable +1, unfavourable −1. */
const FAVOURABLE = /^(v|voordeel|voordelig|fav|favourable|favorable|f)$/;
const UNFAVOURABLE = /^(n|nadeel|nadelig|adv|adverse|unfav|unfavourable|unfavorable|a|u)$/;

/**
 * A figure without a sign beside a V/N (or FAV/ADV) column that gives it one: "120 N" is −120
 * where favourable is positive. The amount column just left of the flag column is signed by it,
 * where all its figures are positive and the flags say some go the other way; a column that
 * carries its own signs is left as it is. Changes the column's cents in place.
 * @returns the columns signed
 */
export function signByFlag(
  view: SheetView,
  columns: readonly TableColumn[],
  amounts: readonly AmountColumn[],
  rows: TableRows,
): AmountColumn[] {
  const signed: AmountColumn[] = [];
  for (const flag of columns.filter((c) => c.role === "flag")) {
    const column = [...amounts]
      .filter((a) => a.col < flag.col && a.additive)
      .sort((a, b) => b.col - a.col)[0];
    if (!column) continue;
    const signs = new Int8Array(rows.length);
    let unfavourable = 0;
    let negative = false;
    for (let i = 0; i < rows.length; i++) {
      const t = fold(cellText(view.value(rows.row[i], flag.col))).replace(/[.\s]/g, "");
      signs[i] = FAVOURABLE.test(t) ? 1 : UNFAVOURABLE.test(t) ? -1 : 0;
      if (signs[i] < 0) unfavourable++;
      if (column.cents[i] < 0) negative = true;
    }
    if (negative || unfavourable === 0) continue;
    for (let i = 0; i < rows.length; i++) if (signs[i] < 0) column.cents[i] = -column.cents[i] as Cents;
    signed.push(column);
  }
  return signed;
}
