import { formatCents } from "../format";
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
    const threshold = formatCents(Math.round(model.settings.noteThreshold * 100), model.lang);
    for (const tv of model.analysis.tables) {
      const table = tv.table;
      for (let i = 0; i < tv.noteRequired.length; i++) {
        if (tv.noteRequired[i] === 0) continue;
        // A note of the row's own or from an explanation table: explained.
        if (tv.notes.has(i)) continue;
        const row = table.rows[i];
        const col = row.noteCol ?? table.amounts.variance?.col ?? row.labelCol;
        out.push(
          makeFinding(model, {
            rule: "note.missing",
            table,
            row: row.row,
            col,
            code: row.code,
            // Quote the variance as the workbook states it, where it does; else amended − actual.
            params: {
              variance: money(
                model,
                table,
                Math.abs(
                  centsAt(table, row, "variance") ??
                    centsAt(table, row, "amended")! - centsAt(table, row, "actual")!,
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
      for (const row of table.rows) {
        const cents = centsAt(table, row, "variance");
        if (row.kind !== "line" || cents === null || row.note) continue;
        if (!needsNote(cents * table.scale, null, model.settings)) continue;
        out.push(
          makeFinding(model, {
            rule: "note.missing",
            table,
            row: row.row,
            col: row.noteCol ?? table.amounts.variance!.col,
            code: row.code,
            params: { variance: money(model, table, Math.abs(cents)), threshold },
          }),
        );
      }
    }
    return out;
  },
};
