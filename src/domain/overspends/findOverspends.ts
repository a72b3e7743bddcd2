import { toA1 } from "../address";
import { codeDepth, rootCode } from "../detect/parseLabel";
import { centsAt, nameOf, roundingBound } from "../model";
import { roundHalfAwayFromZero } from "../money";
import type { Settings } from "../settings";
import type { AmountColumn, Currency, Table } from "../types";
import { isIncomeRow, type VarianceAnalysis } from "../variances";
import { grandTotal } from "../contribution/resultSource";

/** Whether higher income in the same programme pays for an overspend. */
export type Coverage = "covered" | "partly" | "none";

/** Lasten above the amended budget: a candidate for the rechtmatigheidsverantwoording. Amounts in cents. */
export interface Overspend {
  level: "programme" | "line";
  sheet: string;
  /** A1 of the row's label, and of its actual. */
  labelCell: string;
  cell: string;
  code: string | null;
  name: string;
  programme: string | null;
  amended: number;
  actual: number;
  /** actual − amended: how far the lasten exceed the budget. */
  overspend: number;
  /** Income above budget in the same programme (0 where there is none, or none is known). */
  incomeSurplus: number;
  coverage: Coverage;
  /** The part no higher income pays for. */
  uncovered: number;
  currency: Currency | null;
}

/** Every overspend, and how they stand against the verantwoordingsgrens. Amounts in cents. */
export interface Overspends {
  /**
   * Every overspend, programmes first, then lines, each in numbering order. Made when first read:
   * a big budget overspends on tens of thousands of lines, and only the report and the sheet list them.
   */
  readonly items: Overspend[];
  /** The overspends of `countedLevel` (the programmes', where there are programmes), made when first read. */
  readonly countedItems: Overspend[];
  /** How many programmes and lines overspend. */
  counts: { programme: number; line: number };
  /** The tolerance (verantwoordingsgrens): the setting's amount, or its percentage of the total lasten. */
  tolerance: number | null;
  /** The percentage it is of the total lasten; null where the tolerance was set as an amount. */
  tolerancePercent: number | null;
  /** The total lasten (actual) the percentage is taken of; null where none is known. */
  totalLasten: number | null;
  /** The overspends the tolerance is held against: the programmes' parts not paid by higher income. */
  counted: number;
  /** Whether `counted` is programme figures, or (where the workbook has no programme rows) line figures. */
  countedLevel: "programme" | "line";
  overTolerance: boolean;
  /** The grand total's actual, where the rule points; null where the workbook has no grand total. */
  grandTotal: { sheet: string; cell: string } | null;
  currency: Currency | null;
}

/** An overspent row found, before it is made an `Overspend`: its table, row and figures. */
interface Hit {
  table: Table;
  index: number;
  level: Overspend["level"];
  amended: number;
  actual: number;
  income: number;
  programme: string | null;
}

/**
 * Lists the lasten above their amended budget, per programme and per line (the lines of the
 * programmes that overspend), with whether higher income in the same programme covers each, and
 * holds their sum against the tolerance. An overspend within rounding (the traffic light's own
 * margin) is none.
 */
