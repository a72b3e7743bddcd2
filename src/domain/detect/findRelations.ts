import type { AmountColumn, ColumnRelation, MeasureRole, TableRows } from "../types";
import { fold } from "../text";
import { fundOf } from "./columnModel";

/** A relation to test: its meaning, target, terms, and how plausible the headers make it. */
interface Candidate {
  meaning: ColumnRelation["meaning"];
  target: AmountColumn;
  terms: { column: AmountColumn; sign: 1 | -1 }[];
  /** Lower is what the headers suggest first; ties of evidence go to it. */
  rank: number;
  /** The reading the headers state outright (Verschil = begroting na wijziging − rekening of one year). */
  stated: boolean;
}

const SCRATCH: RelationDifference = { difference: 0, bound: 0, expected: 0, percentUnit: 1 };

const TOTAL_COLUMN = /^(totaal|total|totalen|totals|jaartotaal|year total|totaal jaar|full year|cumulatief)$/;

/** Rows tested to choose between candidates; the one chosen is then tested on every row. */
const SAMPLE_ROWS = 400;
const SCENARIOS: ReadonlySet<MeasureRole> = new Set([
  "actual",
  "priorActual",
  "amended",
  "original",
  "budget",
  "forecast",
  "amount",
]);

/**
 * Stage 3 of reading a table, its columns: the relations between them that the table's own rows
 * confirm. A variance column is budget − actual or actual − budget (or one budget less another);
 * a saldo is baten − lasten, lasten − baten, or their sum where baten are printed negative; an
 * amended budget is the original plus the amendments; a percentage is one column over another.
 * The headers say which columns may be related; the rows say how. Learnt per kind of row, since
 * a variance of income may run the other way from one of costs. A relation is confirmed where
 * most rows hold it within rounding; one the rows do not confirm is kept, unconfirmed, for the
 * scan to say so, and never checked.
 */
export function findRelations(amounts: readonly AmountColumn[], rows: TableRows): ColumnRelation[] {
  const candidates = candidateRelations(amounts);
  if (candidates.length === 0) return [];
  const scopes = scopesOf(rows);
  const out: ColumnRelation[] = [];
  // One relation per target and meaning (a saldo's variance may be both), per kind of row.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.target.col}|${c.meaning}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const list of groups.values()) {
    const chosen = scopes.map((scope) => bestFor(list, rows, scope));
    // A kind of row with too few rows of its own follows the others where they all agree.
    const confirmed = chosen.filter((x) => x?.relation.confirmed).map((x) => x!.candidate);
    const shared = confirmed.length > 0 && confirmed.every((c) => c === confirmed[0]) ? confirmed[0] : null;
    chosen.forEach((x, k) => {
      if (!x) return;
      if (!x.relation.confirmed && x.relation.tested < 2 && shared && scopes.length > 1) {
        const e = evaluate(shared, rows, scopes[k], Infinity);
        out.push(toRelation(shared, scopes[k], e.holding, e.tested, true));
      } else out.push(x.relation);
    });
  }
  return out;
}

type Scope = ColumnRelation["rowKind"];

/** The kinds of row relations are learnt for: each kind the rows name (and "other"), or all rows as one. */
function scopesOf(rows: TableRows): Scope[] {
  const kinds = new Set<Scope>();
  for (let i = 0; i < rows.length; i++) {
    const kind = rows.kind[i];
    if (kind === "line" || kind === "total") kinds.add(rows.rowKind[i] ?? "other");
  }
  if (kinds.size <= 1) return [null];
  return [...kinds];
}

/** Whether row `i` is a line or total of the scope: all rows (null), rows of no kind ("other"), or of one kind. */
export function inScope(rows: TableRows, i: number, scope: Scope): boolean {
  const kind = rows.kind[i];
  if (kind !== "line" && kind !== "total") return false;
  if (scope === null) return true;
  return (rows.rowKind[i] ?? "other") === scope;
}

/** The candidate most rows hold, and it as a relation, confirmed or not; null when no row has its figures. */
function bestFor(
  list: Candidate[],
  rows: TableRows,
  scope: Scope,
): { candidate: Candidate; relation: ColumnRelation } | null {
  let best: { c: Candidate; holding: number; tested: number } | null = null;
  for (const c of list) {
    const e = evaluate(c, rows, scope, SAMPLE_ROWS);
    if (e.tested === 0) continue;
    if (
      !best ||
      e.holding > best.holding ||
      (e.holding === best.holding &&
        (c.rank < best.c.rank || (c.rank === best.c.rank && e.tested < best.tested)))
    )
      best = { c, ...e };
  }
  if (!best) return null;
  const full = evaluate(best.c, rows, scope, Infinity);
  const confirmed = isConfirmed(best.c, full.holding, full.tested);
  return { candidate: best.c, relation: toRelation(best.c, scope, full.holding, full.tested, confirmed) };
}

