import { formatCents } from "../format";
import { centsAt, rowAt } from "../model";
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
    const tables = new Map(model.tables.map((t) => [t.id, t]));
    for (const v of model.variances) {
      if (!v.noteRequired || (v.note && v.note.source !== "draft")) continue;
      const table = tables.get(v.tableId)!;
      const row = rowAt(table, v.row)!;
      const col = row.noteCol ?? table.amounts.variance?.col ?? row.labelCol;
      out.push(
        makeFinding(model, {
          rule: "note.missing",
          table,
          row: row.row,
          col,
          code: row.code,
          // Quote the variance as the workbook states it, where it does.
          params: {
            variance: money(
              model,
              table,
              Math.abs(centsAt(table, row, "variance") ?? Math.round((v.variance * 100) / table.scale)),
            ),
            threshold,
          },
        }),
      );
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