export function findOverspends(
  tables: readonly Table[],
  analysis: VarianceAnalysis,
  settings: Settings,
): Overspends {
  const ordered = [...analysis.tables].sort(
    (a, b) => (a.table.kind === "summary" ? 0 : 1) - (b.table.kind === "summary" ? 0 : 1),
  );
  let hits: Hit[] = [];
  // The same programme or line in a summary and a detail table is one overspend (the summary's).
  const programmeCodes = new Set<string>();
  const summaryCodes = new Set<string>();
  let programmes = 0;
  const uncovered = { programme: 0, line: 0 };
  const surplus = incomeSurplus(tables);
  for (const tv of ordered) {
    const { table } = tv;
    const rows = table.rows;
    // A row that says nothing of its kind is costs only in a table that says nothing of income.
    const unsaidIsIncome = mentionsIncome(table);
    const bound = roundingBound(
      2,
      Math.max(table.amounts.amended!.unit, table.amounts.actual!.unit),
      settings,
    );
    for (let i = 0; i < rows.length; i++) {
      if (tv.present[i] === 0 || isIncomeRow(table, i)) continue;
      const rowKind = rows.rowKind[i];
      if (rowKind === "baten" || rowKind === "saldo" || (rowKind === null && unsaidIsIncome)) continue;
      const level = levelOf(table, i);
      if (level === null) continue;
      const code = rows.code[i];
      if (code !== null) {
        if (level === "programme") {
          if (programmeCodes.has(code)) continue;
          programmeCodes.add(code);
        } else if (table.kind === "summary") summaryCodes.add(code);
        else if (summaryCodes.size > 0 && summaryCodes.has(code)) continue;
      }
      if (level === "programme") programmes++;
      const amended = centsAt(table, i, "amended")!;
      const actual = centsAt(table, i, "actual")!;
      const overspend = actual - amended;
      if (overspend <= bound) continue;
      const programme = programmeOf(table, i, level);
      const income = programme === null ? 0 : Math.max(0, surplus.get(programme) ?? 0);
      hits.push({ table, index: i, level, amended, actual, income, programme });
      uncovered[level] += overspend - Math.min(overspend, income);
    }
  }
  const total = grandTotal(tables);
  // The organisation's total lasten only the overview states: without it, no default tolerance.
  const totalLasten = total ? centsAt(total.table, total.index, "actual") : null;
  const tolerance =
    settings.overspendTolerance !== null
      ? Math.round(settings.overspendTolerance * 100)
      : totalLasten === null
        ? null
        : roundHalfAwayFromZero((Math.abs(totalLasten) * settings.overspendTolerancePercent) / 100);
  const countedLevel = programmes > 0 ? "programme" : "line";
  // The budget authorises programmes: a line above its budget in a programme that stays within
  // its own is no candidate. Lines are listed where their programme overspends (or is unknown).
  if (countedLevel === "programme") {
    const overspent = new Set(hits.filter((h) => h.level === "programme").map((h) => h.programme));
    hits = hits.filter((h) => h.level === "programme" || h.programme === null || overspent.has(h.programme));
  }
  const counted = uncovered[countedLevel];
  const counts = { programme: 0, line: 0 };
  for (const hit of hits) counts[hit.level]++;
  let items: Overspend[] | null = null;
  let countedItems: Overspend[] | null = null;
  return {
    get items() {
      return (items ??= sortedItems(hits));
    },
    get countedItems() {
      return (countedItems ??= items
        ? items.filter((x) => x.level === countedLevel)
        : sortedItems(hits.filter((h) => h.level === countedLevel)));
    },
    counts,
    tolerance,
    tolerancePercent: settings.overspendTolerance !== null ? null : settings.overspendTolerancePercent,
    totalLasten,
    counted,
    countedLevel,
    overTolerance: tolerance !== null && counted > tolerance,
    grandTotal: total
      ? {
          sheet: total.table.sheet,
          cell: toA1(total.table.rows.row[total.index], total.table.amounts.actual!.col),
        }
      : null,
    currency: total?.table.currency ?? hits[0]?.table.currency ?? null,
  };
}

/** A row's programme: its code's first level, or a summary line's own name where it has no code. */
function programmeOf(table: Table, i: number, level: Overspend["level"]): string | null {
  const code = table.rows.code[i];
  if (code !== null) return rootCode(code);
  return level === "programme" ? nameOf(table, i) || table.rows.label[i] : null;
}

/** The hits as overspends, programmes first, each level in numbering order (1.2 before 1.10). */
function sortedItems(hits: readonly Hit[]): Overspend[] {
  const items = hits.map((hit): Overspend => {
    const { table, index: i, level, amended, actual, income, programme } = hit;
    const rows = table.rows;
    const overspend = actual - amended;
    const covered = Math.min(overspend, income);
    return {
      level,
      sheet: table.sheet,
      labelCell: toA1(rows.row[i], table.labelCol),
      cell: toA1(rows.row[i], table.amounts.actual!.col),
      code: rows.code[i],
      // "Programma 4" names its programme by its code alone: the label is the name then.
      name: nameOf(table, i) || rows.label[i],
      programme,
      amended,
      actual,
      overspend,
      incomeSurplus: income,
      coverage: covered === 0 ? "none" : covered >= overspend ? "covered" : "partly",
      uncovered: overspend - covered,
      currency: table.currency,
    };
  });
  // Codes split once, not at each comparison.
  const parts = new Map(items.map((x) => [x, x.code === null ? null : x.code.split(".").map(Number)]));
  return items.sort((a, b) => levelRank(a) - levelRank(b) || codeOrder(parts.get(a)!, parts.get(b)!));
}

const INCOME_WORDS = /\b(revenues?|income|receipts|baten|inkomsten|opbrengsten|ontvangsten)\b/i;