/** Most rows hold it; where the headers state the relation outright, at least as many hold it as break it. */
function isConfirmed(c: Candidate, holding: number, tested: number): boolean {
  if (c.stated) return holding >= 1 && holding * 2 >= tested;
  return holding >= 2 && holding >= 0.6 * tested;
}

function toRelation(
  c: Candidate,
  scope: Scope,
  holding: number,
  tested: number,
  confirmed: boolean,
): ColumnRelation {
  return {
    meaning: c.meaning,
    target: c.target.col,
    terms: c.terms.map((t) => ({ col: t.column.col, sign: t.sign })),
    rowKind: scope,
    tested,
    holding,
    confirmed,
  };
}

/** Rows with every figure of the relation, and how many of them hold it within rounding. */
function evaluate(
  c: Candidate,
  rows: TableRows,
  scope: Scope,
  limit: number,
): { holding: number; tested: number } {
  let holding = 0;
  let tested = 0;
  const d = SCRATCH;
  for (let i = 0; i < rows.length && tested < limit; i++) {
    if (!inScope(rows, i, scope)) continue;
    if (!relationDifference(c.meaning, c.target, c.terms, i, rows.kind[i] === "total", d)) continue;
    tested++;
    if (Math.abs(d.difference) <= d.bound) holding++;
  }
  return { holding, tested };
}

/** A row's figures against a relation: stated − computed, what rounding allows, and the computed figure. */
export interface RelationDifference {
  difference: number;
  bound: number;
  expected: number;
  /** For a percentage: 1 where it is stored as a fraction (0,652), 100 where as the number (65,2). */
  percentUnit: number;
}

/**
 * Stated − computed for row `i`, and the rounding each figure allows, into `out`; false when a
 * figure is missing or every figure is zero (such a row says nothing of the relation). Into an
 * object the caller keeps: this runs for every row of every relation, and an object a row was a
 * tenth of the check at 100k lines.
 */
export function relationDifference(
  meaning: ColumnRelation["meaning"],
  target: AmountColumn,
  terms: readonly { column: AmountColumn; sign: 1 | -1 }[],
  i: number,
  isTotal: boolean,
  out: RelationDifference,
): boolean {
  const stated = target.cents[i];
  if (Number.isNaN(stated)) return false;
  if (meaning === "percent") {
    const x = terms[0].column.cents[i];
    const y = terms[1].column.cents[i];
    if (Number.isNaN(x) || Number.isNaN(y) || y === 0) return false;
    if (stated === 0 && x === 0) return false;
    // A percentage is stored as a fraction (0,652 shown as 65,2%) or as the number 65,2.
    const ratio = x / y;
    const asFraction = stated / (100 * target.scale);
    const expected = Math.abs(asFraction - ratio) <= Math.abs(asFraction - ratio * 100) ? ratio : ratio * 100;
    // A formula's exact result is kept to the precision percentages are read at; a typed one is
    // off by half its last digit.
    const stored = 0.5 / (100 * target.scale);
    out.bound =
      (target.formulas.has(i) ? stored : Math.max(stored, 0.5 * 10 ** -fractionDigits(asFraction))) + 1e-12;
    out.difference = asFraction - expected;
    out.expected = expected * 100 * target.scale;
    out.percentUnit = expected === ratio ? 1 : 100;
    return true;
  }
  let computed = 0;
  let informative = stated !== 0;
  let bound = unitAt(target, i, isTotal) / 2;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k];
    const v = t.column.cents[i];
    if (Number.isNaN(v)) return false;
    if (v !== 0) informative = true;
    computed += t.sign * v;
    bound += unitAt(t.column, i, isTotal) / 2;
  }
  if (!informative) return false;
  out.difference = stated - computed;
  out.bound = bound;
  out.expected = computed;
  return true;
}

/** The rounding unit of one figure: none for a formula's exact result, else its column's. */
function unitAt(column: AmountColumn, i: number, isTotal: boolean): number {
  if (column.formulas.has(i)) return 1;
  return isTotal ? column.totalUnit : column.unit;
}

/** Decimals of a fraction as typed (0,652 → 3), at most 6. */
function fractionDigits(x: number): number {
  for (let d = 0; d <= 6; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-9) return d;
  return 6;
}

/**
 * Every relation the headers allow. Terms must describe the same thing but for one dimension:
 * the same kind (lasten, baten, saldo), period and fund.
 */
