import { cellOf } from "../model";
import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/**
 * A total typed in as a number in a table that otherwise calculates: it will not follow when a
 * line changes. Tables of typed-in figures (copied from a report) are left alone.
 */
export const hardcodedTotal: Rule = {
  id: "formula.hardcoded-total",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      const live = table.amountColumns.some((column) => column.formulas.size > 0);
      if (!live) continue;
      for (const p of table.parents) {
        for (const column of table.amountColumns) {
          if (!column.additive) continue;
          const cell = cellOf(column, p);
          if (cell.formula || cell.cents === null) continue;
          out.push(
            makeFinding(model, {
              rule: "formula.hardcoded-total",
              table,
              row: table.rows.row[p],
              col: cell.col,
              code: table.rows.code[p],
              column: column.role,
            }),
          );
        }
      }
    }
    return out;
  },
};
