import { parseAmount } from "../amount";
import { centsOf, NO_CENTS, type Cents } from "../money";
import { regionBounds, type RegionBounds } from "../ownership";
import { cellText, fold } from "../text";
import type {
  AmountColumn,
  AmountState,
  CellValue,
  ColumnKind,
  RowKind,
  TableColumn,
  TableRows,
} from "../types";
import { LabelParts, parseCodeCell, parseLabel } from "./parseLabel";
import type { SheetView } from "./sheetView";

/** The prefix of drafted notes in either language (messages draft.prefix). */
const DRAFT_MARK = /^\[(Concept|Draft)\]/;
/** Empty rows that end a table: enough that a deleted group label or two spacer rows do not. */
const MAX_BLANK_RUN = 5;
/** Rows of room made in a table's amount columns before reading it: bounded for a sheet with a far-off last cell. */
const MAX_ROOM = 65_536;

/** Where a table's rows are read from: the columns stage 1 found. */
export interface RowLayout {
  firstRow: number;
  limitRow: number;
  labelCol: number;
  codeCol: number | null;
  noteCol: number | null;
  /** Lasten / Baten / Saldo written in a column of their own. */
  kindCol: number | null;
  /** "Explanation required? YES/NO". */
  noteRequiredCol: number | null;
  amountCols: TableColumn[];
  /** The scale each amount column is stated in. */
  scales: number[];
  /** Rows read through as if absent: a header repeated at a page break. */
  skipRows?: ReadonlySet<number>;
}

/** Stage 2 of reading a table: its rows, their labels and kinds, and every amount, in cents. */
export interface ReadRows {
  rows: TableRows;
  amounts: AmountColumn[];
  lastRow: number;
  /** The organisation's answer to "explanation required?" by row index, where it gives one. */
  noteRequired: Map<number, boolean>;
}

/** Reads the rows under a header until the table ends. Null when no line or total was found. */
export function readRows(view: SheetView, layout: RowLayout): ReadRows | null {
  const { firstRow, limitRow, amountCols } = layout;
  const read = new RowRead(amountCols.length);
  const labels = new LabelSource(view, layout);
  // Room for the rows up to the limit (within reason), cut to the rows the table has once it is
  // read: columns that do not grow a row at a time.
  const room = Math.max(0, Math.min(limitRow - firstRow + 1, MAX_ROOM));
  const rows = emptyRows(room);
  const amounts = amountCols.map((c, k) => emptyColumn(c, layout.scales[k], room));
  const noteRequired = new Map<number, boolean>();
  let sectionKind: ColumnKind | null = null;
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
    rows.minus[index] = undefined;
    if (withRead && read.kind === "group" && read.rowKind !== null) sectionKind = read.rowKind;
    rows.rowKind[index] = withRead ? (read.rowKind ?? sectionKind) : null;
    // The total that names its section's kind closes it ("Total expenditures", "Income" under
    // "Income"): what follows (a result, other financing) is of no kind until a heading says.
    if (
      withRead &&
      read.kind !== "group" &&
      read.rowKind !== null &&
      read.rowKind === sectionKind &&
      read.closesSection
    )
      sectionKind = null;
    rows.indent[index] = withRead ? read.indent : 0;
    if (withRead && read.noteRequired !== null) noteRequired.set(index, read.noteRequired);
    if (from.unlabelled) rows.unlabelled.add(index);
    for (let k = 0; k < amounts.length; k++) {
      const column = amounts[k];
      // Past the room made: one empty cell more. Within it, a cell is empty until copied.
      if (index >= column.cents.length) {
        column.cents.push(NO_CENTS);
        column.states.push("empty");
      }
      if (withRead) read.cells.copyTo(column, k, index);
    }
  };
  let blanks = 0;
  let lastRow = firstRow - 1;
  for (let r = firstRow; r <= limitRow; r++) {
    if (layout.skipRows?.has(r)) continue;
    readRow(view, r, layout, labels, read);
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
      !amountsFollow(view, r, layout, labels)
    )
      break;
    for (let i = 0; i < blanks; i++) add(r - blanks + i, false);
    blanks = 0;
    add(r, true);
    lastRow = r;
  }
  cutRows(rows);
  if (!rows.kind.some((k) => k === "line" || k === "total")) return null;
  for (const column of amounts) {
    column.cents.length = rows.length;
    column.states.length = rows.length;
  }
  return { rows, amounts, lastRow, noteRequired };
}

