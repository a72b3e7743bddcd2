import type { CellValue, Grid } from "../src/domain";
import type { SheetSpec } from "./fixtures/seed";

/** A grid from a sheet spec, rows padded to one width, as an adapter would hand it over. */
export function gridOf(spec: SheetSpec, topLeft = "A1"): Grid {
  const width = Math.max(1, ...spec.rows.map((r) => r.length));
  const values = spec.rows.map((r) =>
    Array.from({ length: width }, (_, i): CellValue => (r[i] === undefined ? null : r[i])),
  );
  const formulas = spec.formulas
    ? values.map((r, i) => r.map((_, j) => spec.formulas![i]?.[j] ?? null))
    : undefined;
  const grid: Grid = { sheet: spec.name, topLeft, values, formulas, hidden: spec.hidden };
  const padded = <T>(cells: (T | null)[][] | undefined) =>
    cells && values.map((r, i) => r.map((_, j) => cells[i]?.[j] ?? null));
  return {
    ...grid,
    ...(spec.merged ? { merged: spec.merged } : {}),
    ...(spec.indents ? { indents: padded(spec.indents) } : {}),
    ...(spec.numberFormats ? { numberFormats: padded(spec.numberFormats) } : {}),
    ...(spec.fills ? { fills: padded(spec.fills) } : {}),
    ...(spec.fontColors ? { fontColors: padded(spec.fontColors) } : {}),
  };
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

/** The spec with one cell changed, addressed as Excel shows it (`E14`). */
export function withA1(spec: SheetSpec, a1: string, value: CellValue): SheetSpec {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return withCell(spec, Number(m[2]) - 1, m[1].charCodeAt(0) - 65, value);
}

/** The specs with one cell of one sheet changed. */
export function changed(specs: SheetSpec[], sheet: string, a1: string, value: CellValue): SheetSpec[] {
  return specs.map((s) => (s.name === sheet ? withA1(s, a1, value) : s));
}

/** The spec without the given (0-based) rows. */
export function withoutRows(spec: SheetSpec, ...rows: number[]): SheetSpec {
  return { ...spec, rows: spec.rows.filter((_, i) => !rows.includes(i)) };
}

/** `rule Sheet!A1` for each finding of the given severities: what a user sees in the report. */
export function findingKeys(
  findings: { rule: string; sheet: string; cell: string; severity: string }[],
  severities = ["error", "warning", "info"],
): string[] {
  return findings.filter((f) => severities.includes(f.severity)).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
}
