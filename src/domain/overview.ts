import { parseA1, toA1 } from "./address";
import { codeDepth } from "./detect/parseLabel";
import type { Language } from "./format";
import { msg, ruleName } from "./messages/catalogue";
import { nameOf } from "./model";
import type { Currency, Finding, RuleId, StructureEntry, Table, TableKind, TrafficLight } from "./types";
import type { VarianceAnalysis } from "./variances";

/**
 * One line of the overview: a table, or a programme across the workbook's tables. Its light says
 * what a controller must do about it: red where it has an error to correct, orange where it has a
 * warning (a variance above the threshold without a note, a name that differs), green otherwise.
 * Only findings that follow from no other count: a total that is wrong because its SUM skips a row
 * makes the table with the SUM red, not the summary whose cross-check follows from it.
 */
export interface OverviewLine {
  /** The table's title, or for a programme its code and name: never a range. */
  name: string;
  /** Where it stands: a table's header, a programme's row (in the summary where there is one). */
  sheet: string;
  cell: string;
  /** The table's id, for a table's line. */
  tableId?: string;
  kind?: TableKind;
  /** The programme's code, for a programme's line. */
  code?: string;
  light: TrafficLight;
  /** Open errors and warnings that follow from no other. */
  errors: number;
  warnings: number;
  /** Its variance (amended budget − actual) in the table's currency; null where it has none. */
  variance: number | null;
  /** The currency its variance is in (its table's). */
  currency: Currency | null;
  /** What is wrong in a few words ("Totaal klopt niet, 2 × Toelichting ontbreekt"); null when nothing is. */
  problem: string | null;
}

export interface Overview {
  tables: OverviewLine[];
  programmes: OverviewLine[];
}

export interface OverviewInput {
  tables: readonly Table[];
  findings: readonly Finding[];
  analysis: VarianceAnalysis;
  structure: readonly StructureEntry[] | null;
  lang: Language;
}

/** Rules named in a line's phrase before "and n more": a phrase, not a list. */
const RULES_NAMED = 2;

/** The overview per table and per programme: name, light, variance and what is wrong. */
export function overview(input: OverviewInput): Overview {
  const { tables, lang } = input;
  const located = input.findings
    .filter((f) => !f.accepted && !f.causedBy && f.severity !== "info")
    .map((f) => ({ f, at: locate(f, tables) }));
  const programmes = programmeRows(tables);
  const programmeName = (code: string): string | null => {
    const at = programmes.get(code);
    const name =
      input.structure?.find((e) => e.code === code)?.name ?? (at ? nameOf(at.table, at.index) : "");
    return name ? `${code} ${name}` : null;
  };
  // Each finding once to its table and programme: a budget of 100k lines may have thousands.
  const byTable = new Map<Table, Finding[]>();
  const byProgramme = new Map<string, Finding[]>();
  const add = <K>(map: Map<K, Finding[]>, key: K, f: Finding) => {
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  };
  for (const { f, at } of located) {
    if (at) add(byTable, at.table, f);
    const code = f.code ?? at?.code ?? null;
    if (code !== null && at?.table.repeatingCodes !== true) add(byProgramme, programmeOf(code), f);
  }
  const tableLines = tables.map((t) =>
    line(
      {
        name: tableName(t, tables, programmeName),
        sheet: t.sheet,
        cell: t.anchor,
        tableId: t.id,
        kind: t.kind,
        variance: t.kind === "explanation" ? null : tableVariance(t, input.analysis),
        currency: t.currency,
      },
      byTable.get(t) ?? [],
      lang,
    ),
  );
  const programmeLines = [...programmes.entries()].map(([code, at]) =>
    line(
      {
        name: programmeName(code) ?? code,
        sheet: at.table.sheet,
        cell: toA1(at.table.rows.row[at.index], at.table.labelCol),
        code,
        variance: rowVariance(at.table, at.index, input.analysis),
        currency: at.table.currency,
      },
      byProgramme.get(code) ?? [],
      lang,
    ),
  );
  return { tables: tableLines, programmes: programmeLines };
}

function line(
  base: Omit<OverviewLine, "light" | "errors" | "warnings" | "problem">,
  findings: Finding[],
  lang: Language,
): OverviewLine {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const light: TrafficLight = errors > 0 ? "red" : warnings > 0 ? "orange" : "green";
  return { ...base, light, errors, warnings, problem: problemOf(findings, lang) };
}

