import { sheetCell } from "../address";
import { msg } from "../messages/catalogue";
import { centsAt, roundingBound } from "../model";
import type { Finding, Table } from "../types";
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
      const rows = table.rows;
      const diffs = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const kind = rows.kind[i];
        diffs[i] = kind === "line" || kind === "total" ? (differenceOf(table, i) ?? NaN) : NaN;
      }
      // The three figures of a variance each carry their column's rounding.
      const { variance, amended, actual } = table.amounts;
      const unit = Math.max(variance?.unitCents ?? 1, amended?.unitCents ?? 1, actual?.unitCents ?? 1);
      for (let i = 0; i < rows.length; i++) {
        const diff = diffs[i];
        if (diff === 0 || Number.isNaN(diff)) continue;
        let inherited = 0;
        for (const j of rows.children[i] ?? []) if (!Number.isNaN(diffs[j])) inherited += Math.abs(diffs[j]);
        const bound = roundingBound(2, unit, model.settings) + inherited;
        const stated = centsAt(table, i, "variance")!;
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
            row: rows.row[i],
            col: table.amounts.variance!.col,
            column: "variance",
            code: rows.code[i],
            params,
            expected,
            actual: stated,
            related: [table.amounts.amended!, table.amounts.actual!].map((c) =>
              sheetCell(table.sheet, rows.row[i], c.col),
            ),
          }),
        );
      }
    }
    return out;
  },
};

/** Stated variance − (amended − actual), in cents of the stated figures; null when a figure is missing. */
function differenceOf(table: Table, i: number): number | null {
  const v = centsAt(table, i, "variance");
  const b = centsAt(table, i, "amended");
  const a = centsAt(table, i, "actual");
  if (v === null || b === null || a === null) return null;
  return v - table.varianceSign * (b - a);
}