/** Whether a line or total comes before the limit, passing only headings and empty rows. */
function amountsFollow(view: SheetView, from: number, layout: RowLayout, labels: LabelSource): boolean {
  let blanks = 0;
  // A buffer of its own: the caller's still holds the row it read.
  const read = new RowRead(layout.amountCols.length);
  for (let r = from; r <= layout.limitRow && blanks < MAX_BLANK_RUN; r++) {
    readRow(view, r, layout, labels, read);
    if (read.kind === "line" || read.kind === "total") return true;
    // A row of text right of the label is prose, not a heading.
    if (read.kind === "blank") blanks++;
    else if (read.label.length > 80) return false;
    else blanks = 0;
  }
  return false;
}

/** No rows yet, with room made for `capacity` of them (`cutRows` cuts the arrays to the rows read). */
export function emptyRows(capacity: number): TableRows {
  return {
    length: 0,
    row: new Array<number>(capacity).fill(0),
    kind: new Array<RowKind>(capacity).fill("blank"),
    code: new Array<string | null>(capacity).fill(null),
    name: new Array<string | undefined>(capacity).fill(undefined),
    label: new Array<string>(capacity).fill(""),
    note: new Array<string | null>(capacity).fill(null),
    children: new Array<number[] | undefined>(capacity).fill(undefined),
    minus: new Array<number[] | undefined>(capacity).fill(undefined),
    rowKind: new Array<ColumnKind | null>(capacity).fill(null),
    indent: new Array<number>(capacity).fill(0),
    codeInferred: new Set(),
    unlabelled: new Set(),
  };
}

