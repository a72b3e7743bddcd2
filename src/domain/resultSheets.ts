import { groupByCause } from "./causes";
import { findingName } from "./findingName";
import { fitWidth, type WidthBounds } from "./fitWidth";
import type { Language } from "./format";
import { msg, ruleName } from "./messages/catalogue";
import type { CheckSummary } from "./check";
import { noteRuleText, settingsText } from "./settingsText";
import type { Settings } from "./settings";
import { moneyStyle } from "./styles";
import type { Currency, Finding, RowVariance, Table } from "./types";
import type { VarianceAnalysis } from "./variances";
import type { PlanCell, PlanSheet, PrintSetup } from "./writePlan";

/** The workbook a check is of, and when: the title block of each result sheet says so. */
export interface DocumentInfo {
  /** The workbook's file name (`begroting-2024.xlsx`); null where the host cannot tell. */
  workbook: string | null;
  /** The day of the check, `YYYY-MM-DD`; null leaves the date out. */
  date: string | null;
}

export const NO_DOCUMENT_INFO: DocumentInfo = { workbook: null, date: null };

/** Result sheet columns: from a code to a message. */
const SHEET_WIDTHS: WidthBounds = { min: 6, max: 80 };

/** A column of a result sheet: its header's message key, and how wide it may grow. */
interface SheetColumn {
  header: string;
  /** Wrapped columns get this width whole: their text wraps within it, however long. */
  wrapAt?: number;
}

const FINDING_COLUMNS: SheetColumn[] = [
  { header: "findings.severity" },
  { header: "findings.rule" },
  { header: "findings.sheet" },
  { header: "findings.cell" },
  { header: "findings.name", wrapAt: 32 },
  { header: "findings.expected" },
  { header: "findings.actual" },
  { header: "findings.difference" },
  { header: "findings.message", wrapAt: 50 },
  { header: "findings.cause" },
  { header: "findings.status", wrapAt: 30 },
];

const VARIANCE_COLUMNS: SheetColumn[] = [
  { header: "findings.sheet" },
  { header: "findings.cell" },
  { header: "findings.code" },
  { header: "variances.name", wrapAt: 32 },
  { header: "variances.amended" },
  { header: "variances.actual" },
  { header: "variances.variance" },
  { header: "variances.pct" },
  { header: "variances.favourable" },
  { header: "variances.light" },
  { header: "variances.note", wrapAt: 50 },
  { header: "variances.source" },
];

/**
 * The Controlerapport as a document to hand on: a title block (title, workbook, date, settings,
 * totals), then every finding, each root followed by the findings that follow from it, its rule by
 * name, its row by name, amounts in the table's currency, the message wrapped.
 */
export function findingsSheet(
  name: string,
  findings: Finding[],
  summary: CheckSummary,
  currencyOf: (f: Finding) => Currency | null,
  settings: Settings,
  about: DocumentInfo,
  refill: boolean,
  currency: Currency = "EUR",
): PlanSheet {
  const lang = settings.language;
  const money = (n: number | undefined, f: Finding): PlanCell =>
    n === undefined ? { value: null } : { value: n, style: moneyStyle(currencyOf(f)) };
  const row = (f: Finding): PlanCell[] => [
    { value: msg(lang, `severity.${f.severity}`), style: f.accepted ? "accepted" : f.severity },
    { value: ruleName(f.rule, lang) },
    { value: f.sheet },
    linkCell(f.sheet, f.cell),
    { value: findingName(f), style: "text" },
    money(f.expected, f),
    money(f.actual, f),
    money(f.difference, f),
    { value: f.message, style: "text" },
    f.causedBy ? linkCell(f.causedBy.sheet, f.causedBy.cell) : { value: null },
    {
      value: f.accepted ? msg(lang, "accepted", { reason: f.accepted.reason }) : null,
      style: f.accepted ? "accepted" : undefined,
    },
  ];
  const body = groupByCause(findings).flatMap((g) => [g.root, ...g.consequences].map(row));
  const totals = msg(lang, "findings.totals", {
    errors: summary.errors,
    warnings: summary.warnings,
    infos: summary.infos,
    accepted: summary.accepted,
  });
  return documentSheet(
    name,
    "findings",
    refill,
    titleBlock(msg(lang, "sheet.findings"), about, settings, totals, currency),
    FINDING_COLUMNS,
    body.length > 0 ? body : [[{ value: msg(lang, "findings.none") }]],
    lang,
  );
}

export function variancesSheet(
  name: string,
  analysis: VarianceAnalysis,
  settings: Settings,
  about: DocumentInfo,
  refill: boolean,
  currency: Currency = "EUR",
): PlanSheet {
  const lang = settings.language;
  const records = requiringNotes(analysis);
  const body = records.map(({ record: v, currency }): PlanCell[] => [
    { value: v.sheet },
    linkCell(v.sheet, v.cell),
    { value: v.code },
    { value: v.name, style: "text" },
    { value: v.amended, style: moneyStyle(currency) },
    { value: v.actual, style: moneyStyle(currency) },
    { value: v.variance, style: moneyStyle(currency) },
    v.variancePct === null ? { value: null } : { value: v.variancePct, style: "percent" },
    { value: msg(lang, v.favourable ? "favourable.yes" : "favourable.no") },
    { value: msg(lang, `light.${v.light}`), style: v.light },
    { value: v.note?.text ?? null, style: v.note?.source === "draft" ? "draftText" : "text" },
    { value: v.note ? msg(lang, `variances.source.${v.note.source}`) : null },
  ]);
  const rule = noteRuleText(settings, lang, currency);
  const drafts = records.filter((r) => r.record.note?.source === "draft").length;
  const totals = msg(lang, "variances.totals", { count: records.length, rule, drafts });
  return documentSheet(
    name,
    "variances",
    refill,
    titleBlock(msg(lang, "sheet.variances"), about, settings, totals, currency),
    VARIANCE_COLUMNS,
    body.length > 0 ? body : [[{ value: msg(lang, "variances.none", { rule }) }]],
    lang,
  );
}

