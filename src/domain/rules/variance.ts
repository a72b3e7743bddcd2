import { relationFindings } from "./relationFindings";
import type { Rule } from "./ruleKit";

/**
 * Every variance column against the relation its rows confirm: budget − actual, actual − budget,
 * or one budget against another, learnt per table (and per kind of row), on every line and total.
 */
export const variance: Rule = {
  id: "variance",
  check(model) {
    return relationFindings(model, ["variance"], {
      mismatch: "variance.mismatch",
      rounding: "variance.rounding",
    });
  },
};
