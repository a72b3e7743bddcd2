/**
 * The engine's vocabulary. Adapters (Office.js, ExcelJS) translate a workbook into `Grid`s and
 * execute a `WritePlan`; nothing else crosses the boundary.
 */

/** An Excel error value such as `#REF!`, kept apart from text so it is never read as a label. */
export interface CellError {
  readonly error: string;
}

import type { Cents } from "./money";

/** A date cell, as an ISO string so the engine stays free of time zones. */
export interface CellDate {
  readonly date: string;
}

export type CellValue = null | number | string | boolean | CellError | CellDate;

/** A sheet's used range as plain data. Rows and columns of the arrays start at `topLeft`. */
export interface Grid {
  readonly sheet: string;
  /** A1 address of values[0][0]. */
  readonly topLeft: string;
  /** Cached values; a formula whose result was never calculated holds null here. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text (`=SUM(B2:B5)`) or null per cell; may be omitted when the sheet has none. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Number format per cell (`#,##0`); may be omitted. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Indent level per cell (Format › Alignment › Indent), where any cell has one; may be omitted. */
  readonly indents?: readonly (readonly (number | null)[])[];
  /** True for a sheet the user cannot see (hidden or very hidden). */
  readonly hidden?: boolean;
  /**
   * Merged areas (`E2:G2`), absolute. Their covered cells read as empty, but a value written into
   * one lands in the area's first cell: nothing of Stoplicht's may go there.
   */
  readonly merged?: readonly string[];
  /**
   * Width of each column (0-based, from column A) in characters where the sheet gives it one of its
   * own; null, or past the end, for the standard width. Stoplicht widens only standard columns.
   */
  readonly columnWidths?: readonly (number | null)[];
  /**
   * Fill colour per cell (`#RRGGBB`), null where the cell has none. Read only for the cells
   * `colourCells` names (the light columns of output tables): the colours of a whole sheet would
   * not fit Excel on the web's 5 MB answer. May be omitted.
   */
  readonly fills?: readonly (readonly (string | null)[])[];
  /** Font colour per cell (`#RRGGBB`), null for the default; read for the same cells as `fills`. */
  readonly fontColors?: readonly (readonly (string | null)[])[];
}

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "total.mismatch"
  | "total.rounding"
  | "variance.mismatch"
  | "variance.rounding"
  | "crosscheck.mismatch"
  | "crosscheck.rounding"
  | "crosscheck.missing"
  | "structure.name-mismatch"
  | "structure.duplicate-code"
  | "structure.orphan"
  | "structure.gap"
  | "structure.unlabelled-total"
  | "structure.missing"
  | "structure.unknown"
  | "note.missing"
  | "value.text-number"
  | "value.invalid"
  | "value.uncalculated"
  | "formula.sum-range"
  | "formula.hardcoded-total"
  | "results.edited"
  | "relation.mismatch"
  | "relation.rounding"
  | "output.note-missing"
  | "output.money-light"
  | "overspend.over-tolerance"
  | "contribution.mismatch"
  | "contribution.rounding"
  | "contribution.input";

/** The contract of DESIGN.md: one problem at one cell. Amounts are in the table's currency units. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address without the sheet. */
  cell: string;
  /** Other involved cells as `Sheet!A1`. */
  related?: string[];
  code?: string;
  column?: MeasureRole;
  expected?: number;
  actual?: number;
  difference?: number;
  message: string;
  /** Set when the user accepted this finding; accepted findings are not counted as open. */
  accepted?: { reason: string };
  /** The row as the table names it ("1.1.3 Water"), where the finding stands on a row of a table. */
  rowName?: string;
  /** The column as its header names it ("Rekening 2024"), where it has a header. */
  columnName?: string;
  /** The root finding this one follows from: the wrong total under its variance, the short SUM under its total. */
  causedBy?: { rule: RuleId; sheet: string; cell: string };
}

export type AmountRole = "priorActual" | "original" | "amended" | "actual" | "variance";
/**
 * What an amount column holds, beyond the five of the seed's layout: a budget not known to be
 * original or amended (another year's), a forecast, an amendment (VJN/NJN), a percentage, or an
 * amount whose header names only its kind or year ("Lasten", "2019").
 */
export type MeasureRole = AmountRole | "budget" | "forecast" | "amendment" | "percent" | "amount";
export type ColumnRole =
  | MeasureRole
  | "note"
  | "code"
  | "label"
  /** Lasten / Baten / Saldo written in a column of its own, one row each. */
  | "kind"
  /** V/N, ADV/FAV: whether the variance is favourable, as text. */
  | "flag"
  /** "Explanation required? YES/NO". */
  | "noteRequired"
  /** A column of figures whose header Stoplicht cannot read: shown in the scan, never checked. */
  | "unknown";
