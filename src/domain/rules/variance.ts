import { sheetCell } from "../address";
import { msg } from "../messages/catalogue";
import { amountRows, roundingBound } from "../model";
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
        const v = row.amounts.variance!;
        const expected = v.cents! - diff;
        const params = {
          formula: msg(
            model.lang,
            table.varianceSign === 1 ? "formula.variance" : "formula.variance-reversed",
          ),
          expected: money(model, table, expected),
          actual: money(model, table, v.cents!),
          difference: money(model, table, diff),
        };
        out.push(
          makeFinding(model, {
            rule: Math.abs(diff) <= bound ? "variance.rounding" : "variance.mismatch",
            table,
            row: row.row,
            col: v.col,
            column: "variance",
            code: row.code,
            params,
            expected,
            actual: v.cents!,
            related: [row.amounts.amended!, row.amounts.actual!].map((c) =>
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
  const v = row.amounts.variance?.cents;
  const b = row.amounts.amended?.cents;
  const a = row.amounts.actual?.cents;
  if (v == null || b == null || a == null) return null;
  return v - table.varianceSign * (b - a);
}
