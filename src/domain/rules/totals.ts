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
        const childIndices = table.rows.children[p]!;
        for (const role of roles) {
          const column = table.amounts[role]!;
          if (unusable(column.states[p])) continue;
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
          const stated = column.cents[p];
          if (stated === sum || (Number.isNaN(stated) && sum === 0)) continue;
          const total = amountAt(table, p, role)!;
          const base = {
            table,
            row: table.rows.row[p],
            col: total.col,
            column: role,
            code: table.rows.code[p],
            related: childIndices
              .filter((i) => !Number.isNaN(column.cents[i]))
              .map((i) => sheetCell(table.sheet, table.rows.row[i], total.col)),
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
          const unit = total.formula ? 1 : column.unitCents;
          const typedCents =
            unit === 1 && !total.formula && childIndices.every((i) => !column.formulas.has(i));
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
