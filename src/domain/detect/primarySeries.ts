import type { AmountColumn, AmountRole, ColumnKind, ColumnRelation } from "../types";
import { AMOUNT_ROLES } from "../types";
import { seriesKey } from "./columnModel";

/** The columns the variance analysis reads, and which way the table states its variance. */
export interface PrimarySeries {
  byRole: Partial<Record<AmountRole, AmountColumn>>;
  varianceSign: 1 | -1;
  /** The kind of the series chosen (lasten, baten, saldo), where its columns name one. */
  kind: ColumnKind | undefined;
}

const KIND_ORDER: (ColumnKind | undefined)[] = ["lasten", undefined, "saldo", "baten"];

/**
 * Of a table with several groups of columns, the one the variance analysis and the traffic lights
 * read: this year's actuals against their own budget, of the same kind and period. Costs before
 * the net and income; the year to date before a month; never a year-to-date actual against the
 * annual budget, which implies no variance. Other roles fall to their first column, so that an
 * explanation table still has its variance column.
 */
export function primarySeries(
  amounts: readonly AmountColumn[],
  relations: readonly ColumnRelation[],
): PrimarySeries {
  const bySeries = new Map<string, AmountColumn[]>();
  for (const c of amounts) {
    const key = seriesKey(c.column);
    const list = bySeries.get(key) ?? [];
    list.push(c);
    bySeries.set(key, list);
  }
  let best: { cols: AmountColumn[]; actual: AmountColumn; budget: AmountColumn; score: number } | null = null;
  for (const cols of bySeries.values()) {
    const actual = last(cols.filter((c) => c.role === "actual"));
    if (!actual) continue;
    const sameYear = (c: AmountColumn) =>
      (c.column.year ?? 0) === (actual.column.year ?? 0) || !c.column.year || !actual.column.year;
    const budget =
      last(cols.filter((c) => c.role === "amended" && sameYear(c))) ??
      cols.find((c) => c.role === "budget" && sameYear(c)) ??
      cols.find((c) => c.role === "original" && sameYear(c));
    if (!budget) continue;
    const score = KIND_ORDER.indexOf(actual.column.kind) * 10 + periodRank(actual.column.period);
    if (!best || score < best.score) best = { cols, actual, budget, score };
  }
  const byRole: Partial<Record<AmountRole, AmountColumn>> = {};
  let varianceSign: 1 | -1 = 1;
  if (best) {
    byRole.actual = best.actual;
    byRole.amended = best.budget;
    const original = best.cols.find((c) => c.role === "original" && c !== best!.budget);
    if (original) byRole.original = original;
    const prior = best.cols.find((c) => c.role === "priorActual");
    if (prior) byRole.priorActual = prior;
    const relation = relations.find(
      (r) =>
        r.meaning === "variance" &&
        r.confirmed &&
        r.terms.length === 2 &&
        new Set(r.terms.map((t) => t.col)).size === 2 &&
        r.terms.every((t) => t.col === best!.actual.col || t.col === best!.budget.col),
    );
    const variance = relation
      ? amounts.find((c) => c.col === relation.target)
      : amounts.find((c) => c.role === "variance" && seriesKey(c.column) === seriesKey(best!.actual.column));
    if (variance) byRole.variance = variance;
    if (relation) varianceSign = relation.terms.find((t) => t.col === best!.budget.col)!.sign;
  }
  for (const role of AMOUNT_ROLES)
    if (!byRole[role] && !best) byRole[role] = amounts.find((c) => c.role === role);
  for (const role of AMOUNT_ROLES) if (byRole[role] === undefined) delete byRole[role];
  return { byRole, varianceSign, kind: best?.actual.column.kind };
}

function periodRank(period: string | undefined): number {
  if (period === "ytd") return 0;
  if (period === undefined) return 1;
  if (period === "annual") return 2;
  return period.startsWith("q") ? 3 : 4;
}

function last<T>(list: T[]): T | undefined {
  return list[list.length - 1];
}
