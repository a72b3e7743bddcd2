import { parseA1 } from "../address";
import type { Contribution, ContributionRow } from "../contribution/computeContribution";
import type { ProvinceColumnRole, ProvinceTable, StatedFigure } from "../contribution/readProvinceTable";
import { formatMoney } from "../format";
import type { CheckModel } from "../model";
import { msg } from "../messages/catalogue";
import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

type Checked = Exclude<ProvinceColumnRole, "key">;

/**
 * Where the workbook already holds the contribution per province, each figure is held against the
 * calculation: a difference the table's own rounding explains is none, one unit more is a
 * rounding difference (another way of rounding the split), anything beyond is an error.
 */
export const contributionCheck: Rule = {
  id: "contribution",
  check(model) {
    const part = model.annual.contribution;
    if (!part?.result) return [];
    const { table, result } = part;
    const out: Finding[] = [];
    const roles: Checked[] = ["refund", "accounts"];
    // The table's own budgets are the input; budgets it derives from the key are checked too.
    if (result.budget.from === "source") roles.unshift("budget");
    for (const role of roles) {
      if (table.columns[role] === undefined) continue;
      const sign = role === "refund" ? refundSign(table, result) : 1;
      table.rows.forEach((row, i) => {
        const stated = row.figures[role];
        if (!stated || stated.value === null) return;
        const f = compare(model, table, result, role, stated, sign, result.rows[i][role], 1, row.province);
        if (f) out.push(f);
      });
      const stated = table.total?.figures[role];
      if (stated && stated.value !== null) {
        const province = msg(model.lang, "contribution.total");
        const bound = Math.floor((table.rows.length + 1) / 2);
        const f = compare(model, table, result, role, stated, sign, result.total[role], bound, province);
        if (f) out.push(f);
      }
    }
    return out;
  },
};

/** The sign the table states refunds with: as returned (+) or as a reduction of the contribution (−). */
function refundSign(table: ProvinceTable, result: Contribution): 1 | -1 {
  let same = 0;
  let opposite = 0;
  table.rows.forEach((row, i) => {
    const stated = row.figures.refund?.value;
    const calc = result.rows[i].refund;
    if (!stated || !calc) return;
    if (Math.sign(stated) === Math.sign(calc)) same++;
    else opposite++;
  });
  return opposite > same ? -1 : 1;
}

function compare(
  model: CheckModel,
  table: ProvinceTable,
  result: Contribution,
  role: Checked,
  stated: StatedFigure,
  sign: 1 | -1,
  calculated: ContributionRow[Checked],
  roundingUnits: number,
  province: string,
): Finding | null {
  const actual = stated.value! * sign;
  const difference = Math.abs(actual - calculated);
  const unit = Math.max(table.unit, result.unit);
  // A figure the table rounds coarser than the calculation: half its unit is no difference.
  if (difference * 2 <= (table.unit > result.unit ? table.unit : 0)) return null;
  const rounding = difference <= roundingUnits * unit;
  const at = parseA1(stated.cell)!;
  const amount = (c: number) => formatMoney(c, result.currency, model.lang);
  return makeFinding(model, {
    rule: rounding ? "contribution.rounding" : "contribution.mismatch",
    table: { sheet: table.sheet, rowName: province, columnName: msg(model.lang, `contribution.${role}`) },
    row: at.row,
    col: at.col,
    expected: calculated * sign,
    actual: stated.value!,
    params: {
      what: msg(model.lang, `contribution.${role}`),
      province,
      expected: amount(calculated * sign),
      actual: amount(stated.value!),
      difference: amount(stated.value! - calculated * sign),
    },
  });
}
