import { sheetCell } from "../address";
import { msg } from "../messages/catalogue";
import { amountRows, centsAt, roundingBound } from "../model";
import type { Finding, Table, TableRow } from "../types";
import { makeFinding, money, type Rule } from "./ruleKit";

/**
 * The variance column against amended budget − actual on every line and total. A total's variance
 * may also carry the rounding its lines' variances already had (reported there), as it does when
 * it is their SUM.
 */
export const variance: Rule = {
  id: "variance",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      const diffs = new Map<TableRow, number>();
      for (const row of amountRows(table)) {
        const d = differenceOf(table, row);
        if (d !== null) diffs.set(row, d);
      }
      for (const [row, diff] of diffs) {
        if (diff === 0) continue;
        const inherited = (row.children ?? []).reduce(
          (s, i) => s + Math.abs(diffs.get(table.rows[i]) ?? 0),
          0,
        );
        const bound = roundingBound(2, table.unitCents, model.settings) + inherited;
        const stated = centsAt(table, row, "variance")!;
        const expected = stated - diff;
        const params = {
          formula: msg(
            model.lang,
            table.varianceSign === 1 ? "formula.variance" : "formula.variance-reversed",
          ),
          expected: money(model, table, expected),
          actual: money(model, table, stated),
          difference: money(model, table, diff),
        };
        out.push(
          makeFinding(model, {
            rule: Math.abs(diff) <= bound ? "variance.rounding" : "variance.mismatch",
            table,
            row: row.row,
            col: table.amounts.variance!.col,
            column: "variance",
            code: row.code,
            params,
            expected,
            actual: stated,
            related: [table.amounts.amended!, table.amounts.actual!].map((c) =>
              sheetCell(table.sheet, row.row, c.col),
            ),
          }),
        );
      }
    }
    return out;
  },
};

/** Stated variance − (amended − actual), in cents of the stated figures; null when a figure is missing. */
function differenceOf(table: Table, row: TableRow): number | null {
  const v = centsAt(table, row, "variance");
  const b = centsAt(table, row, "amended");
  const a = centsAt(table, row, "actual");
  if (v === null || b === null || a === null) return null;
  return v - table.varianceSign * (b - a);
}
