import { sheetCell } from "../address";
import { msg } from "../messages/catalogue";
import { centsAt, roundingBound } from "../model";
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
      // Stated − computed per row index; NaN where a figure is missing.
      const diffs = table.rows.map((row) =>
        row.kind === "line" || row.kind === "total" ? (differenceOf(table, row) ?? NaN) : NaN,
      );
      for (const row of table.rows) {
        const diff = diffs[row.index];
        if (diff === 0 || Number.isNaN(diff)) continue;
        let inherited = 0;
        for (const i of row.children ?? []) if (!Number.isNaN(diffs[i])) inherited += Math.abs(diffs[i]);
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
