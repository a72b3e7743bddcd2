import { parseA1, rangeA1 } from "./address";
import { fingerprintCells } from "./fingerprint";
import { formatCents } from "./format";
import type { SheetView } from "./detect/sheetView";
import type { Language } from "./format";
import { msg } from "./messages/catalogue";
import { OWNERSHIP_SHEET, ownershipCells, type Ownership } from "./ownership";
import type { PreviousRun } from "./previousRun";
import { mergedAreas } from "./rectangles";
import { removalPlan, type RemovalPlan } from "./removalPlan";
import { annualResultSheets } from "./annualSheets/annualResultSheets";
import type { AnnualReport } from "./annualReport";
import type { CheckSummary } from "./check";
import { findingsSheet, variancesSheet, type DocumentInfo } from "./resultSheets";
import type { Settings } from "./settings";
import { stylesFor, type CellStyle, type StyleLook } from "./styles";
import { colourByRules, giveWidths } from "./statusColumnLooks";
import type { TextRule } from "./textRules";
import type { CellValue, Currency, Finding, Grid, RowVariance, Table } from "./types";
import type { VarianceAnalysis } from "./variances";

export interface PlanCell {
  /** Text is always written as text, never as a formula, whatever it starts with. */
  value: string | number | null;
  /**
   * A link to a cell of the workbook, shown as `value`: each adapter writes it as its host's own
   * hyperlink (Office's `hyperlink.documentReference`, the file's `<hyperlink location>`), never as
   * a formula. Only result sheets' cells link.
   */
  link?: PlanLink;
  /** The look to give the cell (fill, font, number format): `WritePlan.styles`. */
  style?: CellStyle;
}

/** Where a link goes: a cell of a sheet of the same workbook. */
export interface PlanLink {
  sheet: string;
  /** A1 address, no sheet. */
  cell: string;
}

export type StatusKind = "check" | "variancePct" | "light" | "draft";

/** One status column of a block. */
export interface PlanColumn {
  /** Width in characters to give the column; null leaves the width the user gave it. */
  width: number | null;
  /**
   * Conditional formats of the column's body (the rows below `headerRows`), in order. A body cell
   * coloured by them carries no style of its own.
   */
  rules: TextRule[];
}

/** Status columns right of one table: a rectangle of cells, header row first. */
export interface PlanBlock {
  sheet: string;
  tableId: string;
  /** 0-based absolute top-left. */
  row: number;
  col: number;
  kinds: StatusKind[];
  /** Rows at the top that are the table's header, the last of them holding the status headers; the rest is the body. */
  headerRows: number;
  /** Per status column (as `kinds`): its width and conditional formats. */
  columns: PlanColumn[];
  cells: PlanCell[][];
}

export interface PlanSheet {
  name: string;
  role: "findings" | "variances" | "overspends" | "outputs" | "contribution";
  /**
   * True: an earlier run's sheet of this name, refilled in place (emptied of everything first), so
   * that the user's formulas and links to it keep working. False: added after the last sheet.
   */
  refill: boolean;
  /** Width of each column from A, in characters. */
  columnWidths: number[];
  /** Rows frozen at the top: the title block and the table's header. */
  frozenRows: number;
  /** 0-based row of the table's header, below the title block. */
  headerRow: number;
  /** How the sheet prints. */
  print: PrintSetup;
  cells: PlanCell[][];
}

/** How a result sheet prints: as a document to hand on. */
export interface PrintSetup {
  landscape: boolean;
  /** Pages wide the sheet is fitted to; its length runs over as many pages as it needs. */
  fitToPagesWide: number;
  /** Rows printed at the top of every page (0-based, inclusive): the table's header. */
  titleRows: { first: number; last: number } | null;
  /** The footer's centre in the hosts' header/footer codes (`Pagina &P van &N`). */
  footer: string | null;
}

/**
 * Everything an adapter writes, and in which order: the adapters only translate it.
 * 1. `removal`: what an earlier run wrote and still holds, taken out (as Remove results would).
 * 2. `ownershipSheet`: the record of what this plan writes, very hidden; rewritten in place when
 *    the workbook has one, else added after the last sheet.
 * 3. `blocks`: the status columns beside each table, in table order.
 * 4. `sheets`: the result sheets, in order, each refilled in place or added after the last sheet.
 * Every cell's look comes from `styles`; widths are in characters of the default font.
 */
export interface WritePlan {
  language: Language;
  /** The one style table. */
  styles: Readonly<Record<CellStyle, Readonly<StyleLook>>>;
  removal: RemovalPlan;
  ownershipSheet: { name: string; cells: CellValue[][]; exists: boolean };
  blocks: PlanBlock[];
  sheets: PlanSheet[];
  /** What this plan writes, as the record holds it. */
  ownership: Ownership;
  /** The record as the workbook holds it, edited parts included: what an adapter compares with before writing. */
  recorded: Ownership | null;
}

