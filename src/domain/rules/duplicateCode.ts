import { sheetCell, toA1 } from "../address";
import type { Finding, TableRow } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/** The same code twice among a table's lines (or twice among its totals). */
export const duplicateCode: Rule = {
  id: "structure.duplicate-code",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      const seen = new Map<string, TableRow>();
      for (const row of table.rows) {
        if (row.code === null || row.codeInferred || row.kind === "blank") continue;
        // A group heading "1. Ruimte" and its "Totaal 1." share a code by design.
        const key = `${row.kind === "total" ? "T" : "L"}:${row.code}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, row);
          continue;
        }
        out.push(
          makeFinding(model, {
            rule: "structure.duplicate-code",
            table,
            row: row.row,
            col: row.labelCol,
            code: row.code,
            related: [sheetCell(table.sheet, first.row, first.labelCol)],
            params: { code: row.code, other: toA1(first.row, first.labelCol) },
          }),
        );
      }
    }
    return out;
  },
};
