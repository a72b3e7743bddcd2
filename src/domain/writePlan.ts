import { parseA1, rangeA1 } from "./address";
import { fingerprintCells } from "./fingerprint";
import { formatCents } from "./format";
import type { SheetView } from "./detect/sheetView";
import type { Language } from "./format";
import { msg } from "./messages/catalogue";
import {
  OWNERSHIP_SHEET,
  ownershipCells,
  regionBounds,
  type Ownership,
  type RegionBounds,
} from "./ownership";
import type { Settings } from "./settings";
import type { CellValue, Finding, Grid, RowVariance, Table } from "./types";
import type { VarianceAnalysis } from "./variances";

/** How a written cell looks; each adapter maps these to fills, fonts and number formats. */
export type CellStyle =
  | "header"
  | "ok"
  | "rounding"
  | "error"
  | "warning"
  | "info"
  | "green"
  | "orange"
  | "red"
  | "draft"
  | "accepted";

export const PERCENT_FORMAT = "0.0%";
export const EURO_FORMAT = "#,##0.00;-#,##0.00";

export interface PlanCell {
  /** Text is always written as text, never as a formula, whatever it starts with. */
  value: string | number | null;
  style?: CellStyle;
  numberFormat?: string;
  /** An internal link to a cell, written as a hyperlink. */
  link?: { sheet: string; cell: string };
}

export type StatusKind = "check" | "variancePct" | "light" | "draft";

/** Status columns right of one table: a rectangle of cells, header row first. */
export interface PlanBlock {
  sheet: string;
  tableId: string;
  /** 0-based absolute top-left. */
  row: number;
  col: number;
  kinds: StatusKind[];
  cells: PlanCell[][];
}

export interface PlanSheet {
  name: string;
  role: "findings" | "variances";
  columnWidths: number[];
  cells: PlanCell[][];
}

/** Data that tells an adapter exactly what to write, and what an earlier run wrote that goes first. */
export interface WritePlan {
  language: Language;
  blocks: PlanBlock[];
  sheets: PlanSheet[];
  /** What this plan writes; stored in the ownership sheet. */
  ownership: Ownership;
  ownershipSheet: { name: string; cells: CellValue[][] };
  /** What an earlier run wrote and still holds what it wrote: cleared (regions) and deleted (sheets) before writing. */
  previous: Ownership | null;
  /** The record as the workbook holds it, edited parts included: what an adapter compares with before writing. */
  recorded: Ownership | null;
}

export interface PlanInput {
  tables: Table[];
  findings: Finding[];
  analysis: VarianceAnalysis;
  settings: Settings;
  views: Map<string, SheetView>;
  sheetNames: string[];
  previous: Ownership | null;
  recorded: Ownership | null;
}

/** The one empty cell every blank status cell shares: plans of 100k rows allocate no more than they need. */
const EMPTY: PlanCell = Object.freeze({ value: null }) as PlanCell;
const NONE: Finding[] = [];
const ROUNDING_RULES = new Set(["total.rounding", "variance.rounding", "crosscheck.rounding"]);

