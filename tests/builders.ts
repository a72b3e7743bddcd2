import type { CellValue, Grid } from "../src/domain";
import type { SheetSpec } from "./fixtures/seed";

/** A grid from a sheet spec, rows padded to one width, as an adapter would hand it over. */
export function gridOf(spec: SheetSpec, topLeft = "A1"): Grid {
  const width = Math.max(1, ...spec.rows.map((r) => r.length));
  const values = spec.rows.map((r) => Array.from({ length: width }, (_, i): CellValue => (r[i] === undefined ? null : r[i])));
  const formulas = spec.formulas
    ? values.map((r, i) => r.map((_, j) => spec.formulas![i]?.[j] ?? null))
    : undefined;
  return { sheet: spec.name, topLeft, values, formulas, hidden: spec.hidden };
}

export function gridsOf(specs: SheetSpec[]): Grid[] {
  return specs.map((s) => gridOf(s));
}

/** Replaces one cell of a spec (0-based row and column), returning a new spec. */
export function withCell(spec: SheetSpec, row: number, col: number, value: CellValue): SheetSpec {
  const rows = spec.rows.map((r) => [...r]);
  while (rows.length <= row) rows.push([]);
  rows[row][col] = value;
  return { ...spec, rows };
}

/** Row index (0-based) of the first row whose first cell equals the label. */
export function rowOfLabel(spec: SheetSpec, label: string, from = 0): number {
  const i = spec.rows.findIndex((r, k) => k >= from && r[0] === label);
  if (i < 0) throw new Error(`No row labelled "${label}" in ${spec.name}`);
  return i;
}
