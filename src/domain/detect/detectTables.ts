import { columnLetters, parseA1, rangeA1, toA1 } from "../address";
import { centsOfNumber, parseAmount } from "../amount";
import type { Settings, TableOverride } from "../settings";
import { cellText, fold } from "../text";
import type {
  AmountColumn,
  AmountRole,
  AmountState,
  CellValue,
  ColumnRole,
  Table,
  TableColumn,
  RowKind,
  TableKind,
  TableRows,
} from "../types";
import { AMOUNT_ROLES } from "../types";
import { classifyHeader, type HeaderMeaning } from "./classifyHeader";
import { linkTotals } from "./linkTotals";
import { LabelParts, parseCodeCell, parseLabel } from "./parseLabel";
import type { SheetView } from "./sheetView";

interface HeaderBlock {
  firstRow: number;
  lastRow: number;
  columns: TableColumn[];
}

const MAX_HEADER_ROWS = 3;
/** The prefix of drafted notes in either language (messages draft.prefix). */
const DRAFT_MARK = /^\[(Concept|Draft)\]/;
/** Empty rows that end a table: enough that a deleted group label or two spacer rows do not. */
const MAX_BLANK_RUN = 5;
/** Rows of room made in a table's amount columns before reading it: bounded for a sheet with a far-off last cell. */
const MAX_ROOM = 65_536;
const THOUSANDS =
  /(x|×|\*)\s*(€|eur)?\s*1[.,]?000\b|in duizenden|duizenden euro|\bk€|€\s?k\b|in thousands|thousands of euros|€\s*'?000/i;

/** Finds every budget table on a sheet: header block, column roles, rows, hierarchy, kind. */
export function detectTables(view: SheetView, settings: Settings): Table[] {
  const headers = findHeaderBlocks(view);
  const tables: Table[] = [];
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i];
    const nextHeaderRow = headers.find((h) => h.firstRow > header.lastRow)?.firstRow ?? view.lastRow + 1;
    const anchor = headerAnchor(header);
    const override = settings.tables.find((o) => o.sheet === view.sheet && o.anchor.toUpperCase() === anchor);
    const columns = applyColumnOverride(header.columns, override);
    // Side by side: the label column of a table lies right of the table before it.
    const previous = headers[i - 1];
    const minCol =
      previous && previous.firstRow === header.firstRow
        ? Math.max(...previous.columns.map((c) => c.col)) + 1
        : view.firstCol;
    const table = readTable(view, header, anchor, columns, nextHeaderRow - 1, override?.kind, minCol);
    if (table) tables.push(table);
  }
  return tables;
}

/**
 * The A1 of the detected header's top-left cell: what a table override is keyed by. Taken before
 * the override applies, so a column the user adds or ignores at the table's left edge does not
 * move the key away from the override that made it.
 */
function headerAnchor(header: HeaderBlock): string {
  return toA1(header.firstRow, Math.min(...header.columns.map((c) => c.col)));
}

function applyColumnOverride(columns: TableColumn[], override: TableOverride | undefined): TableColumn[] {
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
  // An overridden role wins: drop any other column that still claims it.
  const claimed = new Map<ColumnRole, number>();
  for (const c of out) if (byLetter.get(columnLetters(c.col))) claimed.set(c.role, c.col);
  return out
    .filter((c) => !claimed.has(c.role) || claimed.get(c.role) === c.col)
    .sort((a, b) => a.col - b.col);
}

