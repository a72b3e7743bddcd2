import { formatMoney } from "../format";
import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";
import { parseA1 } from "../address";

const MAX_RELATED = 25;

/**
 * The largest overspends, in their own order, no more than a reader can follow: the sheet
 * Overschrijdingen lists them all.
 */
function largest<T extends { uncovered: number }>(counted: T[]): T[] {
  if (counted.length <= MAX_RELATED) return counted;
  const kept = new Set([...counted].sort((a, b) => b.uncovered - a.uncovered).slice(0, MAX_RELATED));
  return counted.filter((x) => kept.has(x));
}

/**
 * The lasten above budget that no higher income pays for, together above the verantwoordingsgrens:
 * candidates for the rechtmatigheidsverantwoording that the auditor will weigh. At the grand
 * total's actual, with every overspend it counts as a related cell.
 */
export const overspendTolerance: Rule = {
  id: "overspend.over-tolerance",
  check(model) {
    const o = model.annual.overspends;
    if (!o.overTolerance || o.tolerance === null) return [];
    const counted = o.countedItems.filter((x) => x.uncovered > 0);
    const at = o.grandTotal ?? { sheet: counted[0].sheet, cell: counted[0].cell };
    const where = parseA1(at.cell)!;
    const amount = (c: number) => formatMoney(c, o.currency, model.lang);
    const finding: Finding = makeFinding(model, {
      rule: "overspend.over-tolerance",
      messageKey:
        o.tolerancePercent === null || o.totalLasten === null
          ? "overspend.over-tolerance.amount"
          : "overspend.over-tolerance",
      table: { sheet: at.sheet },
      row: where.row,
      col: where.col,
      related: largest(counted).map((x) => `${x.sheet}!${x.cell}`),
      expected: o.tolerance,
      actual: o.counted,
      params: {
        counted: amount(o.counted),
        tolerance: amount(o.tolerance),
        percent:
          o.tolerancePercent === null
            ? ""
            : String(o.tolerancePercent).replace(".", model.lang === "nl" ? "," : "."),
        lasten: o.totalLasten === null ? "" : amount(o.totalLasten),
        count: counted.length,
      },
    });
    return [finding];
  },
};