export const AMOUNT_ROLES: readonly AmountRole[] = [
  "priorActual",
  "original",
  "amended",
  "actual",
  "variance",
];
export const MEASURE_ROLES: readonly MeasureRole[] = [
  ...AMOUNT_ROLES,
  "budget",
  "forecast",
  "amendment",
  "percent",
  "amount",
];

/** Lasten (costs), baten (income) or saldo (their net). */
export type ColumnKind = "lasten" | "baten" | "saldo";
export type Currency = "EUR" | "GBP" | "USD";

export type TableKind = "summary" | "detail" | "explanation";

export interface TableColumn {
  /** 0-based absolute column index. */
  col: number;
  role: ColumnRole;
  /** The header's text, its rows joined. */
  header: string;
  year?: number;
  /** The text of the header rows above the last one, shared with the columns beside it ("Begroting 2017"). */
  group?: string;
  /** Lasten, baten or saldo, from the header ("Lasten" under "Begroting 2017"). */
  kind?: ColumnKind;
  /** The period the figures cover, where the header names one ("ytd", "annual", "month:12"). */
  period?: string;
  /** The fund or part of the organisation its group names ("General Fund"), where it names one. */
  fund?: string;
}

export type AmountState = "empty" | "number" | "text" | "invalid" | "uncalculated";

export interface AmountCell {
  col: number;
  state: AmountState;
  /** Integer cents, the scale applied; null unless state is number or text. */
  cents: number | null;
  formula: string | null;
  /** Why an invalid cell is invalid, for the message. */
  invalidReason?: string;
  /** The cell's value where it is not a plain number (text, invalid); null otherwise. */
  raw: CellValue;
}

/**
 * One amount column of a table, a slot per row of `Table.rows`. Columns of numbers rather than an
 * object per cell: a budget of 100k lines is half a million cells, and the engine reads them all.
 * `amountAt` (model.ts) gives one cell as an AmountCell where a rule wants it whole.
 */
export interface AmountColumn {
  role: MeasureRole;
  /** 0-based absolute column index. */
  col: number;
  /** The column as the header describes it. */
  column: TableColumn;
  /** Integer cents per row, the scale applied; `NO_CENTS` (NaN) where the cell holds no amount. */
  cents: Cents[];
  states: AmountState[];
  /** The formula by row index, for the cells that hold one. */
  formulas: Map<number, string>;
  /** The cell's value where it is not a plain number (text, invalid), by row index, for messages. */
  raws: Map<number, CellValue>;
  /** The scale the figures are stated in: 1, or 1000 for a column "x € 1.000". */
  scale: number;
  /**
   * The rounding unit of this column's lines, in cents (1 = exact cents): a column of its own, since
   * one column typed to the cent says nothing of the rounding of the others.
   */
  unit: number;
  /** The rounding unit of its totals: whole thousands under lines with one decimal. */
  totalUnit: number;
  /** Whether its totals add up its lines: amounts do, percentages do not. */
  additive: boolean;
}

export type RowKind = "line" | "group" | "total" | "blank";

/**
 * A table's rows in sheet order, a slot per row in each array: a row's index is its slot here and
 * in each amount column. Arrays of fields rather than an object per row: on a budget of 100k lines
 * an object per row was a fifth of the check's time, most of it spent making fresh memory for
 * objects that live as long as the check. `rowOf` (model.ts) gives one row whole.
 */
export interface TableRows {
  length: number;
  /** 0-based absolute sheet row. */
  row: number[];
  kind: RowKind[];
  code: (string | null)[];
  /**
   * The row's name where its label alone does not give it; undefined where it does (`nameOf` reads
   * it from the label when asked). Only a few rules and records want names, and 100k names kept
   * for the length of a check cost a tenth of it.
   */
  name: (string | undefined)[];
  /** The label cell's text, trimmed. */
  label: string[];
  note: (string | null)[];
  /** Indices of the rows this total (or parent line) adds up; undefined for the others. */
  children: (number[] | undefined)[];
  /** Indices of the rows this total subtracts (a saldo: baten − lasten); undefined for most. */
  minus: (number[] | undefined)[];
  /** Lasten, baten or saldo where the row says which (a kind column, a section heading). */
  rowKind: (ColumnKind | null)[];
  /** How far the row's label is indented: its cell's indent level, or leading spaces two a level. */
  indent: number[];
  /** Rows whose code was not in the workbook but derived (the unlabelled total of a programme). */
  codeInferred: Set<number>;
  /** Rows read as a total because they have amounts but no label at all. */
  unlabelled: Set<number>;
}