function isYear(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** Text of a header cell: strings, and years typed as numbers. */
function headerText(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (isYear(v)) return String(v);
  return "";
}

/** A row that could continue a header: only header words and years, nothing that reads as data. */
function isHeaderContinuation(view: SheetView, row: number): boolean {
  let any = false;
  for (let c = view.firstCol; c <= view.lastColOf(row); c++) {
    const v = view.value(row, c);
    if (v === null || v === "") continue;
    if (typeof v === "string") {
      const t = v.trim();
      if (t === "") continue;
      if (parseLabel(t).code !== null || parseLabel(t).isTotal) return false;
      const a = parseAmount(t);
      if ((a.kind === "text" || a.kind === "number") && !/^(19|20)\d{2}$/.test(t)) return false;
      any = true;
    } else if (isYear(v)) {
      any = true;
    } else return false;
  }
  return any;
}

/** A quick test that keeps the header search off data rows: two or more texts, no amounts. */
function mayStartHeader(view: SheetView, row: number): boolean {
  const last = view.lastColOf(row);
  // Data rows are most rows: their first amount rules them out before any text is examined.
  let strings = 0;
  for (let c = view.firstCol; c <= last; c++) {
    const v = view.value(row, c);
    if (typeof v === "number" && !isYear(v)) return false;
    if (typeof v === "string") strings++;
  }
  if (strings < 2) return false;
  let texts = 0;
  for (let c = view.firstCol; c <= last; c++) {
    const v = view.value(row, c);
    // A unit marker ("x € 1.000") beside a title makes no header of the title.
    if (typeof v === "string" && v.trim() !== "" && !THOUSANDS.test(v)) texts++;
  }
  return texts >= 2;
}

function classifyRows(
  view: SheetView,
  first: number,
  last: number,
): Map<number, HeaderMeaning & { text: string }> {
  const out = new Map<number, HeaderMeaning & { text: string }>();
  let lastCol = view.firstCol;
  for (let r = first; r <= last; r++) lastCol = Math.max(lastCol, view.lastColOf(r));
  for (let c = view.firstCol; c <= lastCol; c++) {
    const parts: string[] = [];
    for (let r = first; r <= last; r++) {
      let t = headerText(view.value(r, c));
      // A header merged over several columns holds its text in the first one only: the columns
      // under it that have a header of their own below ("Begroting 2024" over "primitief" and
      // "na wijziging") take the merged text too.
      if (!t && r < last && c > view.firstCol && headerText(view.value(last, c)))
        t = mergedTextLeft(view, r, c);
      if (t) parts.push(t);
    }
    if (parts.length === 0) continue;
    const text = parts.join(" ");
    out.set(c, { ...classifyHeader(text), text });
  }
  return out;
}

function mergedTextLeft(view: SheetView, row: number, col: number): string {
  for (let c = col - 1; c >= view.firstCol; c--) {
    const t = headerText(view.value(row, c));
    if (t) {
      // A title above the label column ("Realisatie programma 1") is no merged amount header.
      const below = classifyHeader(headerText(view.value(row + 1, c))).role;
      return below === "label" || below === "code" ? "" : t;
    }
    if (!headerText(view.value(row + 1, c))) return "";
  }
  return "";
}

/** Amount and note roles a header names, each year counted apart: what a header is worth. */
function distinctRoles(meanings: Map<number, HeaderMeaning>): number {
  const roles = new Set<string>();
  for (const m of meanings.values())
    if (m.role && m.role !== "label" && m.role !== "code") roles.add(`${m.role}:${m.year ?? ""}`);
  return roles.size;
}

function score(meanings: Map<number, HeaderMeaning>): number {
  let amounts = 0;
  let notes = 0;
  for (const m of meanings.values()) {
    if (m.role === "note") notes++;
    else if (m.role && m.role !== "label" && m.role !== "code") amounts++;
  }
  if (amounts >= 2 || (amounts >= 1 && notes >= 1)) return amounts * 2 + notes + yearsIn(meanings);
  return 0;
}

function yearsIn(meanings: Map<number, HeaderMeaning>): number {
  let n = 0;
  for (const m of meanings.values()) if (m.year) n++;
  return n;
}

function findHeaderBlocks(view: SheetView): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    if (!mayStartHeader(view, r)) continue;
    let best: {
      last: number;
      meanings: Map<number, HeaderMeaning & { text: string }>;
      score: number;
    } | null = null;
    for (let h = 1; h <= MAX_HEADER_ROWS && r + h - 1 <= view.lastRow; h++) {
      if (h > 1 && !isHeaderContinuation(view, r + h - 1)) break;
      const meanings = classifyRows(view, r, r + h - 1);
      const s = score(meanings);
      if (s > 0 && (!best || s >= best.score)) best = { last: r + h - 1, meanings, score: s };
    }
    if (!best) continue;
    // A title row above a one-row header reads as its first row; without it the header names
    // as many columns, so the title is left out.
    if (
      best.last > r &&
      mayStartHeader(view, r + 1) &&
      distinctRoles(classifyRows(view, r + 1, best.last)) >= distinctRoles(best.meanings)
    )
      continue;
    for (const segment of splitSideBySide(best.meanings)) {
      if (score(segment) > 0)
        blocks.push({ firstRow: r, lastRow: best.last, columns: resolveRoles(segment) });
    }
    r = best.last;
  }
  return blocks;
}