/** The rules broken, errors first, each with how often: "Totaal klopt niet, 2 × Toelichting ontbreekt". */
function problemOf(findings: Finding[], lang: Language): string | null {
  const counts = new Map<RuleId, number>();
  // Errors first, then warnings: the findings come sorted by severity from the check.
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  if (counts.size === 0) return null;
  const named = [...counts.entries()]
    .slice(0, RULES_NAMED)
    .map(([rule, n]) => msg(lang, "overview.problem", { n, rule: ruleName(rule, lang) }));
  const more = counts.size - RULES_NAMED;
  return more > 0 ? `${named.join(", ")} ${msg(lang, "overview.more", { n: more })}` : named.join(", ");
}

/** The programme a code belongs to: its first level (`1.1.3` → `1`). */
function programmeOf(code: string): string {
  const dot = code.indexOf(".");
  return dot < 0 ? code : code.slice(0, dot);
}

/**
 * The programmes and the row that states each: the summary's rows where a summary lists them, else
 * the first-level rows of the detail tables. Codes of a classification repeated per programme
 * (taakvelden) are no programmes.
 */
function programmeRows(tables: readonly Table[]): Map<string, { table: Table; index: number }> {
  const rows = new Map<string, { table: Table; index: number }>();
  const budgetTables = tables.filter((t) => t.kind !== "explanation" && !t.repeatingCodes);
  const summaries = budgetTables.filter((t) => t.kind === "summary");
  for (const t of summaries.length > 0 ? summaries : budgetTables)
    for (let i = 0; i < t.rows.length; i++) {
      const code = t.rows.code[i];
      if (code === null || codeDepth(code) !== 1 || rows.has(code)) continue;
      rows.set(code, { table: t, index: i });
    }
  return rows;
}

/** A table's name: its title, else the one programme it holds, else its sheet (numbered where a sheet has several). */
function tableName(
  t: Table,
  tables: readonly Table[],
  programmeName: (code: string) => string | null,
): string {
  if (t.title) return t.title;
  const programmes = new Set<string>();
  for (let r = 0; r < t.rows.length && programmes.size < 2; r++) {
    const code = t.rows.code[r];
    if (code !== null) programmes.add(programmeOf(code));
  }
  if (programmes.size === 1 && !t.repeatingCodes) {
    const [code] = programmes;
    const named = programmeName(code);
    if (named) return named;
    const own = t.rows.code.indexOf(code);
    return own >= 0 && nameOf(t, own) ? `${code} ${nameOf(t, own)}` : code;
  }
  const onSheet = tables.filter((x) => x.sheet === t.sheet && !x.title);
  return onSheet.length > 1 ? `${t.sheet} (${onSheet.indexOf(t) + 1})` : t.sheet;
}

/** The variance of a table's grand total: the last total that no other row adds up; null without one. */
function tableVariance(t: Table, analysis: VarianceAnalysis): number | null {
  const added = new Set<number>();
  for (const p of t.parents) for (const c of t.rows.children[p] ?? []) added.add(c);
  for (let i = t.rows.length - 1; i >= 0; i--)
    if (t.rows.kind[i] === "total" && !added.has(i)) return rowVariance(t, i, analysis);
  return null;
}

function rowVariance(t: Table, index: number, analysis: VarianceAnalysis): number | null {
  const tv = analysis.of(t);
  if (!tv) return null;
  return analysis.recordAt(tv, index)?.variance ?? null;
}

/** The table a finding stands in, and the code of its row there. */
function locate(f: Finding, tables: readonly Table[]): { table: Table; code: string | null } | null {
  const at = parseA1(f.cell);
  if (!at) return null;
  const onRows = tables.filter(
    (t) => t.sheet === f.sheet && at.row >= t.headerFirstRow && at.row <= t.lastRow,
  );
  // Beside a table stand the columns Stoplicht writes: a finding there belongs to the table too.
  const table = onRows.find((t) => at.col >= t.firstCol && at.col <= t.lastCol) ?? onRows[0];
  if (!table) return null;
  const index = indexOfRow(table, at.row);
  return { table, code: index < 0 ? null : table.rows.code[index] };
}

/** A table's row index of a sheet row (rows are in sheet order); -1 where it has none. */
function indexOfRow(t: Table, row: number): number {
  let lo = 0;
  let hi = t.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = t.rows.row[mid];
    if (r === row) return mid;
    if (r < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