export interface PlanInput {
  tables: Table[];
  findings: Finding[];
  analysis: VarianceAnalysis;
  settings: Settings;
  views: Map<string, SheetView>;
  grids: readonly Grid[];
  run: PreviousRun;
  /** Outputs, the contribution per province and the overspends: their result sheets. */
  annual: AnnualReport;
  /** The findings' counts, for the Controlerapport's title block. */
  summary: CheckSummary;
  /** The workbook's name and the day of the check, for the result sheets' title blocks. */
  about: DocumentInfo;
  /** The workbook's currency (the one its tables state most, else euros): the settings' amounts in words. */
  currency: Currency;
}

/** The one empty cell every blank status cell shares: plans of 100k rows allocate no more than they need. */
const EMPTY: PlanCell = Object.freeze({ value: null }) as PlanCell;
const NONE: Finding[] = [];
const ROUNDING_RULES = new Set(["total.rounding", "variance.rounding", "crosscheck.rounding"]);

/**
 * Plans every cell Stoplicht writes: status columns per table, the result sheets (findings,
 * variances, and where the workbook has them overspends, outputs and the contribution per
 * province), the record.
 */
export function buildWritePlan(input: PlanInput): WritePlan {
  const lang = input.settings.language;
  const previous = input.run.previous;
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
      ...mergedAreas(view.grid),
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
    const headerRows = table.headerLastRow - table.headerFirstRow + 1;
    const columns = kinds.map((_, j) => colourByRules(cells, j, headerRows));
    blocks.push({
      sheet: table.sheet,
      tableId: table.id,
      row: table.headerFirstRow,
      col,
      kinds,
      headerRows,
      columns,
      cells,
    });
    const list = occupied.get(table.sheet) ?? [];
    list.push({ r1: table.headerFirstRow, r2: table.lastRow, c1: col, c2: col + kinds.length - 1 });
    occupied.set(table.sheet, list);
  }
  giveWidths(blocks, input);
  const previousSheets = new Set(previous?.sheets ?? []);
  const sheetNames = input.grids.map((g) => g.sheet);
  const taken = new Set(sheetNames.filter((n) => !previousSheets.has(n)));
  const findingsName = freeSheetName(msg(lang, "sheet.findings"), taken);
  taken.add(findingsName);
  const variancesName = freeSheetName(msg(lang, "sheet.variances"), taken);
  const refill = (name: string) => previousSheets.has(name) && sheetNames.includes(name);
  taken.add(variancesName);
  const sheets: PlanSheet[] = [
    findingsSheet(
      findingsName,
      input.findings,
      input.summary,
      currencyByCell(input.tables),
      input.settings,
      input.about,
      refill(findingsName),
      input.currency,
    ),
    variancesSheet(
      variancesName,
      input.analysis,
      input.settings,
      input.about,
      refill(variancesName),
      input.currency,
    ),
    ...annualResultSheets(input.annual, input.analysis.tables.length > 0, lang, (key) => {
      const name = freeSheetName(msg(lang, key), taken);
      taken.add(name);
      return { name, refill: refill(name) };
    }),
  ];
  const valuesOf = (cells: PlanCell[][]) => cells.map((r) => r.map((c) => c.value));
  const ownership: Ownership = {
    regions: blocks.map((b) => ({
      sheet: b.sheet,
      range: rangeA1(b.row, b.col, b.row + b.cells.length - 1, b.col + b.kinds.length - 1),
      fingerprint: fingerprintCells(valuesOf(b.cells)),
      widths: b.columns.map((c) => c.width),
    })),
    sheets: sheets.map((s) => s.name),
    sheetFingerprints: Object.fromEntries(sheets.map((s) => [s.name, fingerprintCells(valuesOf(s.cells))])),
  };
  const refilled = new Set(sheets.filter((s) => s.refill).map((s) => s.name));
  return {
    language: lang,
    styles: stylesFor(lang),
    removal: removalPlan(input.run, input.grids, refilled, true),
    ownershipSheet: {
      name: OWNERSHIP_SHEET,
      cells: ownershipCells(ownership),
      exists: input.run.recordSheet,
    },
    blocks,
    sheets,
    ownership,
    recorded: input.run.recorded,
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
      return v && v.variancePct !== null ? { value: v.variancePct, style: "percent" } : EMPTY;
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

/** The currency of the table a finding's cell lies in: its amounts are in that currency. */
function currencyByCell(tables: Table[]): (f: Finding) => Currency | null {
  const bySheet = new Map<string, Table[]>();
  for (const t of tables) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
  return (f) => {
    const at = parseA1(f.cell);
    if (!at) return null;
    const table = bySheet
      .get(f.sheet)
      ?.find(
        (t) =>
          at.row >= t.headerFirstRow && at.row <= t.lastRow && at.col >= t.firstCol && at.col <= t.lastCol,
      );
    return table?.currency ?? bySheet.get(f.sheet)?.[0]?.currency ?? tables[0]?.currency ?? null;
  };
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

function freeSheetName(base: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