/**
 * Tables side by side share header rows. A new table starts where a label or code column follows
 * amount columns, or where an amount header repeats (a second "Rekening 2024").
 */
function splitSideBySide(
  meanings: Map<number, HeaderMeaning & { text: string }>,
): Map<number, HeaderMeaning & { text: string }>[] {
  const segments: Map<number, HeaderMeaning & { text: string }>[] = [new Map()];
  let seen = new Set<string>();
  let amounts = false;
  for (const [col, m] of [...meanings.entries()].sort((a, b) => a[0] - b[0])) {
    if (!m.role) continue;
    // Budgets after successive amendments ("na 1e wijziging", "na 2e wijziging") share a role
    // and a year but are one table's columns: a budget header repeats only with the same words.
    const isBudget = m.role === "amended" || m.role === "original" || m.role === "budget";
    const key = `${m.role}:${m.year ?? ""}${isBudget ? `:${fold(m.text)}` : ""}`;
    const isAmount = m.role !== "label" && m.role !== "code" && m.role !== "note";
    if ((amounts && (m.role === "label" || m.role === "code")) || (isAmount && seen.has(key))) {
      segments.push(new Map());
      seen = new Set();
      amounts = false;
    }
    segments[segments.length - 1].set(col, m);
    seen.add(key);
    if (isAmount) amounts = true;
  }
  return segments;
}

/** Turns per-column meanings into roles: years decide prior-year vs current actuals, bare budgets. */
function resolveRoles(meanings: Map<number, HeaderMeaning & { text: string }>): TableColumn[] {
  const isBudget = (m: HeaderMeaning) => m.role === "amended" || m.role === "original" || m.role === "budget";
  const all = [...meanings.entries()].sort((a, b) => a[0] - b[0]);
  const actuals = all.filter(([, m]) => m.role === "actual");
  const latestActual = actuals.length ? Math.max(...actuals.map(([, m]) => m.year ?? 0)) : 0;
  // A budget for a later year than any actual ("Begroting 2025" beside "Realisatie 2024") is the
  // next year's, not the one the actuals are measured against: it is left out, when the table
  // also has a budget of the actuals' year.
  const future = (m: HeaderMeaning) => isBudget(m) && latestActual > 0 && (m.year ?? 0) > latestActual;
  const cols = all.some(([, m]) => isBudget(m) && !future(m)) ? all.filter(([, m]) => !future(m)) : all;
  const budgetYears = cols.filter(([, m]) => isBudget(m)).map(([, m]) => m.year ?? 0);
  const budgetYear = budgetYears.length ? Math.max(...budgetYears) : 0;
  const hasAmended = cols.some(([, m]) => m.role === "amended");
  const hasOriginal = cols.some(([, m]) => m.role === "original");
  const out: TableColumn[] = [];
  const taken = new Set<ColumnRole>();
  for (const [col, m] of cols) {
    let role: ColumnRole | null = null;
    if (m.role === "actual") {
      const year = m.year ?? 0;
      const earlier =
        actuals.length > 1 ? year < latestActual : budgetYear > 0 && year > 0 && year < budgetYear;
      role = earlier ? "priorActual" : "actual";
    } else if (m.role === "budget") {
      if (!hasAmended && !taken.has("amended")) role = "amended";
      else if (!hasOriginal && !taken.has("original")) role = "original";
    } else role = m.role;
    if (!role) continue;
    if (taken.has(role)) {
      // The budget after the last amendment is the amended budget the actuals are measured against.
      if (role === "amended" && m.role === "amended")
        out[out.findIndex((c) => c.role === role)] = { col, role, header: m.text, year: m.year };
      continue;
    }
    taken.add(role);
    out.push({ col, role, header: m.text, year: m.year });
  }
  return out;
}

