import type { CheckResult } from "./check";
import {
  contributionReport,
  outputsReport,
  overspendsReport,
  type ContributionReport,
  type OutputsReport,
  type OverspendsReport,
} from "./annualReportJson";
import { columnLetters, toA1 } from "./address";
import { amountRowCount } from "./model";
import type { ColumnRelation } from "./types";

/** The JSON report of DESIGN.md (`--json`): version 1, stable field names. */
export interface Report {
  version: 1;
  workbook: string;
  tables: {
    id: string;
    sheet: string;
    range: string;
    kind: string;
    scale: number;
    /** Added: the currency the table states (or the workbook's), EUR, GBP or USD. */
    currency: string | null;
    /** Added: the title above the table, where there is one. */
    title: string | null;
    /**
     * Each column with its role and, where the header says, its group ("Begroting 2017"), kind
     * (lasten, baten, saldo), year, period and fund; `understood` is false for a column of figures
     * whose header Stoplicht could not read (never checked).
     */
    columns: {
      column: string;
      role: string;
      header: string;
      group?: string;
      kind?: string;
      year?: number;
      period?: string;
      fund?: string;
      understood: boolean;
    }[];
    rows: number;
    /**
     * Added: the relations between columns that were looked for, with how many rows hold each.
     * Only confirmed ones are checked; the others are listed so that a user sees what was not.
     */
    relations: {
      meaning: ColumnRelation["meaning"];
      column: string;
      formula: string;
      rowKind: string | null;
      holding: number;
      tested: number;
      confirmed: boolean;
    }[];
    /** Added: rows labelled as totals that add up to none of the rows above them, read as lines. */
    unconfirmedTotals: string[];
  }[];
  findings: CheckResult["findings"];
  summary: { errors: number; warnings: number; infos: number; accepted: number };
  variances: CheckResult["variances"];
  /** Added: the planned outputs with their Inhoud and Geld lights, and their counts per programme. */
  outputs: OutputsReport;
  /** Added: Bijlage 1, the contribution per province; null where the workbook lists no provinces. */
  contribution: ContributionReport | null;
  /** Added: lasten above the amended budget, per programme and per line, against the tolerance. */
  overspends: OverspendsReport;
  /** Added: the outcome in a sentence or two, as the summary of the command line starts with it. */
  verdict: string;
  /** Added: per table and per programme, its name, light (red: an error; orange: a warning; else green), variance and what is wrong. */
  overview: CheckResult["overview"];
}

export function toReport(result: CheckResult, workbook: string): Report {
  return {
    version: 1,
    workbook,
    tables: result.tables.map((t) => ({
      id: t.id,
      sheet: t.sheet,
      range: t.range,
      kind: t.kind,
      scale: t.scale,
      currency: t.currency,
      title: t.title,
      columns: t.columns.map((c) => ({
        column: columnLetters(c.col),
        role: c.role,
        header: c.header,
        ...(c.group ? { group: c.group } : {}),
        ...(c.kind ? { kind: c.kind } : {}),
        ...(c.year !== undefined ? { year: c.year } : {}),
        ...(c.period ? { period: c.period } : {}),
        ...(c.fund ? { fund: c.fund } : {}),
        understood: c.role !== "unknown",
      })),
      rows: amountRowCount(t),
      relations: t.relations.map((r) => ({
        meaning: r.meaning,
        column: columnLetters(r.target),
        formula: relationFormula(r),
        rowKind: r.rowKind,
        holding: r.holding,
        tested: r.tested,
        confirmed: r.confirmed,
      })),
      unconfirmedTotals: t.unconfirmedTotals.map((i) => toA1(t.rows.row[i], t.labelCol)),
    })),
    findings: result.findings,
    summary: result.summary,
    variances: result.variances,
    outputs: outputsReport(result.annual),
    contribution: contributionReport(result.annual),
    overspends: overspendsReport(result.annual),
    verdict: result.verdict,
    overview: result.overview,
  };
}

/**
 * A relation in column letters: `J = G − D`, `D = B / C`.
 * @example relationFormula(saldo of Zuid-Holland) === "D = C − B"
 */
export function relationFormula(r: ColumnRelation): string {
  const target = columnLetters(r.target);
  if (r.meaning === "percent")
    return `${target} = ${columnLetters(r.terms[0].col)} / ${columnLetters(r.terms[1].col)}`;
  const terms = r.terms
    .map((t, k) => `${k === 0 ? (t.sign < 0 ? "−" : "") : t.sign < 0 ? " − " : " + "}${columnLetters(t.col)}`)
    .join("");
  return `${target} = ${terms}`;
}
