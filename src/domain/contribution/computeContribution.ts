import type { Currency } from "../types";
import { largestRemainder } from "./largestRemainder";
import type { Province } from "./provinces";
import type { ProvinceTable } from "./readProvinceTable";
import type { AmountSource } from "./resultSource";

/** One province's line of Bijlage 1, amounts in cents. */
export interface ContributionRow {
  province: Province;
  /** A1 of the province's name in the workbook's table. */
  cell: string;
  /** Its share of the total, as a fraction (0,0835 for 8,35%). */
  share: number;
  budget: number;
  /** Its share of the result: positive is returned (a surplus), negative is charged (a deficit). */
  refund: number;
  /** The contribution on the basis of the accounts: budget − refund. */
  accounts: number;
}

/** Bijlage 1, worked out: the contribution per province on the basis of the accounts. */
export interface Contribution {
  sheet: string;
  rows: ContributionRow[];
  total: { budget: number; refund: number; accounts: number };
  result: AmountSource;
  /** Where the budgeted contributions come from: the table's own amounts, or a total split by the key. */
  budget: { from: "table" } | { from: "source"; source: AmountSource };
  /** The unit the split is made in, in cents: the finest the figures it starts from are stated in. */
  unit: number;
  currency: Currency | null;
}

/** Keys are read to a billionth: weights stay whole numbers, and 8,3517% keeps every decimal. */
const KEY_SCALE = 1e9;

/**
 * Works out the contribution per province: the budgeted contribution (the table's own, or the
 * budget total split by the key), the share of the result (returned when it is a surplus, charged
 * when it is a deficit) and the contribution on the accounts. Every split is by the largest
 * remainder in the finest unit its figures are stated in, so that the rows add up to the totals
 * exactly. Null when the table gives no usable key or budget, or no budget total is known.
 */
export function computeContribution(
  table: ProvinceTable,
  result: AmountSource,
  budgetTotal: AmountSource | null,
): Contribution | null {
  const ownBudgets = table.rows.map((r) => r.figures.budget?.value ?? null);
  const hasOwnBudgets = table.columns.budget !== undefined && ownBudgets.every((b) => b !== null && b >= 0);
  const weights = weightsOf(table, hasOwnBudgets ? (ownBudgets as number[]) : null);
  if (!weights) return null;
  if (!hasOwnBudgets && !budgetTotal) return null;
  const unit = Math.min(
    result.unit,
    hasOwnBudgets ? table.unit : budgetTotal!.unit,
    ...(table.columns.refund !== undefined || table.columns.accounts !== undefined ? [table.unit] : []),
  );
  const budgets = hasOwnBudgets
    ? (ownBudgets as number[])
    : largestRemainder(budgetTotal!.cents / unit, weights).map((u) => u * unit);
  const refunds = largestRemainder(result.cents / unit, weights).map((u) => u * unit);
  const weightSum = weights.reduce((a, w) => a + w, 0);
  const rows = table.rows.map((r, i): ContributionRow => ({
    province: r.province,
    cell: r.cell,
    share: weights[i] / weightSum,
    budget: budgets[i],
    refund: refunds[i],
    accounts: budgets[i] - refunds[i],
  }));
  const sum = (pick: (r: ContributionRow) => number) => rows.reduce((a, r) => a + pick(r), 0);
  return {
    sheet: table.sheet,
    rows,
    total: { budget: sum((r) => r.budget), refund: sum((r) => r.refund), accounts: sum((r) => r.accounts) },
    result,
    budget: hasOwnBudgets ? { from: "table" } : { from: "source", source: budgetTotal! },
    unit,
    currency: result.currency,
  };
}

/** Whole-number weights: the key to a billionth, or the budgeted amounts themselves. Null when unusable. */
export function weightsOf(table: ProvinceTable, budgets: number[] | null): number[] | null {
  const keys = table.rows.map((r) => r.figures.key?.value ?? null);
  const weights =
    table.columns.key !== undefined && keys.every((k) => k !== null)
      ? keys.map((k) => Math.round(k! * KEY_SCALE))
      : budgets;
  if (!weights || weights.some((w) => !Number.isSafeInteger(w) || w < 0)) return null;
  return weights.reduce((a, w) => a + w, 0) > 0 ? weights : null;
}
