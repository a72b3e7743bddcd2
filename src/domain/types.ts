/**
 * The engine's vocabulary. Adapters (Office.js, ExcelJS) translate a workbook into `Grid`s and
 * execute a `WritePlan`; nothing else crosses the boundary.
 */

/** An Excel error value such as `#REF!`, kept apart from text so it is never read as a label. */
export interface CellError {
  readonly error: string;
}

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
  | "results.edited";

/** The contract of DESIGN.md: one problem at one cell. Amounts are in euros. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address without the sheet. */
  cell: string;
  /** Other involved cells as `Sheet!A1`. */
  related?: string[];
  code?: string;
  column?: AmountRole;
  expected?: number;
  actual?: number;
  difference?: number;
  message: string;
  /** Set when the user accepted this finding; accepted findings are not counted as open. */
  accepted?: { reason: string };
}

export type AmountRole = "priorActual" | "original" | "amended" | "actual" | "variance";
export type ColumnRole = AmountRole | "note" | "code" | "label";
export const AMOUNT_ROLES: readonly AmountRole[] = [
  "priorActual",
  "original",
  "amended",
  "actual",
  "variance",
];

export type TableKind = "summary" | "detail" | "explanation";

export interface TableColumn {
  /** 0-based absolute column index. */
  col: number;
  role: ColumnRole;
  header: string;
  year?: number;
}

export type AmountState = "empty" | "number" | "text" | "invalid" | "uncalculated";

export interface AmountCell {
  col: number;
  state: AmountState;
  /** Integer cents; null unless state is number or text. */
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
  role: AmountRole;
  /** 0-based absolute column index. */
  col: number;
  /** Integer cents per row; NaN where the cell holds no amount (empty, invalid, uncalculated). */
  cents: number[];
  states: AmountState[];
  /** The formula by row index, for the cells that hold one. */
  formulas: Map<number, string>;
  /** The cell's value where it is not a plain number (text, invalid), by row index, for messages. */
  raws: Map<number, CellValue>;
  /**
   * The rounding unit of this column's figures, in cents (1 = exact cents): a column of its own,
   * since one column typed to the cent says nothing of the rounding of the others.
   */
  unitCents: number;
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
  unlabelled: boolean;
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
  /** Absolute 0-based rows of the header block. */
  headerFirstRow: number;
  headerLastRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  columns: TableColumn[];
  /** Amounts are stated in thousands (`x € 1.000`): multiply by this to get euros. */
  scale: 1 | 1000;
  /**
   * The rounding unit of the stated figures, in cents of the stated figures (1 = exact cents): the
   * coarsest of its amount columns', as a figure compared across columns carries their rounding.
   */
  unitCents: number;
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
  /** The amount columns by role (the columns of `columns` whose role is an amount). */
  amounts: Partial<Record<AmountRole, AmountColumn>>;
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
  /** Variance as a fraction of the amended budget; null when the budget is 0. */
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
