import { columnLetters, parseA1 } from "../address";
import type { TableOverride } from "../settings";
import { fold } from "../text";
import type { ColumnRole, MeasureRole, TableColumn } from "../types";
import { MEASURE_ROLES } from "../types";
import { classifyHeader } from "./classifyHeader";
import type { HeaderColumn } from "./findHeaders";

const BUDGETS: ReadonlySet<ColumnRole> = new Set(["amended", "original", "budget"]);

export function isMeasure(role: ColumnRole): role is MeasureRole {
  return (MEASURE_ROLES as readonly string[]).includes(role);
}

/**
 * The series a column belongs to: its kind (lasten, baten, saldo), its period (year to date,
 * December) and its fund, where the header names them. Roles are told apart within a series:
 * the actuals of "Dec" and "YTD" are each their series' actual.
 */
export function seriesKey(c: TableColumn): string {
  return `${c.kind ?? ""}|${c.period ?? ""}|${fundOf(c)}`;
}

/** The fund a column's group names ("General Fund"), or "" (see `markFunds`). */
export function fundOf(c: TableColumn): string {
  return c.fund ?? "";
}

/**
 * A group over several columns that names no scenario, year, kind or period, and does not make
 * their role ("Primitieve" over "begroting 2024" does): a fund, or another part of the
 * organisation, whose columns are compared among themselves.
 */
function markFunds(all: TableColumn[], columns: Map<number, HeaderColumn>): void {
  const shared = new Map<string, number>();
  for (const c of all) if (c.group) shared.set(fold(c.group), (shared.get(fold(c.group)) ?? 0) + 1);
  for (const c of all) {
    if (!c.group || (shared.get(fold(c.group)) ?? 0) < 2) continue;
    const m = classifyHeader(c.group);
    if (m.role !== null || m.year !== undefined || m.kind !== undefined || m.period !== undefined) continue;
    const measure = columns.get(c.col)?.measure ?? "";
    if (classifyHeader(measure).role !== c.role) continue;
    c.fund = fold(c.group);
  }
}

/**
 * Stage 1 of reading a table, continued: each header column's role. Years tell this year's actuals
 * from last year's; a budget not called original or amended is the amended one where the series
 * has none; budgets of later years than any actual are budgets of their own year. No column is
 * dropped: every one keeps a role.
 */
export function resolveRoles(columns: Map<number, HeaderColumn>): TableColumn[] {
  const all: TableColumn[] = [...columns.entries()]
    .sort((a, b) => a[0] - b[0])
    .filter(([, m]) => m.role !== null)
    .map(([col, m]) => {
      const c: TableColumn = { col, role: m.role!, header: m.text };
      if (m.year !== undefined) c.year = m.year;
      if (m.group) c.group = m.group;
      if (m.kind !== undefined) c.kind = m.kind;
      if (m.period !== undefined) c.period = m.period;
      return c;
    });
  markFunds(all, columns);
  spendingAsActual(all);
  const bySeries = new Map<string, TableColumn[]>();
  for (const c of all) {
    if (!isMeasure(c.role)) continue;
    const key = seriesKey(c);
    const list = bySeries.get(key) ?? [];
    list.push(c);
    bySeries.set(key, list);
  }
  for (const series of bySeries.values()) resolveSeries(series);
  return all;
}

/**
 * "Budget | Expenditure | Variance": expenditure beside a budget is what was spent, the actual of
 * the budget's series, not a kind of its own.
 */
function spendingAsActual(all: TableColumn[]): void {
  const plainBudget = all.some((c) => BUDGETS.has(c.role) && c.kind === undefined);
  const plainActual = all.some((c) => c.role === "actual" && c.kind === undefined);
  if (!plainBudget || plainActual) return;
  for (const c of all) {
    if (
      c.role === "amount" &&
      c.kind === "lasten" &&
      !c.group &&
      /expenditure|uitgaven|spent|spending|besteed/i.test(c.header)
    ) {
      c.role = "actual";
      delete c.kind;
    }
  }
}

function resolveSeries(series: TableColumn[]): void {
  const actuals = series.filter((c) => c.role === "actual");
  const latestActual = actuals.length ? Math.max(...actuals.map((c) => c.year ?? 0)) : 0;
  const budgets = series.filter((c) => BUDGETS.has(c.role));
  const budgetYears = new Set(budgets.map((c) => c.year ?? 0));
  // A budget for a later year than any actual ("Begroting 2025" beside "Realisatie 2024", or a
  // budget beside last year's accounts) is that year's budget, not the one the actuals are
  // measured against.
  const future = (c: TableColumn) => latestActual > 0 && (c.year ?? 0) > latestActual;
  // Budgets of several years and none of the actuals' ("Begroting 2017" … "Begroting 2021"): each
  // is its year's budget, none the amended budget of another.
  const multiYear =
    budgetYears.size > 1 && !budgets.some((c) => (c.year ?? 0) === latestActual && latestActual > 0);
  const current = budgets.filter((c) => !future(c));
  const budgetYear = current.length ? Math.max(...current.map((c) => c.year ?? 0)) : 0;
  const hasAmended = series.some((c) => c.role === "amended" && !future(c));
  const hasOriginal = series.some((c) => c.role === "original" && !future(c));
  let tookAmended = false;
  let tookOriginal = false;
  for (const c of series) {
    if (c.role === "actual") {
      const year = c.year ?? 0;
      const earlier =
        actuals.length > 1 ? year < latestActual : budgetYear > 0 && year > 0 && year < budgetYear;
      if (earlier) c.role = "priorActual";
    } else if (BUDGETS.has(c.role) && (future(c) || (multiYear && c.role === "budget"))) {
      c.role = "budget";
    } else if (c.role === "budget") {
      if (!hasAmended && !tookAmended) {
        c.role = "amended";
        tookAmended = true;
      } else if (!hasOriginal && !tookOriginal) {
        c.role = "original";
        tookOriginal = true;
      }
    }
  }
}

/** The user's corrections: a role per column letter, "ignore" to leave a column out. */
export function applyColumnOverride(
  columns: TableColumn[],
  override: TableOverride | undefined,
): TableColumn[] {
  if (!override?.columns) return columns;
  const byLetter = new Map(Object.entries(override.columns).map(([k, v]) => [k.toUpperCase(), v]));
  const out: TableColumn[] = [];
  const seen = new Set<number>();
  for (const c of columns) {
    seen.add(c.col);
    const role = byLetter.get(columnLetters(c.col));
    if (role === "ignore") continue;
    out.push(role ? { ...c, role } : c);
  }
  for (const [letter, role] of byLetter) {
    const pos = parseA1(`${letter}1`);
    if (!pos || seen.has(pos.col) || role === "ignore") continue;
    out.push({ col: pos.col, role, header: "" });
  }
  // An overridden role wins: another column of the same series that still claims it gives it up.
  const claimed = new Map<string, number>();
  const key = (c: TableColumn) => `${c.role}@${seriesKey(c)}`;
  for (const c of out) if (byLetter.get(columnLetters(c.col))) claimed.set(key(c), c.col);
  return out
    .filter((c) => !claimed.has(key(c)) || claimed.get(key(c)) === c.col)
    .sort((a, b) => a.col - b.col);
}
