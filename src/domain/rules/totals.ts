import { sheetCell } from "../address";
import { amountRolesOf, roundingBound } from "../model";
import type { Finding } from "../types";
import { columnName, makeFinding, money, type Rule } from "./ruleKit";

const UNUSABLE = new Set(["invalid", "uncalculated"]);

/** Every total (and every line with lines below it) against the sum of its rows, in each amount column. */
export const totals: Rule = {
  id: "total",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      const roles = amountRolesOf(table);
      for (const row of table.rows) {
        if (!row.children || row.children.length === 0) continue;
        const children = row.children.map((i) => table.rows[i]);
        for (const role of roles) {
          const total = row.amounts[role];
          if (!total || UNUSABLE.has(total.state)) continue;
          // One pass: the sum, and whether a figure we cannot read makes the sum a guess (the
          // value rule reports that figure).
          let sum = 0;
          let filled = 0;
          let unusable = false;
          for (const c of children) {
            const cell = c.amounts[role];
            if (!cell) continue;
            if (UNUSABLE.has(cell.state)) unusable = true;
            else if (cell.cents !== null) {
              sum += cell.cents;
              filled++;
            }
          }
          if (unusable) continue;
          if (total.cents !== null && total.cents === sum) continue;
          if (total.cents === null && sum === 0) continue;
          const base = {
            table,
            row: row.row,
            col: total.col,
            column: role,
            code: row.code,
            related: children
              .filter((c) => c.amounts[role]?.cents != null)
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
          const typedCents = unit === 1 && !total.formula && children.every((c) => !c.amounts[role]?.formula);
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