/** Plans every cell Stoplicht writes: status columns per table, the two result sheets, the record. */
export function buildWritePlan(input: PlanInput): WritePlan {
  const lang = input.settings.language;
  const occupied = new Map<string, { r1: number; r2: number; c1: number; c2: number }[]>();
  const blocks: PlanBlock[] = [];
  const byRow = groupFindingsByRow(input.findings);
  for (const table of input.tables) {
    if (table.kind === "explanation") continue;
    const kinds: StatusKind[] = ["check", "variancePct", "light"];
    if (!table.columns.some((c) => c.role === "note")) kinds.push("draft");
    const view = input.views.get(table.sheet)!;
    const col = firstFreeColumn(view, table, kinds.length, [
      ...(occupied.get(table.sheet) ?? []),
      ...mergedBounds(view.grid),
    ]);
    const cells: PlanCell[][] = [];
    const tv = input.analysis.of(table);
    // Table rows are in sheet order: one pointer walks them alongside the sheet rows.
    let next = 0;
    for (let r = table.headerFirstRow; r <= table.lastRow; r++) {
      if (r < table.headerLastRow) cells.push(kinds.map(() => EMPTY));
      else if (r === table.headerLastRow)
        cells.push(kinds.map((k) => ({ value: msg(lang, `header.${k}`), style: "header" as const })));
      else {
        const rows = table.rows;
        while (next < rows.length && rows.row[next] < r) next++;
        const isAmountRow =
          next < rows.length &&
          rows.row[next] === r &&
          (rows.kind[next] === "line" || rows.kind[next] === "total");
        if (!isAmountRow) {
          cells.push(kinds.map(() => EMPTY));
          continue;
        }
        // Once per row, not once per status column.
        const v = tv ? (input.analysis.recordAt(tv, next) ?? undefined) : undefined;
        const findings = inTable(table, byRow.get(table.sheet)?.get(r));
        cells.push(kinds.map((k) => statusCell(k, lang, findings, v)));
      }
    }
    blocks.push({ sheet: table.sheet, tableId: table.id, row: table.headerFirstRow, col, kinds, cells });
    const list = occupied.get(table.sheet) ?? [];
    list.push({ r1: table.headerFirstRow, r2: table.lastRow, c1: col, c2: col + kinds.length - 1 });
    occupied.set(table.sheet, list);
  }
  const previousSheets = new Set(input.previous?.sheets ?? []);
  const taken = new Set(input.sheetNames.filter((n) => !previousSheets.has(n)));
  const findingsName = freeSheetName(msg(lang, "sheet.findings"), taken);
  taken.add(findingsName);
  const variancesName = freeSheetName(msg(lang, "sheet.variances"), taken);
  const sheets: PlanSheet[] = [
    findingsSheet(findingsName, input.findings, lang),
    variancesSheet(variancesName, input.analysis, input.settings),
  ];
  const valuesOf = (cells: PlanCell[][]) => cells.map((r) => r.map((c) => c.value));
  const ownership: Ownership = {
    regions: blocks.map((b) => ({
      sheet: b.sheet,
      range: rangeA1(b.row, b.col, b.row + b.cells.length - 1, b.col + b.kinds.length - 1),
      fingerprint: fingerprintCells(valuesOf(b.cells)),
    })),
    sheets: sheets.map((s) => s.name),
    sheetFingerprints: Object.fromEntries(sheets.map((s) => [s.name, fingerprintCells(valuesOf(s.cells))])),
  };
  return {
    language: lang,
    blocks,
    sheets,
    ownership,
    ownershipSheet: { name: OWNERSHIP_SHEET, cells: ownershipCells(ownership) },
    previous: input.previous,
    recorded: input.recorded,
  };
}

/**
 * A row's findings that lie in one of this table's columns: a table beside it has its own, even
 * where an override stretches one table across the other's columns.
 */
function inTable(table: Table, findings: Finding[] | undefined): Finding[] {
  if (!findings) return NONE;
  return findings.filter((f) => {
    const col = parseA1(f.cell)?.col ?? -1;
    return table.columns.some((c) => c.col === col);
  });
}

/** Open findings by sheet, then by 0-based row: what each row's check cell sums up. */
function groupFindingsByRow(findings: Finding[]): Map<string, Map<number, Finding[]>> {
  const map = new Map<string, Map<number, Finding[]>>();
  for (const f of findings) {
    if (f.accepted) continue;
    const row = Number(/\d+$/.exec(f.cell)![0]) - 1;
    const rows = map.get(f.sheet) ?? new Map<number, Finding[]>();
    const list = rows.get(row) ?? [];
    list.push(f);
    rows.set(row, list);
    map.set(f.sheet, rows);
  }
  return map;
}

function statusCell(
  kind: StatusKind,
  lang: Language,
  findings: Finding[],
  v: RowVariance | undefined,
): PlanCell {
  switch (kind) {
    case "check": {
      const error = findings.find((f) => f.severity === "error");
      if (error)
        return {
          value: msg(lang, "status.error", { reason: msg(lang, `status.reason.${reasonOf(error.rule)}`) }),
          style: "error",
        };
      const rounding = findings.filter((f) => ROUNDING_RULES.has(f.rule) && f.difference !== undefined);
      if (rounding.length > 0) {
        const max = Math.max(...rounding.map((f) => Math.abs(f.difference!)));
        return {
          value: msg(lang, "status.rounding", { amount: formatCents(Math.round(max * 100), lang) }),
          style: "rounding",
        };
      }
      return sharedCell(lang, "status.ok", "ok");
    }
    case "variancePct":
      return v && v.variancePct !== null ? { value: v.variancePct, numberFormat: PERCENT_FORMAT } : EMPTY;
    case "light":
      return v ? sharedCell(lang, `light.${v.light}`, v.light) : EMPTY;
    case "draft":
      return v?.note?.source === "draft" ? { value: v.note.text, style: "draft" } : EMPTY;
  }
}

/**
 * One frozen cell for each fixed message ("OK", "Groen", …), shared by every row that shows it: a
 * plan of 100k rows needs a handful of such cells, not 200k.
 */
function sharedCell(lang: Language, key: string, style: NonNullable<PlanCell["style"]>): PlanCell {
  const id = `${lang}|${key}`;
  let cell = SHARED_CELLS.get(id);
  if (!cell) {
    cell = Object.freeze({ value: msg(lang, key), style }) as PlanCell;
    SHARED_CELLS.set(id, cell);
  }
  return cell;
}

const SHARED_CELLS = new Map<string, PlanCell>();