function readTable(
  view: SheetView,
  header: HeaderBlock,
  anchor: string,
  columns: TableColumn[],
  limitRow: number,
  kindOverride: TableKind | undefined,
  minCol: number,
): Table | null {
  const amountCols = columns.filter((c) => (AMOUNT_ROLES as readonly string[]).includes(c.role));
  if (amountCols.length === 0) return null;
  const noteCol = columns.find((c) => c.role === "note")?.col ?? null;
  const firstAmountCol = Math.min(...amountCols.map((c) => c.col));
  let labelCol = columns.find((c) => c.role === "label")?.col ?? null;
  let codeCol = columns.find((c) => c.role === "code")?.col ?? null;
  if (labelCol === null)
    labelCol = guessLabelColumn(
      view,
      header.lastRow + 1,
      Math.min(limitRow, header.lastRow + 50),
      minCol,
      firstAmountCol,
      codeCol,
    );
  if (labelCol === null) return null;
  if (codeCol === null)
    codeCol = guessCodeColumn(
      view,
      header.lastRow + 1,
      Math.min(limitRow, header.lastRow + 50),
      labelCol,
      minCol,
    );

  const read = new RowRead(amountCols.length);
  // Room for the rows up to the limit (within reason), cut to the rows the table has once it is
  // read: columns that do not grow a row at a time.
  const room = Math.min(limitRow - header.lastRow, MAX_ROOM);
  const rows = emptyRows(room);
  const amounts = amountCols.map((c) => emptyColumn(c, room));
  /** Adds sheet row `r`: the row just read, or an empty row inside the table when `withRead` is false. */
  const add = (r: number, withRead: boolean) => {
    const index = rows.length++;
    const from = withRead ? read : BLANK_ROW;
    // Past the room made, the arrays grow by one.
    rows.row[index] = r;
    rows.kind[index] = from.kind;
    rows.code[index] = from.code;
    rows.name[index] = from.name;
    rows.label[index] = from.label;
    rows.note[index] = from.note;
    rows.children[index] = undefined;
    if (from.unlabelled) rows.unlabelled.add(index);
    for (let k = 0; k < amounts.length; k++) {
      const column = amounts[k];
      // Past the room made: one empty cell more. Within it, a cell is empty until copied.
      if (index >= column.cents.length) {
        column.cents.push(NaN);
        column.states.push("empty");
      }
      if (withRead) read.cells.copyTo(column, k, index);
    }
  };
  let blanks = 0;
  let lastRow = header.lastRow;
  for (let r = header.lastRow + 1; r <= limitRow; r++) {
    readRow(view, r, labelCol, codeCol, noteCol, amountCols, read);
    if (read.kind === "blank") {
      // A note's continuation on the next line, as reports pasted into Excel often have.
      const prev = read.note ? lastNonBlank(rows) : -1;
      if (prev >= 0) {
        const note = rows.note[prev];
        rows.note[prev] = note ? `${note} ${read.note}` : read.note;
        lastRow = r;
        blanks = 0;
        continue;
      }
      blanks++;
      if (blanks >= MAX_BLANK_RUN) break;
      continue;
    }
    // After a closing total and an empty row, the table goes on only if more amounts follow
    // (the next programme under its heading); a paragraph of text or a title ends it.
    if (
      blanks > 0 &&
      endsAfterClosingTotal(rows) &&
      read.kind !== "line" &&
      !amountsFollow(view, r, limitRow, labelCol, codeCol, noteCol, amountCols)
    )
      break;
    for (let i = 0; i < blanks; i++) add(r - blanks + i, false);
    blanks = 0;
    add(r, true);
    lastRow = r;
  }
  cutRows(rows);
  if (!rows.kind.some((k) => k === "line" || k === "total")) return null;
  const byRole: Table["amounts"] = {};
  for (const column of amounts) {
    column.cents.length = rows.length;
    column.states.length = rows.length;
    byRole[column.role] = column;
  }

  const allCols = [...columns.map((c) => c.col), labelCol, ...(codeCol !== null ? [codeCol] : [])];
  const firstCol = Math.min(...allCols);
  const lastCol = Math.max(...allCols);
  linkTotals(rows, amounts);
  const kind = kindOverride ?? inferKind(columns, rows);
  const table: Table = {
    // Keyed by the detected header, not the range: unique on a sheet, and unmoved by an override.
    id: `${view.sheet}!${anchor}`,
    anchor,
    sheet: view.sheet,
    kind,
    headerFirstRow: header.firstRow,
    headerLastRow: header.lastRow,
    lastRow,
    firstCol,
    lastCol,
    columns: [
      ...columns,
      ...(columns.some((c) => c.role === "label")
        ? []
        : [{ col: labelCol, role: "label" as const, header: "" }]),
      ...(codeCol !== null && !columns.some((c) => c.role === "code")
        ? [{ col: codeCol, role: "code" as const, header: "" }]
        : []),
    ].sort((a, b) => a.col - b.col),
    scale: detectScale(view, header, firstCol, lastCol),
    side: detectSide(view, header, labelCol),
    unitCents: detectUnit(amounts, kind),
    varianceSign: 1,
    labelCol,
    noteCol,
    rows,
    parents: parentsOf(rows),
    amounts: byRole,
    range: rangeA1(header.firstRow, firstCol, lastRow, lastCol),
  };
  table.varianceSign = detectVarianceSign(table);
  return table;
}

