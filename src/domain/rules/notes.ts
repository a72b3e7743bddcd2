import { formatMoney } from "../format";
import { centsAt } from "../model";
import type { Finding } from "../types";
import { makeFinding, money, type Rule } from "./ruleKit";
import { needsNote } from "../variances";

/**
 * A variance above the note rule needs an explanation: in the row's own note column or in an
 * explanation table under the same code. Explanation tables' own rows need their note text too.
 */
export const notes: Rule = {
  id: "note.missing",
  check(model) {
    const out: Finding[] = [];
    const thresholdCents = Math.round(model.settings.noteThreshold * 100);
    for (const tv of model.analysis.tables) {
      const table = tv.table;
      const threshold = formatMoney(thresholdCents, table.currency, model.lang);
      for (let i = 0; i < tv.noteRequired.length; i++) {
        if (tv.noteRequired[i] === 0) continue;
        // A note of the row's own or from an explanation table: explained.
        if (tv.notes.has(i)) continue;
        const col = table.noteCol ?? table.amounts.variance?.col ?? table.labelCol;
        out.push(
          makeFinding(model, {
            rule: "note.missing",
            table,
            row: table.rows.row[i],
            col,
            code: table.rows.code[i],
            // Quote the variance as the workbook states it, where it does; else amended − actual.
            params: {
              variance: money(
                model,
                table,
                Math.abs(
                  centsAt(table, i, "variance") ??
                    centsAt(table, i, "amended")! - centsAt(table, i, "actual")!,
                ),
              ),
              threshold,
            },
          }),
        );
      }
    }
    for (const table of model.tables) {
      if (table.kind !== "explanation") continue;
      const threshold = formatMoney(thresholdCents, table.currency, model.lang);
      const rows = table.rows;
      for (let i = 0; i < rows.length; i++) {
        const cents = centsAt(table, i, "variance");
        if (rows.kind[i] !== "line" || cents === null || rows.note[i]) continue;
        if (!needsNote(cents, null, model.settings)) continue;
        out.push(
          makeFinding(model, {
            rule: "note.missing",
            table,
            row: rows.row[i],
            col: table.noteCol ?? table.amounts.variance!.col,
            code: rows.code[i],
            params: { variance: money(model, table, Math.abs(cents)), threshold },
          }),
        );
      }
    }
    return out;
  },
};
