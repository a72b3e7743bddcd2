import { sheetCell } from "../address";
import { amountAt, amountRolesOf, roundingBound } from "../model";
import type { AmountState, Finding } from "../types";
import { columnName, makeFinding, money, type Rule } from "./ruleKit";

/** Every total (and every line with lines below it) against the sum of its rows, in each amount column. */
export const totals: Rule = {
  id: "total",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      const roles = amountRolesOf(table);
      for (const p of table.parents) {
        const row = table.rows[p];
        const childIndices = row.children!;
        for (const role of roles) {
          const column = table.amounts[role]!;
          if (unusable(column.states[row.index])) continue;
          // One pass: the sum, and whether a figure we cannot read makes the sum a guess (the
          // value rule reports that figure).
          let sum = 0;
          let filled = 0;
          let guess = false;
          for (const i of childIndices) {
            if (unusable(column.states[i])) guess = true;
            else if (!Number.isNaN(column.cents[i])) {
              sum += column.cents[i];
              filled++;
            }
          }
          if (guess) continue;
          const stated = column.cents[row.index];
          if (stated === sum || (Number.isNaN(stated) && sum === 0)) continue;
          const total = amountAt(table, row, role)!;
          const children = childIndices.map((i) => table.rows[i]);
          const base = {
            table,
            row: row.row,
            col: total.col,
            column: role,
            code: row.code,
            related: children
              .filter((c) => !Number.isNaN(column.cents[c.index]))
              .map((c) => sheetCell(table.sheet, c.row, total.col)),
          };
          const params = { column: columnName(model, role), expected: money(model, table, sum) };
          if (total.cents === null) {
            out.push(
              makeFinding(model, {
                ...base,
                rule: "total.mismatch",
                messageKey: "total.missing-amount",
                params,
                expected: sum,
              }),
            );
            continue;
          }
          const diff = total.cents - sum;
          // A formula total holds the exact sum, so only cents of rounding can separate it from its
          // rows. Figures typed to the cent are not rounded at all: they must add up exactly.
          const unit = total.formula ? 1 : table.unitCents;
          const typedCents =
            unit === 1 && !total.formula && children.every((c) => !column.formulas.has(c.index));
          const bound = typedCents ? 0 : roundingBound(filled, unit, model.settings);
          const text = {
            ...params,
            actual: money(model, table, total.cents),
            difference: money(model, table, diff),
            bound: money(model, table, bound),
          };
          const rule = Math.abs(diff) <= bound ? "total.rounding" : "total.mismatch";
          out.push(makeFinding(model, { ...base, rule, params: text, expected: sum, actual: total.cents }));
        }
      }
    }
    return out;
  },
};

/** A cell whose figure cannot be read: the sum around it would be a guess. */
function unusable(state: AmountState): boolean {
  return state === "invalid" || state === "uncalculated";
}
