import { toA1 } from "../address";
import { formatCents } from "../format";
import { msg, type MessageParams } from "../messages/catalogue";
import type { CheckModel } from "../model";
import type { AmountRole, Finding, RuleId, Severity, Table } from "../types";

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
};

export interface Rule {
  id: string;
  check(model: CheckModel): Finding[];
}

export interface FindingInput {
  rule: RuleId;
  table: Table;
  row: number;
  col: number;
  messageKey?: string;
  params?: MessageParams;
  related?: string[];
  code?: string | null;
  column?: AmountRole;
  /** Cents of the stated figures; converted to euros with the table's scale. */
  expected?: number;
  actual?: number;
}

/** Builds a finding with its message in the chosen language; amounts go out in euros. */
export function makeFinding(model: CheckModel, f: FindingInput): Finding {
  const scale = f.table.scale;
  const euros = (c: number | undefined) => (c === undefined ? undefined : (c * scale) / 100);
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
  return finding;
}

/** A stated amount, in cents of the stated figures, as euros text. */
export function money(model: CheckModel, table: Table, cents: number): string {
  return formatCents(cents * table.scale, model.lang);
}

export function columnName(model: CheckModel, role: AmountRole): string {
  return msg(model.lang, `column.${role}`);
}
