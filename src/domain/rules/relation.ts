import { relationFindings } from "./relationFindings";
import type { Rule } from "./ruleKit";

/**
 * The other relations between columns that a table's rows confirm: a saldo of its baten and
 * lasten, an amended budget of the original and its amendments, a percentage of two columns, a
 * column of totals across the row.
 */
export const relation: Rule = {
  id: "relation",
  check(model) {
    return relationFindings(model, ["saldo", "amended", "percent", "total"], {
      mismatch: "relation.mismatch",
      rounding: "relation.rounding",
    });
  },
};