/** The rows that add up others: the rules that check a total visit these, not every row of a big table. */
function parentsOf(rows: TableRows): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) if ((rows.children[i]?.length ?? 0) > 0) out.push(i);
  return out;
}

/** Whether a line or total comes before the limit, passing only headings and empty rows. */
function amountsFollow(
  view: SheetView,
  from: number,
  limitRow: number,
  labelCol: number,
  codeCol: number | null,
  noteCol: number | null,
  amountCols: TableColumn[],
): boolean {
  let blanks = 0;
  // A buffer of its own: the caller's still holds the row it read.
  const read = new RowRead(amountCols.length);
  for (let r = from; r <= limitRow && blanks < MAX_BLANK_RUN; r++) {
    readRow(view, r, labelCol, codeCol, noteCol, amountCols, read);
    if (read.kind === "line" || read.kind === "total") return true;
    // A row of text right of the label is prose, not a heading.
    if (read.kind === "blank") blanks++;
    else if (read.label.length > 80) return false;
    else blanks = 0;
  }
  return false;
}

/** No rows yet, with room made for `capacity` of them (`cutRows` cuts the arrays to the rows read). */
function emptyRows(capacity: number): TableRows {
  return {
    length: 0,
    row: new Array<number>(capacity).fill(0),
    kind: new Array<RowKind>(capacity).fill("blank"),
    code: new Array<string | null>(capacity).fill(null),
    name: new Array<string | undefined>(capacity).fill(undefined),
    label: new Array<string>(capacity).fill(""),
    note: new Array<string | null>(capacity).fill(null),
    children: new Array<number[] | undefined>(capacity).fill(undefined),
    codeInferred: new Set(),
    unlabelled: new Set(),
  };
}

