import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/** A total row with no label at all (programme 7 in the seed): read as a total, and said so. */
export const unlabelledTotal: Rule = {
  id: "structure.unlabelled-total",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      // In row order, as the set was filled.
      for (const i of table.rows.unlabelled) {
        const code = table.rows.code[i];
        out.push(
          makeFinding(model, {
            rule: "structure.unlabelled-total",
            table,
            row: table.rows.row[i],
            col: table.labelCol,
            code,
            params: { code: code ?? "" },
          }),
        );
      }
    }
    return out;
  },
};
