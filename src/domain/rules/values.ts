import { msg } from "../messages/catalogue";
import { cellOf } from "../model";
import type { Finding } from "../types";
import { makeFinding, money, type Rule } from "./ruleKit";

/** Amounts stored as text (read, and said so), cells that hold no amount, formulas never calculated. */
export const values: Rule = {
  id: "value",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      for (const column of table.amountColumns) {
        const states = column.states;
        for (let i = 0; i < states.length; i++) {
          if (states[i] === "empty" || states[i] === "number") continue;
          const cell = cellOf(column, i);
          // An error value in a percentage (#DIV/0! on an empty row) is no figure missing from a sum.
          if (column.role === "percent" && cell.state !== "text") continue;
          const base = {
            table,
            row: table.rows.row[i],
            col: cell.col,
            code: table.rows.code[i],
            column: column.role,
          };
          if (cell.state === "text") {
            out.push(
              makeFinding(model, {
                ...base,
                rule: "value.text-number",
                params: { text: String(cell.raw), amount: money(model, table, cell.cents!) },
              }),
            );
          } else if (cell.state === "uncalculated") {
            out.push(makeFinding(model, { ...base, rule: "value.uncalculated" }));
          } else {
            const raw = cell.raw;
            const text = raw !== null && typeof raw === "object" && "error" in raw ? raw.error : String(raw);
            const reason = msg(model.lang, `reason.${cell.invalidReason ?? "text"}`, { text });
            out.push(
              makeFinding(model, {
                ...base,
                rule: "value.invalid",
                params: { reason: cell.invalidReason === "text" ? `${reason} "${text}"` : reason },
              }),
            );
          }
        }
      }
    }
    return out;
  },
};