function reasonOf(rule: string): string {
  if (rule.startsWith("total.")) return "total";
  if (rule.startsWith("variance.")) return "variance";
  if (rule.startsWith("crosscheck.")) return "crosscheck";
  if (rule.startsWith("formula.")) return "formula";
  return "value";
}

/** The first columns right of the table that are empty in all its rows: a user's column is never written over. */
function firstFreeColumn(
  view: SheetView,
  table: Table,
  width: number,
  planned: { r1: number; r2: number; c1: number; c2: number }[],
): number {
  for (let col = table.lastCol + 1; ; col++) {
    let free = true;
    for (let c = col; c < col + width && free; c++) {
      if (
        planned.some((p) => c >= p.c1 && c <= p.c2 && p.r1 <= table.lastRow && p.r2 >= table.headerFirstRow)
      )
        free = false;
      for (let r = table.headerFirstRow; r <= table.lastRow && free; r++)
        if (!view.isEmpty(r, c)) free = false;
    }
    if (free) return col;
  }
}

/** A sheet's merged areas as bounds: cells the status columns must not cover. */
function mergedBounds(grid: Grid): RegionBounds[] {
  const out: RegionBounds[] = [];
  for (const range of grid.merged ?? []) {
    const b = regionBounds(range);
    if (b) out.push(b);
  }
  return out;
}

function freeSheetName(base: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function findingsSheet(name: string, findings: Finding[], lang: Language): PlanSheet {
  const header = [
    "severity",
    "rule",
    "sheet",
    "cell",
    "code",
    "expected",
    "actual",
    "difference",
    "message",
    "status",
  ].map((k): PlanCell => ({ value: msg(lang, `findings.${k}`), style: "header" }));
  const euro = (n: number | undefined): PlanCell =>
    n === undefined ? { value: null } : { value: n, numberFormat: EURO_FORMAT };
  const rows = findings.map((f): PlanCell[] => [
    { value: msg(lang, `severity.${f.severity}`), style: f.accepted ? "accepted" : f.severity },
    { value: f.rule },
    { value: f.sheet },
    { value: f.cell, link: { sheet: f.sheet, cell: f.cell } },
    { value: f.code ?? null },
    euro(f.expected),
    euro(f.actual),
    euro(f.difference),
    { value: f.message },
    {
      value: f.accepted ? msg(lang, "accepted", { reason: f.accepted.reason }) : null,
      style: f.accepted ? "accepted" : undefined,
    },
  ]);
  const cells = rows.length > 0 ? [header, ...rows] : [header, [{ value: msg(lang, "findings.none") }]];
  return { name, role: "findings", columnWidths: [12, 24, 20, 8, 10, 14, 14, 14, 80, 30], cells };
}

function variancesSheet(name: string, analysis: VarianceAnalysis, settings: Settings): PlanSheet {
  const lang = settings.language;
  const keys = [
    "findings.sheet",
    "findings.cell",
    "findings.code",
    "variances.name",
    "variances.amended",
    "variances.actual",
    "variances.variance",
    "variances.pct",
    "variances.favourable",
    "variances.light",
    "variances.note",
    "variances.source",
  ];
  const header = keys.map((k): PlanCell => ({ value: msg(lang, k), style: "header" }));
  const rows = requiringNotes(analysis).map((v): PlanCell[] => [
    { value: v.sheet },
    { value: v.cell, link: { sheet: v.sheet, cell: v.cell } },
    { value: v.code },
    { value: v.name },
    { value: v.amended, numberFormat: EURO_FORMAT },
    { value: v.actual, numberFormat: EURO_FORMAT },
    { value: v.variance, numberFormat: EURO_FORMAT },
    v.variancePct === null ? { value: null } : { value: v.variancePct, numberFormat: PERCENT_FORMAT },
    { value: msg(lang, v.favourable ? "favourable.yes" : "favourable.no") },
    { value: msg(lang, `light.${v.light}`), style: v.light },
    { value: v.note?.text ?? null, style: v.note?.source === "draft" ? "draft" : undefined },
    { value: v.note ? msg(lang, `variances.source.${v.note.source}`) : null },
  ]);
  const threshold = { threshold: settings.noteThreshold };
  const cells =
    rows.length > 0 ? [header, ...rows] : [header, [{ value: msg(lang, "variances.none", threshold) }]];
  return { name, role: "variances", columnWidths: [20, 8, 10, 40, 16, 16, 16, 10, 6, 12, 80, 16], cells };
}

/** The records of the variances that need a note, in table and row order. */
function requiringNotes(analysis: VarianceAnalysis): RowVariance[] {
  const out: RowVariance[] = [];
  for (const tv of analysis.tables)
    for (let i = 0; i < tv.noteRequired.length; i++)
      if (tv.noteRequired[i] === 1) out.push(analysis.recordAt(tv, i)!);
  return out;
}
