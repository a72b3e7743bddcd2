import type { AmountColumn, ColumnKind, MeasureRole, RowKind, TableRows } from "../../../src/domain";
import type { Cents } from "../../../src/domain/money";
import { emptyRows } from "../../../src/domain/detect/readRows";

/** One row for a stage test: its label, kind, figures (null for empty) and, optionally, its kind of row and indent. */
export interface RowSpec {
  label: string;
  kind?: RowKind;
  values?: (number | null)[];
  code?: string | null;
  rowKind?: ColumnKind | null;
  indent?: number;
  unlabelled?: boolean;
}

/** A line, a heading and a total, as stage tests write them. */
export const line = (label: string, ...values: (number | null)[]): RowSpec => ({
  label,
  kind: "line",
  values,
});
export const heading = (label: string): RowSpec => ({ label, kind: "group" });
export const total = (label: string, ...values: (number | null)[]): RowSpec => ({
  label,
  kind: "total",
  values,
});

/** Rows and amount columns (whole euros, cents stored) as readRows would hand them to the next stage. */
export function stageTable(
  specs: RowSpec[],
  columns: { role: MeasureRole; kind?: ColumnKind; year?: number; header?: string }[],
): { rows: TableRows; amounts: AmountColumn[] } {
  const rows = emptyRows(specs.length);
  rows.length = specs.length;
  const amounts: AmountColumn[] = columns.map((c, k) => ({
    role: c.role,
    col: k + 1,
    column: {
      col: k + 1,
      role: c.role,
      header: c.header ?? c.role,
      ...(c.kind ? { kind: c.kind } : {}),
      ...(c.year ? { year: c.year } : {}),
    },
    cents: specs.map(
      (r) => (r.values?.[k] === null || r.values?.[k] === undefined ? NaN : r.values[k]! * 100) as Cents,
    ),
    states: specs.map((r) => (r.values?.[k] === null || r.values?.[k] === undefined ? "empty" : "number")),
    formulas: new Map(),
    raws: new Map(),
    scale: 1,
    unit: 100,
    totalUnit: 100,
    additive: c.role !== "percent",
  }));
  specs.forEach((r, i) => {
    rows.row[i] = i + 1;
    rows.kind[i] = r.kind ?? (r.values ? "line" : "group");
    rows.label[i] = r.label;
    rows.code[i] = r.code ?? null;
    rows.rowKind[i] = r.rowKind ?? null;
    rows.indent[i] = r.indent ?? 0;
    if (r.unlabelled) rows.unlabelled.add(i);
  });
  return { rows, amounts };
}