/** One row of a table, whole: for tests and messages, not for the engine's loops over rows. */
export interface TableRow {
  /** 0-based absolute row index. */
  row: number;
  kind: RowKind;
  code: string | null;
  codeInferred: boolean;
  name: string;
  label: string;
  /** Absolute column of the label (or code) cell, where row-level findings point. */
  labelCol: number;
  /** Position in Table.rows, and so in each of the table's amount columns. */
  index: number;
  note: string | null;
  noteCol: number | null;
  children: number[] | undefined;
  minus: number[] | undefined;
  rowKind: ColumnKind | null;
  indent: number;
  unlabelled: boolean;
}

/**
 * A relation between a table's columns that its own rows confirm: `target = Σ sign × term`, or for
 * a percentage `target = terms[0] / terms[1]`. Learnt per kind of row (the variance of income
 * may be actual − budget where that of costs is budget − actual).
 */
export interface ColumnRelation {
  meaning: "variance" | "saldo" | "amended" | "percent" | "total";
  /** Absolute column of the derived figure. */
  target: number;
  terms: { col: number; sign: 1 | -1 }[];
  /**
   * The rows it is learnt from and applies to: one kind of row, the rows of no stated kind
   * ("other", beside rows that state one), or all rows (null).
   */
  rowKind: ColumnKind | "other" | null;
  /** Rows with all its figures, and how many of them hold it within rounding. */
  tested: number;
  holding: number;
  /** Held by most rows: then checked, every row that breaks it an error. */
  confirmed: boolean;
}

export interface Table {
  /** `Sheet!anchor`: unique in a workbook, and the same from one check to the next. */
  id: string;
  /**
   * A1 of the detected header's top-left cell, the key of the user's override for this table.
   * Unlike `range` it stays put when the override adds or ignores a column at the left edge.
   */
  anchor: string;
  sheet: string;
  kind: TableKind;
  /** The title above the header, where there is one ("Overzicht van baten en lasten"). */
  title: string | null;
  /** Absolute 0-based rows of the header block. */
  headerFirstRow: number;
  headerLastRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  columns: TableColumn[];
  /** Amounts are stated in thousands (`x € 1.000`): the scale most of its columns share. */
  scale: number;
  /** The currency the table states (€, £, $); null when it states none. */
  currency: Currency | null;
  /** Variance is budget − actual (costs) unless the workbook's figures show actual − budget. */
  varianceSign: 1 | -1;
  /** Costs (lasten) or income (baten), from the headers or the title above; null when unsaid (costs). */
  side: "costs" | "income" | null;
  /** Absolute column of the label (or code) cell, where row-level findings point. */
  labelCol: number;
  /** Absolute column of the notes; null when the table has none. */
  noteCol: number | null;
  rows: TableRows;
  /** Indices into `rows` of the rows that add up others (totals and parent lines), in order. */
  parents: number[];
  /** Every amount column, in column order. */
  amountColumns: AmountColumn[];
  /**
   * The columns the variance analysis reads (amended budget, actual, and their variance), by role:
   * of a table with several groups, the one that compares this year's actuals with their budget.
   */
  amounts: Partial<Record<AmountRole, AmountColumn>>;
  /** Relations between columns that were looked for, confirmed or not. */
  relations: ColumnRelation[];
  /** Rows labelled as a total whose figures add up to no rows above them: read as lines, and said so. */
  unconfirmedTotals: number[];
  /**
   * The same code stands on several lines under different headings (taakvelden repeated per
   * programme): a classification, not the programme structure, so no structure rule reads it.
   */
  repeatingCodes: boolean;
  /** The table's own answer to "explanation required?" by row index (YES true, NO false), where it has that column. */
  noteRequired: Map<number, boolean>;
  /** A1 range of the table, header included. */
  range: string;
}

/** A code and name of the programme structure as the budget adopted it (a reference sheet). */
export interface StructureEntry {
  code: string;
  name: string;
  sheet: string;
  cell: string;
}

export type TrafficLight = "green" | "orange" | "red";

export interface RowVariance {
  tableId: string;
  sheet: string;
  /** A1 of the row's label cell. */
  cell: string;
  row: number;
  code: string | null;
  name: string;
  isTotal: boolean;
  /** Euros. */
  original: number | null;
  amended: number;
  actual: number;
  priorActual: number | null;
  /** Amended − actual, euros: positive is favourable (underspend). */
  variance: number;
  /**
   * The variance as a fraction of the amended budget, unrounded (the cell's number format rounds it
   * once): the stated variance where it is right to the rounding, as the sheet's own
   * =Verschil/Begroting gives it, else amended − actual. Null when the budget is 0.
   */
  variancePct: number | null;
  /** Amended − original, euros. */
  amendment: number | null;
  /** Actual − prior-year actual, euros. */
  yearOnYear: number | null;
  favourable: boolean;
  light: TrafficLight;
  noteRequired: boolean;
  note: { text: string; source: "row" | "explanation" | "draft"; cell?: string } | null;
}
