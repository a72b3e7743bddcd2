import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/** A total row with no label at all (programme 7 in the seed): read as a total, and said so. */
export const unlabelledTotal: Rule = {
  id: "structure.unlabelled-total",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      for (const row of table.rows) {
        if (!row.unlabelled) continue;
        out.push(
          makeFinding(model, {
            rule: "structure.unlabelled-total",
            table,
            row: row.row,
            col: row.labelCol,
            code: row.code,
            params: { code: row.code ?? "" },
          }),
        );
      }
    }
    return out;
  },
};
