import { sheetCell } from "../address";
import { cellOf, mixedRoundingBound } from "../model";
import type { Settings } from "../settings";
import type { AmountColumn, AmountState, Finding, Table } from "../types";
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
          // A total over a wrong subtotal that still adds up its lines is right: the subtotal is
          // wrong, and reported there.
          if (Math.abs(diff) > bound && addsUpItsLines(table, column, p, stated, model.settings)) continue;
          const rule = Math.abs(diff) <= bound ? "total.rounding" : "total.mismatch";
          out.push(makeFinding(model, { ...base, rule, params: text, expected: sum, actual: stated }));
        }
      }
    }
    return out;
  },
};

/**
 * Whether a total equals its lines through its subtotals (each subtotal read as the rows it adds
 * up), within their rounding; false where it has no subtotal to read through.
 */
function addsUpItsLines(
  table: Table,
  column: AmountColumn,
  p: number,
  stated: number,
  settings: Settings,
): boolean {
  let throughSubtotal = false;
  let sum = 0;
  const units: number[] = [column.totalUnit];
  const add = (i: number, sign: number): boolean => {
    const children = table.rows.children[i];
    if (children && children.length > 0 && i !== p) {
      throughSubtotal = true;
      for (const j of children) if (!add(j, sign)) return false;
      for (const j of table.rows.minus[i] ?? []) if (!add(j, -sign)) return false;
      return true;
    }
    const state = column.states[i];
    if (state === "invalid" || state === "uncalculated") return false;
    if (!Number.isNaN(column.cents[i])) {
      sum += sign * column.cents[i];
      units.push(column.unit);
    }
    return true;
  };
  for (const j of table.rows.children[p] ?? []) if (!add(j, 1)) return false;
  for (const j of table.rows.minus[p] ?? []) if (!add(j, -1)) return false;
  return throughSubtotal && Math.abs(stated - sum) <= mixedRoundingBound(units, settings);
}

function minusSum(cents: readonly number[], rows: readonly number[]): number {
  let s = 0;
  for (const i of rows) if (!Number.isNaN(cents[i])) s += cents[i];
  return s;
}

/** A cell whose figure cannot be read: the sum around it would be a guess. */
function unusable(state: AmountState): boolean {
  return state === "invalid" || state === "uncalculated";
}
