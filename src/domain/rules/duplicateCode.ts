import { sheetCell, toA1 } from "../address";
import type { Occurrence } from "../codeIndex";
import type { Finding, Table } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/** The same code twice among a table's lines (or twice among its totals). */
export const duplicateCode: Rule = {
  id: "structure.duplicate-code",
  check(model) {
    const out: Finding[] = [];
    // Only a code that stands more than once anywhere can stand twice in one table.
    for (const [code, all] of model.codes.repeated) {
      // A group heading "1. Ruimte" and its "Totaal 1." share a code by design: lines and totals apart.
      // Keyed by the table itself: two tables may share an id when an override moves one over the other.
      const seen = new Map<Table, Map<string, Occurrence>>();
      for (const use of all) {
        const { table, index } = use;
        if (table.rows.codeInferred.has(index)) continue;
        // Lasten, Baten and Saldo rows of one programme share its code, one row of each kind.
        const key = `${table.rows.kind[index] === "total" ? "T" : "L"}${table.rows.rowKind[index] ?? ""}`;
        const inTable = seen.get(table) ?? new Map<string, Occurrence>();
        seen.set(table, inTable);
        const first = inTable.get(key);
        if (!first) {
          inTable.set(key, use);
          continue;
        }
        out.push(
          makeFinding(model, {
            rule: "structure.duplicate-code",
            table,
            row: table.rows.row[index],
            col: table.labelCol,
            code,
            related: [sheetCell(table.sheet, table.rows.row[first.index], table.labelCol)],
            params: { code, other: toA1(table.rows.row[first.index], table.labelCol) },
          }),
        );
      }
    }
    return out;
  },
};
