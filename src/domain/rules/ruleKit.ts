import { toA1 } from "../address";
import { formatMoney } from "../format";
import { msg, type MessageParams } from "../messages/catalogue";
import { rowAt, type CheckModel } from "../model";
import type { AmountColumn, Finding, MeasureRole, RuleId, Severity, Table } from "../types";

/** Severity is part of each rule's contract (DESIGN.md), so it lives in one table. */
export const SEVERITY: Record<RuleId, Severity> = {
  "total.mismatch": "error",
  "total.rounding": "info",
  "variance.mismatch": "error",
  "variance.rounding": "info",
  "crosscheck.mismatch": "error",
  "crosscheck.rounding": "info",
  "crosscheck.missing": "warning",
  "structure.name-mismatch": "warning",
  "structure.duplicate-code": "warning",
  "structure.orphan": "warning",
  "structure.gap": "warning",
  "structure.unlabelled-total": "warning",
  "structure.missing": "warning",
  "structure.unknown": "warning",
  "note.missing": "warning",
  "value.text-number": "info",
  "value.invalid": "error",
  "value.uncalculated": "warning",
  "formula.sum-range": "error",
  "formula.hardcoded-total": "info",
  "results.edited": "warning",
  "relation.mismatch": "error",
  "relation.rounding": "info",
  "output.note-missing": "warning",
  "output.money-light": "warning",
  "overspend.over-tolerance": "warning",
  "contribution.mismatch": "error",
  "contribution.rounding": "info",
  "contribution.input": "warning",
};

export interface Rule {
  id: string;
  check(model: CheckModel): Finding[];
}

/**
 * Where a finding stands outside the budget tables (a table of outputs, of provinces): its sheet,
 * and the row and column as that table names them.
 */
export interface FindingPlace {
  sheet: string;
  rowName?: string;
  columnName?: string;
}

export interface FindingInput {
  rule: RuleId;
  /** The budget table the cell is in, or the place of a cell in another kind of table. */
  table: Table | FindingPlace;
  row: number;
  col: number;
  messageKey?: string;
  params?: MessageParams;
  related?: string[];
  code?: string | null;
  column?: MeasureRole;
  /** Cents; the finding states them in currency units. */
  expected?: number;
  actual?: number;
}

/** Builds a finding with its message in the chosen language; amounts go out in the table's currency units. */
export function makeFinding(model: CheckModel, f: FindingInput): Finding {
  const euros = (c: number | undefined) => (c === undefined ? undefined : c / 100);
  const finding: Finding = {
    rule: f.rule,
    severity: SEVERITY[f.rule],
    sheet: f.table.sheet,
    cell: toA1(f.row, f.col),
    message: msg(model.lang, f.messageKey ?? f.rule, f.params ?? {}),
  };
  if (f.related && f.related.length > 0) finding.related = f.related;
  if (f.code) finding.code = f.code;
  if (f.column) finding.column = f.column;
  if (f.expected !== undefined) finding.expected = euros(f.expected);
  if (f.actual !== undefined) finding.actual = euros(f.actual);
  if (f.expected !== undefined && f.actual !== undefined) finding.difference = euros(f.actual - f.expected);
  if (!("amountColumns" in f.table)) {
    if (f.table.rowName) finding.rowName = f.table.rowName;
    if (f.table.columnName) finding.columnName = f.table.columnName;
    return finding;
  }
  const index = rowAt(f.table, f.row);
  if (index >= 0 && f.table.rows.label[index] !== "") finding.rowName = f.table.rows.label[index];
  const header = f.table.columns.find((c) => c.col === f.col)?.header;
  if (header) finding.columnName = header;
  return finding;
}

/** An amount in cents as text in the table's currency. */
export function money(model: CheckModel, table: Table, cents: number): string {
  return formatMoney(cents, table.currency, model.lang);
}

/**
 * A column as a message names it: by its role where it is the table's only one ("begroting na
 * wijziging"), by its header where the table has several ("Begroting 2017 Lasten").
 */
export function columnName(model: CheckModel, table: Table, column: AmountColumn): string {
  const role = column.role;
  const plain =
    role === "priorActual" ||
    role === "original" ||
    role === "amended" ||
    role === "actual" ||
    role === "variance";
  let same = 0;
  for (const c of table.amountColumns) if (c.role === role) same++;
  if (plain && same === 1) return msg(model.lang, `column.${role}`);
  return column.column.header || msg(model.lang, "column.amount");
}