function cutRows(rows: TableRows): void {
  for (const field of [rows.row, rows.kind, rows.code, rows.name, rows.label, rows.note, rows.children])
    field.length = rows.length;
}

/** The index of the last row that is not blank; -1 when there is none. */
function lastNonBlank(rows: TableRows): number {
  for (let i = rows.length - 1; i >= 0; i--) if (rows.kind[i] !== "blank") return i;
  return -1;
}

/** True when the last row closes everything above it: the table is complete. */
function endsAfterClosingTotal(rows: TableRows): boolean {
  const last = lastNonBlank(rows);
  if (last < 0 || rows.kind[last] !== "total") return false;
  const code = rows.code[last];
  return code === null || !code.includes(".");
}

/**
 * The row being read, kept until it is known to belong to the table: one object for every row of
 * the sheet, its fields copied into the table's rows when the row joins it.
 */
class RowRead {
  kind: RowKind = "blank";
  code: string | null = null;
  /** Undefined where the label gives the name (TableRows.name). */
  name: string | undefined = undefined;
  label = "";
  note: string | null = null;
  unlabelled = false;
  readonly cells: RowCells;
  readonly labelParts = new LabelParts();

  constructor(amountCount: number) {
    this.cells = new RowCells(amountCount);
  }
}

/** An empty row inside a table (between two that belong to it), as `add` copies it. */
const BLANK_ROW: Readonly<Pick<RowRead, "kind" | "code" | "name" | "label" | "note" | "unlabelled">> = {
  kind: "blank",
  code: null,
  name: undefined,
  label: "",
  note: null,
  unlabelled: false,
};

/** The amount cells of the row being read, kept until the row is known to belong to the table. */
class RowCells {
  readonly cents: number[];
  readonly states: AmountState[];
  readonly formulas: (string | null)[];
  readonly raws: CellValue[];

  constructor(size: number) {
    this.cents = new Array<number>(size).fill(NaN);
    this.states = new Array<AmountState>(size).fill("empty");
    this.formulas = new Array<string | null>(size).fill(null);
    this.raws = new Array<CellValue>(size).fill(null);
  }

  read(view: SheetView, row: number, col: number, k: number): void {
    const raw = view.value(row, col);
    const formula = view.formula(row, col);
    this.formulas[k] = formula;
    this.raws[k] = raw;
    let cents: number | null = null;
    let state: AmountState;
    if (typeof raw === "number") {
      cents = centsOfNumber(raw);
      state = cents === null ? "invalid" : "number";
    } else if (raw === null && formula) {
      state = "uncalculated";
    } else {
      const parsed = parseAmount(raw);
      state = parsed.kind;
      if (parsed.kind === "number" || parsed.kind === "text") cents = parsed.cents;
    }
    this.states[k] = state;
    this.cents[k] = cents ?? NaN;
  }

  copyTo(column: AmountColumn, k: number, index: number): void {
    column.cents[index] = this.cents[k];
    const state = this.states[k];
    column.states[index] = state;
    const formula = this.formulas[k];
    if (formula !== null) column.formulas.set(index, formula);
    if (state === "text" || state === "invalid") column.raws.set(index, this.raws[k]);
  }
}

function emptyColumn(c: TableColumn, capacity: number): AmountColumn {
  return {
    role: c.role as AmountRole,
    col: c.col,
    cents: new Array<number>(capacity).fill(NaN),
    states: new Array<AmountState>(capacity).fill("empty"),
    formulas: new Map(),
    raws: new Map(),
    unitCents: 100,
  };
}

