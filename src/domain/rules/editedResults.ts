import { msg } from "../messages/catalogue";
import { regionBounds } from "../ownership";
import { toA1 } from "../address";
import type { Finding } from "../types";
import { SEVERITY, type Rule } from "./ruleKit";

/**
 * Cells an earlier run wrote that the user edited since are kept as the user's: says so, at the
 * first cell of the range (or A1 of an edited result sheet), so that nobody wonders why they stay.
 */
export const editedResults: Rule = {
  id: "results.edited",
  check(model) {
    return model.edited.map((r): Finding => {
      const bounds = r.range ? regionBounds(r.range) : null;
      const what = bounds
        ? msg(model.lang, "results.edited.region", { range: `${r.sheet}!${r.range}` })
        : msg(model.lang, "results.edited.sheet", { sheet: r.sheet });
      return {
        rule: "results.edited",
        severity: SEVERITY["results.edited"],
        sheet: r.sheet,
        cell: bounds ? toA1(bounds.r1, bounds.c1) : "A1",
        message: msg(model.lang, "results.edited", { what }),
      };
    });
  },
};