/**
 * A result sheet with its header row frozen (and printed on every page) and each column as wide as its longest text (up to
 * 80), or as the longest of its first `widthRows` rows: notes under a table need not widen it.
 */
export function resultSheet(
  name: string,
  role: PlanSheet["role"],
  refill: boolean,
  cells: PlanCell[][],
  lang: Language,
  widthRows = cells.length,
): PlanSheet {
  const measured = cells.slice(0, widthRows);
  const width = Math.max(...cells.map((r) => r.length));
  const columnWidths = Array.from({ length: width }, (_, j) => fitWidth(measured, j, SHEET_WIDTHS));
  // Printed as the Controlerapport is: its header row on every page, one page wide.
  return { name, role, refill, columnWidths, frozenRows: 1, headerRow: 0, print: printSetup(0, lang), cells };
}

/**
 * The title block of a result sheet, a row each: its title, the workbook's file name, the date of
 * the check, the settings used (in words) and the totals. The header of its table follows after an
 * empty row.
 */
export function titleBlock(
  title: string,
  about: DocumentInfo,
  settings: Settings,
  totals: string,
  currency: Currency = "EUR",
): PlanCell[][] {
  const lang = settings.language;
  return [
    [{ value: title, style: "title" }],
    [{ value: msg(lang, "document.workbook", { name: about.workbook ?? msg(lang, "document.unnamed") }) }],
    [{ value: about.date ? msg(lang, "document.date", { date: formatDate(about.date, lang) }) : null }],
    [
      {
        value: msg(lang, "document.settings", { settings: settingsText(settings, lang, currency).join(" ") }),
      },
    ],
    [{ value: totals }],
    [],
  ];
}

/**
 * A result sheet ready to print: its title block, its table's header frozen below it and printed on
 * every page, landscape, one page wide, its pages numbered. Columns are as wide as their longest
 * text in the table (the title block runs on over them), wrapped columns as wide as they wrap at.
 */
export function documentSheet(
  name: string,
  role: PlanSheet["role"],
  refill: boolean,
  title: PlanCell[][],
  columns: SheetColumn[],
  body: PlanCell[][],
  lang: Language,
): PlanSheet {
  const header = columns.map((c): PlanCell => ({ value: msg(lang, c.header), style: "header" }));
  const table = [header, ...body];
  const columnWidths = columns.map((c, j) => c.wrapAt ?? fitWidth(table, j, SHEET_WIDTHS));
  const headerRow = title.length;
  return {
    name,
    role,
    refill,
    columnWidths,
    frozenRows: headerRow + 1,
    headerRow,
    print: printSetup(headerRow, lang),
    cells: [...title, ...table],
  };
}

/** Landscape, one page wide and as many long as it takes, the header row on every page, pages numbered. */
export function printSetup(headerRow: number, lang: Language): PrintSetup {
  return {
    landscape: true,
    fitToPagesWide: 1,
    titleRows: { first: headerRow, last: headerRow },
    footer: msg(lang, "document.footer"),
  };
}

/** A cell that shows an address and links to that cell of the workbook. */
export function linkCell(sheet: string, cell: string): PlanCell {
  return { value: cell, link: { sheet, cell }, style: "link" };
}

const MONTHS: Record<Language, string[]> = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/**
 * A day as the language writes it in a text: `12 juni 2025`, `12 June 2025`. A text, not a date
 * cell: a date cell shows in the reader's own locale, and the title reads as one sentence.
 */
export function formatDate(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not a date as YYYY-MM-DD: ${iso}`);
  return `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`;
}

/**
 * The records of the variances that need a note, in table and row order, each programme once: a
 * detail table's total that the summary states as a line (the same code, the same figures) is the
 * summary's line again, and listing both gave every such programme twice.
 */
function requiringNotes(analysis: VarianceAnalysis): { record: RowVariance; currency: Currency | null }[] {
  const out: { record: RowVariance; currency: Currency | null }[] = [];
  const summaryLines = new Map<string, RowVariance>();
  for (const tv of analysis.tables) {
    if (tv.table.kind !== "summary") continue;
    for (let i = 0; i < tv.present.length; i++) {
      const r = analysis.recordAt(tv, i);
      if (r && !r.isTotal && r.code !== null) summaryLines.set(r.code, r);
    }
  }
  const sameAsSummary = (table: Table, r: RowVariance) => {
    const line =
      table.kind !== "summary" && r.isTotal && r.code !== null ? summaryLines.get(r.code) : undefined;
    return !!line && line.amended === r.amended && line.actual === r.actual;
  };
  for (const tv of analysis.tables)
    for (let i = 0; i < tv.noteRequired.length; i++) {
      if (tv.noteRequired[i] !== 1) continue;
      const record = analysis.recordAt(tv, i)!;
      if (!sameAsSummary(tv.table, record)) out.push({ record, currency: tv.table.currency });
    }
  return out;
}