function guessLabelColumn(
  view: SheetView,
  first: number,
  last: number,
  from: number,
  before: number,
  codeCol: number | null,
): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (let c = from; c < before; c++) {
    if (c === codeCol) continue;
    let count = 0;
    for (let r = first; r <= last; r++) if (cellText(view.value(r, c)) !== "") count++;
    if (count > bestCount || (count === bestCount && count > 0)) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/** A column left of the labels holding codes (`1.1.1`) in most of its filled cells. */
function guessCodeColumn(
  view: SheetView,
  first: number,
  last: number,
  labelCol: number,
  minCol: number,
): number | null {
  for (let c = labelCol - 1; c >= Math.max(minCol, labelCol - 2); c--) {
    let codes = 0;
    let filled = 0;
    for (let r = first; r <= last; r++) {
      const v = view.value(r, c);
      if (v === null || v === "") continue;
      filled++;
      if (parseCodeCell(v) !== null) codes++;
    }
    if (filled > 0 && codes / filled >= 0.8) return c;
  }
  return null;
}

function readRow(
  view: SheetView,
  r: number,
  labelCol: number,
  codeCol: number | null,
  noteCol: number | null,
  amountCols: TableColumn[],
  out: RowRead,
): void {
  const cells = out.cells;
  const labelValue = view.value(r, labelCol);
  let label = typeof labelValue === "number" ? String(labelValue) : cellText(labelValue);
  if (label === "") label = indentedLabel(view, r, labelCol, codeCol, noteCol, amountCols);
  const parsed = out.labelParts.read(label);
  let code = parsed.code;
  let name: string | undefined = undefined;
  let isTotal = parsed.isTotal;
  if (codeCol !== null) {
    const codeValue = view.value(r, codeCol);
    // "Totaal" may stand in the code column, with the programme's name as the label.
    const inCodeColumn = typeof codeValue === "string" ? parseLabel(codeValue) : null;
    if (inCodeColumn?.isTotal) {
      isTotal = true;
      code = inCodeColumn.code ?? code;
    }
    const own = parseCodeCell(codeValue);
    if (own !== null && parsed.code !== own && !parsed.isTotal) {
      const ownName = label.replace(/^(sub)?(totaal|total)\b\s*/i, "");
      if (ownName !== parsed.name) name = ownName;
    }
    if (own !== null) code = own;
  }
  let anyAmount = false;
  for (let k = 0; k < amountCols.length; k++) {
    cells.read(view, r, amountCols[k].col, k);
    if (cells.states[k] !== "empty") anyAmount = true;
  }
  const noteValue = noteCol !== null ? view.value(r, noteCol) : null;
  // A note Stoplicht drafted is no explanation until someone writes one in its place.
  const noteText = typeof noteValue === "string" ? noteValue.trim() : "";
  const note = noteText !== "" && !DRAFT_MARK.test(noteText) ? noteText : null;
  const unlabelled = anyAmount && !isTotal && label === "" && code === null;
  out.kind = !anyAmount
    ? label === "" && code === null
      ? "blank"
      : "group"
    : isTotal || unlabelled
      ? "total"
      : "line";
  out.code = code;
  out.name = name;
  out.label = label;
  out.note = note;
  out.unlabelled = unlabelled;
}

/**
 * A label indented into a column of its own: the programme in A, its lines in B. The first text
 * right of an empty label cell and left of the amounts, outside the code and note columns.
 */
function indentedLabel(
  view: SheetView,
  r: number,
  labelCol: number,
  codeCol: number | null,
  noteCol: number | null,
  amountCols: TableColumn[],
): string {
  const end = amountCols.length > 0 ? amountCols[0].col : labelCol;
  for (let c = labelCol + 1; c < end; c++) {
    if (c === codeCol || c === noteCol) continue;
    const value = view.value(r, c);
    if (typeof value === "string" && value.trim() !== "") return cellText(value);
  }
  return "";
}

function inferKind(columns: TableColumn[], rows: TableRows): TableKind {
  const roles = new Set(columns.map((c) => c.role));
  if (roles.has("variance") && !roles.has("amended") && !roles.has("actual") && !roles.has("original")) {
    return "explanation";
  }
  // Counted in one loop: a list of the coded lines would be one more array per table of 100k lines.
  let coded = 0;
  for (let i = 0; i < rows.length; i++) {
    const code = rows.code[i];
    if (rows.kind[i] !== "line" || code === null) continue;
    if (code.includes(".")) return "detail";
    coded++;
  }
  return coded >= 2 ? "summary" : "detail";
}

const INCOME = /\b(baten|opbrengsten|inkomsten|ontvangsten|income|revenues?|receipts)\b/;
const COSTS = /\b(lasten|kosten|uitgaven|expenses|costs|expenditure)\b/;

/** Whether a table lists costs or income: its label header, or a title in the rows just above. */
function detectSide(view: SheetView, header: HeaderBlock, labelCol: number): Table["side"] {
  const texts: string[] = [];
  for (let r = header.firstRow; r <= header.lastRow; r++) texts.push(cellText(view.value(r, labelCol)));
  for (let r = header.firstRow - 1; r >= Math.max(view.firstRow, header.firstRow - 3); r--) {
    for (let c = view.firstCol; c <= view.lastColOf(r); c++) texts.push(cellText(view.value(r, c)));
  }
  for (const t of texts.map(fold)) {
    const income = INCOME.test(t);
    const costs = COSTS.test(t);
    // "Overzicht van baten en lasten" names both and so says nothing of this table: read on.
    if (income !== costs) return income ? "income" : "costs";
  }
  return null;
}

function detectScale(view: SheetView, header: HeaderBlock, firstCol: number, lastCol: number): 1 | 1000 {
  for (let r = Math.max(view.firstRow, header.firstRow - 3); r <= header.lastRow; r++) {
    for (let c = view.firstCol; c <= Math.max(lastCol, firstCol); c++) {
      const t = view.value(r, c);
      if (typeof t === "string" && THOUSANDS.test(t)) return 1000;
    }
  }
  return 1;
}

/**
 * The rounding unit each column's figures were stated in, set on the columns, and the table's:
 * cents, whole euros, or — for explanation tables, which round to thousands — whole thousands. A
 * budget table of round figures keeps the euro, so that a typo of € 1.000 is never taken for
 * rounding. A column with a figure in cents is exact; the other columns keep their rounding.
 */
function detectUnit(amounts: AmountColumn[], kind: TableKind): number {
  let nonZero = 0;
  let allThousands = true;
  const exact = new Set<AmountColumn>();
  for (const column of amounts) {
    for (const cents of column.cents) {
      if (cents === 0 || Number.isNaN(cents)) continue;
      // Whole euros and whole thousands, tested by division: `%` on doubles is a library call.
      if (!Number.isInteger(cents / 100)) {
        exact.add(column);
        break;
      }
      nonZero++;
      if (!Number.isInteger(cents / 100000)) allThousands = false;
    }
  }
  const rounded = exact.size === 0 && kind === "explanation" && allThousands && nonZero >= 3 ? 100000 : 100;
  let coarsest = amounts.length > 0 ? 1 : rounded;
  for (const column of amounts) {
    column.unitCents = exact.has(column) ? 1 : rounded;
    coarsest = Math.max(coarsest, column.unitCents);
  }
  return coarsest;
}

/** Most workbooks state the variance as budget − actual; some as actual − budget. The figures decide. */
function detectVarianceSign(table: Table): 1 | -1 {
  const { variance, amended, actual } = table.amounts;
  if (!variance || !amended || !actual) return 1;
  let forward = 0;
  let reversed = 0;
  const tolerance = table.unitCents * 2;
  for (let i = 0; i < table.rows.length; i++) {
    const v = variance.cents[i];
    const b = amended.cents[i];
    const a = actual.cents[i];
    // A row without all three figures says nothing about the sign.
    if (v === 0 || Number.isNaN(v) || Number.isNaN(b) || Number.isNaN(a)) continue;
    if (Math.abs(b - a - v) <= tolerance) forward++;
    else if (Math.abs(a - b - v) <= tolerance) reversed++;
  }
  return reversed > forward ? -1 : 1;
}
