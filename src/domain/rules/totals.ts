import { sheetCell } from "../address";
import { cellOf, mixedRoundingBound } from "../model";
import type { AmountState, Finding } from "../types";
import { columnName, makeFinding, money, type Rule } from "./ruleKit";

/**
 * Every total (and every line with lines below it) against the rows it adds up, in each amount
 * column that adds up: `Σ children − Σ minus` (a saldo subtracts). Which rows a total adds up was
 * read from the table's structure and confirmed by its figures (linkTotals).
 */
export const totals: Rule = {
  id: "total",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      for (const p of table.parents) {
        const plusRows = table.rows.children[p]!;
        const minusRows = table.rows.minus[p] ?? [];
        const isTotal = table.rows.kind[p] === "total";
        for (const column of table.amountColumns) {
          if (!column.additive || unusable(column.states[p])) continue;
          // One pass: the sum, and whether a figure we cannot read makes the sum a guess (the
          // value rule reports that figure).
          let sum = 0;
          let guess = false;
          const units: number[] = [];
          const addUp = (rows: readonly number[], sign: number) => {
            for (const i of rows) {
              if (unusable(column.states[i])) guess = true;
              else if (!Number.isNaN(column.cents[i])) {
                sum += sign * column.cents[i];
                units.push(table.rows.kind[i] === "total" ? column.totalUnit : column.unit);
              }
            }
          };
          addUp(plusRows, 1);
          addUp(minusRows, -1);
          if (guess) continue;
          let stated: number = column.cents[p];
          // A saldo's variance may add where its figures subtract (see linkTotals).
          if (minusRows.length > 0 && column.role === "variance" && stated !== sum) {
            const added = sum + 2 * minusSum(column.cents, minusRows);
            if (added === stated) continue;
            if (Math.abs(stated - added) < Math.abs(stated - sum)) sum = added;
          }
          if (stated === sum || (Number.isNaN(stated) && sum === 0)) continue;
          const total = cellOf(column, p);
          const base = {
            table,
            row: table.rows.row[p],
            col: total.col,
            column: column.role,
            code: table.rows.code[p],
            related: [...plusRows, ...minusRows]
              .filter((i) => !Number.isNaN(column.cents[i]))
              .map((i) => sheetCell(table.sheet, table.rows.row[i], total.col)),
          };
          const params = { column: columnName(model, table, column), expected: money(model, table, sum) };
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
          stated = total.cents;
          const diff = stated - sum;
          // A formula total holds the exact sum, so only cents of rounding can separate it from its
          // rows. Figures typed to the cent are not rounded at all: they must add up exactly.
          const ownUnit = total.formula ? 1 : isTotal ? column.totalUnit : column.unit;
          const exact = total.formula !== null || (column.unit === 1 && column.totalUnit === 1);
          const typedCents =
            column.unit === 1 &&
            !total.formula &&
            [...plusRows, ...minusRows].every((i) => !column.formulas.has(i));
          const bound = typedCents
            ? 0
            : exact
              ? mixedRoundingBound([1, ...units.map(() => 1)], model.settings)
              : mixedRoundingBound([ownUnit, ...units], model.settings);
          const text = {
            ...params,
            actual: money(model, table, stated),
            difference: money(model, table, diff),
            bound: money(model, table, bound),
          };
          const rule = Math.abs(diff) <= bound ? "total.rounding" : "total.mismatch";
          out.push(makeFinding(model, { ...base, rule, params: text, expected: sum, actual: stated }));
        }
      }
    }
    return out;
  },
};

function minusSum(cents: readonly number[], rows: readonly number[]): number {
  let s = 0;
  for (const i of rows) if (!Number.isNaN(cents[i])) s += cents[i];
  return s;
}

/** A cell whose figure cannot be read: the sum around it would be a guess. */
function unusable(state: AmountState): boolean {
  return state === "invalid" || state === "uncalculated";
}