function cutRows(rows: TableRows): void {
  for (const field of [
    rows.row,
    rows.kind,
    rows.code,
    rows.name,
    rows.label,
    rows.note,
    rows.children,
    rows.minus,
    rows.rowKind,
    rows.indent,
  ])
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
  rowKind: ColumnKind | null = null;
  /** Whether the row names its kind as a section's total does ("Total revenues", "Income"). */
  closesSection = false;
  indent = 0;
  noteRequired: boolean | null = null;
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
  readonly cents: Cents[];
  readonly states: AmountState[];
  readonly formulas: (string | null)[];
  readonly raws: CellValue[];

  constructor(size: number) {
    this.cents = new Array<Cents>(size).fill(NO_CENTS);
    this.states = new Array<AmountState>(size).fill("empty");
    this.formulas = new Array<string | null>(size).fill(null);
    this.raws = new Array<CellValue>(size).fill(null);
  }

  read(view: SheetView, row: number, col: number, scale: number, k: number): void {
    const raw = view.value(row, col);
    const formula = view.formula(row, col);
    this.formulas[k] = formula;
    this.raws[k] = raw;
    let cents: Cents | null = null;
    let state: AmountState;
    if (typeof raw === "number") {
      cents = centsOf(raw, scale);
      state = cents === null ? "invalid" : "number";
    } else if (raw === null && formula) {
      state = "uncalculated";
    } else {
      const parsed = parseAmount(raw);
      state = parsed.kind;
      if (parsed.kind === "number" || parsed.kind === "text") {
        // Parsed to cents of the stated figure; the column's scale applies once, here.
        cents = scale === 1 ? (parsed.cents as Cents) : centsOf(parsed.cents / 100, scale);
        if (cents === null) state = "invalid";
      }
    }
    this.states[k] = state;
    this.cents[k] = cents ?? NO_CENTS;
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

function emptyColumn(c: TableColumn, scale: number, capacity: number): AmountColumn {
  return {
    role: c.role as AmountColumn["role"],
    col: c.col,
    column: c,
    cents: new Array<Cents>(capacity).fill(NO_CENTS),
    states: new Array<AmountState>(capacity).fill("empty"),
    formulas: new Map(),
    raws: new Map(),
    scale,
    unit: 100 * scale,
    totalUnit: 100 * scale,
    additive: c.role !== "percent",
  };
}

/**
 * Labels as a reader sees them: a label merged down over several rows (a programme over its
 * Lasten, Baten and Saldo rows) stands on each of them.
 */
class LabelSource {
  private readonly merged: RegionBounds[];
  /** The label of the row above, where it had a kind: the programme its next kind rows belong to. */
  carried = "";

  constructor(
    private readonly view: SheetView,
    layout: RowLayout,
  ) {
    this.merged = [];
    for (const range of view.grid.merged ?? []) {
      const b = regionBounds(range);
      if (b && b.r2 > b.r1 && b.c1 <= layout.labelCol && b.c2 >= layout.labelCol) this.merged.push(b);
    }
  }

  value(row: number, col: number): CellValue {
    const v = this.view.value(row, col);
    if (v !== null || this.merged.length === 0) return v;
    for (const b of this.merged)
      if (row > b.r1 && row <= b.r2 && col >= b.c1 && col <= b.c2) return this.view.value(b.r1, b.c1);
    return v;
  }
}

const KIND_WORDS: [RegExp, ColumnKind][] = [
  [/^(saldo|net|netto|nett|per saldo|saldo van baten en lasten|net (cost|expenditure|income))$/, "saldo"],
  [/^(lasten|kosten|uitgaven|expenditures?|expenses|costs|spending|payments)$/, "lasten"],
  [/^(baten|opbrengsten|inkomsten|ontvangsten|income|revenues?|receipts)$/, "baten"],
];
/** Any kind word in a label, before it is folded: most headings and totals have none. */
const KIND_INSIDE =
  /(lasten|kosten|uitgaven|expen|costs|spending|payments|baten|opbrengsten|inkomsten|ontvangsten|income|revenue|receipts)/i;
const INCOME_WORD = /\b(baten|opbrengsten|inkomsten|ontvangsten|income|revenues?|receipts)\b/;
const COSTS_WORD = /\b(lasten|kosten|uitgaven|expenditures?|expenses|costs|spending|payments)\b/;

/** A row that tells part of the row above again: never added into a total. */
const OF_WHICH = /^\s*(waarvan|hiervan|w\.?v\.?|of which|including)\b/i;

/** The start of every kind word: most labels are none, and are told so without folding them. */
const KIND_START =
  /^\s*(saldo|net|per saldo|lasten|kosten|uitgaven|expen|costs|spending|payments|baten|opbrengsten|inkomsten|ontvangsten|income|revenue|receipts)/i;

/** The kind a cell names on its own ("Baten"), or null. */
export function kindWord(value: CellValue): ColumnKind | null {
  if (typeof value !== "string" || !KIND_START.test(value)) return null;
  const t = fold(cellText(value)).replace(/[:.]$/, "");
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(t)) return kind;
  return null;
}

/** The kind a heading names ("Income", "Totaal lasten", "Intergovernmental revenue"), or null. */
function headingKind(label: string): ColumnKind | null {
  if (!KIND_INSIDE.test(label)) return null;
  const t = fold(label);
  const income = INCOME_WORD.test(t);
  const costs = COSTS_WORD.test(t);
  if (income === costs) return null;
  return income ? "baten" : "lasten";
}

function readRow(view: SheetView, r: number, layout: RowLayout, labels: LabelSource, out: RowRead): void {
  const { labelCol, codeCol, noteCol, kindCol, amountCols, scales } = layout;
  const cells = out.cells;
  const labelValue = labels.value(r, labelCol);
  let label = typeof labelValue === "number" ? String(labelValue) : cellText(labelValue);
  out.indent = view.indent(r, labelCol);
  // "Programma 1" on its Lasten row only, its Baten and Saldo rows below left blank: the
  // programme's name stands for all three, as a merged cell would.
  const ownKind = kindCol !== null ? kindWord(view.value(r, kindCol)) : null;
  if (label === "" && ownKind !== null) label = labels.carried;
  if (label === "") {
    const indented = indentedLabel(view, r, layout);
    label = indented.text;
    // A label in the next column is a level deeper than one in the label column.
    if (label !== "") out.indent = indented.depth + view.indent(r, indented.col);
  }
  labels.carried = ownKind !== null ? label : "";
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
  let anyFigure = false;
  let anyProse = false;
  for (let k = 0; k < amountCols.length; k++) {
    cells.read(view, r, amountCols[k].col, scales[k], k);
    const state = cells.states[k];
    if (state === "invalid" && typeof cells.raws[k] === "string") anyProse = true;
    else if (state !== "empty") anyFigure = true;
  }
  // Text where amounts stand ("(continued)" under a column) makes no row of figures by itself;
  // beside a label it is an amount that could not be read ("pm"), and said so.
  const anyAmount = anyFigure || (anyProse && label !== "");
  const noteValue = noteCol !== null ? view.value(r, noteCol) : null;
  // A note Stoplicht drafted is no explanation until someone writes one in its place. A note number
  // ("3", referring to the notes below the table) is an explanation given elsewhere.
  const noteText =
    typeof noteValue === "string" ? noteValue.trim() : typeof noteValue === "number" ? String(noteValue) : "";
  const note = noteText !== "" && !DRAFT_MARK.test(noteText) ? noteText : null;
  const unlabelled = anyAmount && !isTotal && label === "" && code === null;
  // "waarvan incidenteel", "of which": a part of the line above, told again; no line of its own.
  const memo = OF_WHICH.test(label);
  out.kind = memo
    ? "blank"
    : !anyAmount
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
  out.rowKind = ownKind ?? (out.kind === "line" && !isTotal ? kindWord(label) : headingKind(label));
  // A total by its word or a line that is a kind word alone ("Income") closes a section of it.
  out.closesSection = ownKind === null && out.kind !== "group" && (isTotal || kindWord(label) !== null);
  out.noteRequired = layout.noteRequiredCol !== null ? yesNo(view.value(r, layout.noteRequiredCol)) : null;
}

function yesNo(value: CellValue): boolean | null {
  const t = fold(cellText(value));
  if (/^(yes|ja|y|j|x)$/.test(t)) return true;
  if (/^(no|nee|n)$/.test(t)) return false;
  return null;
}

/**
 * A label indented into a column of its own: the programme in A, its lines in B. The first text
 * right of an empty label cell and left of the amounts, outside the code, note and kind columns.
 */
function indentedLabel(
  view: SheetView,
  r: number,
  layout: RowLayout,
): { text: string; col: number; depth: number } {
  const { labelCol, codeCol, noteCol, kindCol, amountCols } = layout;
  const end = amountCols.length > 0 ? Math.min(...amountCols.map((c) => c.col)) : labelCol;
  let depth = 0;
  for (let c = labelCol + 1; c < end; c++) {
    if (c === codeCol || c === noteCol || c === kindCol) continue;
    depth++;
    const value = view.value(r, c);
    if (typeof value === "string" && value.trim() !== "") return { text: cellText(value), col: c, depth };
  }
  return { text: "", col: labelCol, depth: 0 };
}

export function guessLabelColumn(
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
export function guessCodeColumn(
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

/** A column between the labels and the amounts whose cells name lasten, baten and saldo row by row. */
export function guessKindColumn(
  view: SheetView,
  first: number,
  last: number,
  labelCol: number,
  before: number,
): number | null {
  for (let c = labelCol + 1; c < before; c++) {
    let kinds = 0;
    let filled = 0;
    for (let r = first; r <= last; r++) {
      const v = view.value(r, c);
      if (v === null || v === "") continue;
      filled++;
      if (kindWord(v) !== null) kinds++;
    }
    if (filled >= 3 && kinds / filled >= 0.8) return c;
  }
  return null;
}