/**
 * Whether the rows of a table that state no kind are income: the table is income by its side or
 * title, or it has income rows (or headings and totals that name income, "Total revenue") and no
 * costs rows. A schedule of revenue whose sub-sections lost their kind is no list of costs.
 */
function mentionsIncome(table: Table): boolean {
  if (table.side === "income" || (table.title !== null && INCOME_WORDS.test(table.title))) return true;
  const rows = table.rows;
  let income = false;
  for (let i = 0; i < rows.length; i++) {
    const kind = rows.rowKind[i];
    if (kind === "lasten") return false;
    if (kind === "baten") income = true;
    else if ((rows.kind[i] === "group" || rows.kind[i] === "total") && INCOME_WORDS.test(rows.label[i]))
      income = true;
  }
  return income;
}

/**
 * A programme's row (a code of one level, or a line of the summary without codes) or a line (the
 * lowest level of a detail table); parts between the two, and grand totals, are neither.
 */
function levelOf(table: Table, i: number): Overspend["level"] | null {
  const rows = table.rows;
  const code = rows.code[i];
  const kind = rows.kind[i];
  if (code !== null) {
    if (codeDepth(code) === 1) return "programme";
    return kind === "line" && !(rows.children[i]?.length ?? 0) ? "line" : null;
  }
  if (kind !== "line") return null;
  return table.kind === "summary" ? "programme" : "line";
}

/**
 * Income above its amended budget per programme, in cents: from the programme's own income row
 * where there is one, else the net of its income lines; from income rows, or income columns beside
 * the lasten.
 */
function incomeSurplus(tables: readonly Table[]): Map<string, number> {
  const ownRow = new Map<string, number>();
  const lines = new Map<string, number>();
  for (const table of tables) {
    if (table.kind === "explanation") continue;
    const columns = batenColumns(table);
    for (let i = 0; i < table.rows.length; i++) {
      const code = table.rows.code[i];
      const kind = table.rows.kind[i];
      if (code === null || (kind !== "line" && kind !== "total")) continue;
      const rowKind = table.rows.rowKind[i];
      // Most rows of most budgets are costs: passed over before any string is made.
      if (!columns && rowKind !== "baten" && !isIncomeRow(table, i)) continue;
      const programme = rootCode(code);
      const figures: number[] = [];
      if (rowKind === "baten" || isIncomeRow(table, i)) {
        const amended = centsAt(table, i, "amended");
        const actual = centsAt(table, i, "actual");
        // Income printed negative, as ledgers print it, is more where the figure is lower.
        if (amended !== null && actual !== null)
          figures.push(amended < 0 ? amended - actual : actual - amended);
      } else if (columns) {
        const amended = columns.amended.cents[i];
        const actual = columns.actual.cents[i];
        if (!Number.isNaN(amended) && !Number.isNaN(actual))
          figures.push(amended < 0 ? amended - actual : actual - amended);
      }
      if (figures.length === 0) continue;
      const depth = codeDepth(code);
      if (depth === 1) {
        if (!ownRow.has(programme)) ownRow.set(programme, figures[0]);
      } else if (kind === "line" && !(table.rows.children[i]?.length ?? 0)) {
        lines.set(programme, (lines.get(programme) ?? 0) + figures[0]);
      }
    }
  }
  const out = new Map(lines);
  for (const [programme, cents] of ownRow) out.set(programme, cents);
  return out;
}

/** A table's income columns beside its lasten: an amended (or other) budget and an actual of kind baten. */
function batenColumns(table: Table): { amended: AmountColumn; actual: AmountColumn } | null {
  const primary = table.amounts.actual;
  if (!primary || primary.column.kind === "baten") return null;
  const year = primary.column.year;
  const ofKind = table.amountColumns.filter(
    (c) =>
      c.column.kind === "baten" &&
      (year === undefined || c.column.year === undefined || c.column.year === year),
  );
  const actual = ofKind.find((c) => c.role === "actual");
  const amended =
    ofKind.find((c) => c.role === "amended") ??
    ofKind.find((c) => c.role === "budget") ??
    ofKind.find((c) => c.role === "original");
  return actual && amended ? { amended, actual } : null;
}

function levelRank(x: Overspend): number {
  return x.level === "programme" ? 0 : 1;
}

/** Codes (split into their levels) in numbering order (1.2 before 1.10); rows without a code after them, as found. */
function codeOrder(x: number[] | null, y: number[] | null): number {
  if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
  for (let k = 0; k < Math.max(x.length, y.length); k++) {
    const d = (x[k] ?? -1) - (y[k] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