function candidateRelations(amounts: readonly AmountColumn[]): Candidate[] {
  const out: Candidate[] = [];
  const scenarios = amounts.filter((c) => SCENARIOS.has(c.role));
  for (const target of amounts) {
    if (target.role === "variance") {
      for (const x of scenarios)
        for (const y of scenarios) {
          if (x === y || !comparable(x, y, false) || !fits(target, x) || !fits(target, y, false)) continue;
          // A variance of figures to date against the year's budget is read where the rows show it.
          const samePeriod = (x.column.period ?? null) === (y.column.period ?? null);
          const rank = varianceRank(x.role, y.role) + (samePeriod ? 0 : 10);
          out.push({
            meaning: "variance",
            target,
            terms: [
              { column: x, sign: 1 },
              { column: y, sign: -1 },
            ],
            rank,
            stated: rank === 0 && samePeriod && (x.column.year ?? 0) === (y.column.year ?? 0),
          });
        }
    }
    if (target.column.kind === "saldo" && target.role !== "percent") {
      const same = amounts.filter(
        (c) => c !== target && c.role === target.role && sameButKind(c, target) && c.column.kind !== "saldo",
      );
      const costs = same.filter((c) => c.column.kind === "lasten");
      const income = same.filter((c) => c.column.kind === "baten");
      if (costs.length === 1 && income.length === 1) {
        const [l, b] = [costs[0], income[0]];
        const add = (terms: Candidate["terms"], rank: number) =>
          out.push({ meaning: "saldo", target, terms, rank, stated: true });
        add(
          [
            { column: b, sign: 1 },
            { column: l, sign: -1 },
          ],
          0,
        );
        add(
          [
            { column: l, sign: 1 },
            { column: b, sign: -1 },
          ],
          0,
        );
        add(
          [
            { column: l, sign: 1 },
            { column: b, sign: 1 },
          ],
          1,
        );
      }
    }
    if (target.role === "amended") {
      const amendments = amounts.filter((c) => c.role === "amendment" && comparable(c, target));
      const original = amounts.find((c) => c.role === "original" && comparable(c, target));
      if (original && amendments.length > 0)
        out.push({
          meaning: "amended",
          target,
          terms: [
            { column: original, sign: 1 },
            ...amendments.map((column) => ({ column, sign: 1 as const })),
          ],
          rank: 0,
          stated: true,
        });
    }
    // A column of totals across the row ("Jan … Dec | Totaal", "2021 … 2024 | Totaal"): the
    // columns just left of it, of the same kind and fund.
    if (
      target.role === "amount" &&
      TOTAL_COLUMN.test(fold(target.column.header.replace(target.column.group ?? "", "")))
    ) {
      const parts: AmountColumn[] = [];
      for (const c of [...amounts].filter((a) => a.col < target.col).sort((a, b) => b.col - a.col)) {
        if (c.role === "percent" || c.role === "variance" || !comparable(c, target, false)) break;
        parts.unshift(c);
      }
      if (parts.length >= 2)
        out.push({
          meaning: "total",
          target,
          terms: parts.map((column) => ({ column, sign: 1 as const })),
          rank: 0,
          stated: false,
        });
    }
    if (target.role === "percent") {
      const related = amounts.filter((c) => c.role !== "percent" && fits(target, c));
      for (const x of related)
        for (const y of related) {
          if (x === y || y.role === "variance") continue;
          // The columns just left of the percentage, in their order, are the likeliest reading.
          const near = Math.abs(target.col - x.col) + Math.abs(target.col - y.col);
          out.push({
            meaning: "percent",
            target,
            terms: [
              { column: x, sign: 1 },
              { column: y, sign: 1 },
            ],
            rank: near + (x.col < y.col ? 0 : 0.5),
            stated: false,
          });
        }
    }
  }
  return out;
}

/** The two describe the same kind, fund (and period): one may be compared with the other. */
function comparable(a: AmountColumn, b: AmountColumn, samePeriod = true): boolean {
  return (
    (a.column.kind ?? null) === (b.column.kind ?? null) &&
    (!samePeriod || (a.column.period ?? null) === (b.column.period ?? null)) &&
    fundOf(a.column) === fundOf(b.column)
  );
}

/** A derived column fits a term where it names no other kind, period or fund. */
function fits(target: AmountColumn, term: AmountColumn, samePeriod = true): boolean {
  const t = target.column;
  const c = term.column;
  if (t.kind !== undefined && t.kind !== c.kind) return false;
  if (samePeriod && t.period !== undefined && t.period !== c.period) return false;
  const fund = fundOf(t);
  return fund === "" || fund === fundOf(c);
}

/** Same scenario, year, period and fund; the kind is what differs. */
function sameButKind(a: AmountColumn, b: AmountColumn): boolean {
  return (
    (a.column.year ?? null) === (b.column.year ?? null) &&
    (a.column.period ?? null) === (b.column.period ?? null) &&
    fundOf(a.column) === fundOf(b.column)
  );
}

/** How plainly the pair reads as a variance: budget after amendment against this year's actual first. */
function varianceRank(x: MeasureRole, y: MeasureRole): number {
  const pair = [x, y].sort().join("|");
  const order = [
    "actual|amended",
    "actual|budget",
    "actual|original",
    "amended|forecast",
    "budget|forecast",
    "actual|priorActual",
    "amended|original",
    "amended|budget",
  ];
  const k = order.indexOf(pair);
  return k < 0 ? order.length : k;
}
