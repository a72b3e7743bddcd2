import { sheetCell } from "../address";
import { msg } from "../messages/catalogue";
import { amountRows, roundingBound } from "../model";
import type { Finding } from "../types";
import { makeFinding, money, type Rule } from "./ruleKit";

/** The variance column against amended budget − actual on every line and total. */
export const variance: Rule = {
  id: "variance",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      for (const row of amountRows(table)) {
        const v = row.amounts.variance;
        const b = row.amounts.amended?.cents;
        const a = row.amounts.actual?.cents;
        if (!v || v.cents === null || b == null || a == null) continue;
        const expected = table.varianceSign * (b - a);
        const diff = v.cents - expected;
        if (diff === 0) continue;
        const unit = v.formula ? 1 : table.unitCents;
        const bound = roundingBound(2, unit, model.settings);
        const params = {
          formula: msg(model.lang, table.varianceSign === 1 ? "formula.variance" : "formula.variance-reversed"),
          expected: money(model, table, expected),
          actual: money(model, table, v.cents),
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
            actual: v.cents,
            related: [row.amounts.amended!, row.amounts.actual!].map((c) => sheetCell(table.sheet, row.row, c.col)),
          }),
        );
      }
    }
    return out;
  },
};
