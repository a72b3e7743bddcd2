import { parseA1 } from "../address";
import type { CellValue, Grid } from "../types";

/** A grid read by absolute 0-based row and column, with cells of excluded regions read as empty. */
export class SheetView {
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly excluded: { r1: number; c1: number; r2: number; c2: number }[];

  constructor(
    readonly grid: Grid,
    excluded: { r1: number; c1: number; r2: number; c2: number }[] = [],
  ) {
    const origin = parseA1(grid.topLeft) ?? { row: 0, col: 0 };
    this.firstRow = origin.row;
    this.firstCol = origin.col;
    this.lastRow = origin.row + grid.values.length - 1;
    let width = 0;
    for (const r of grid.values) if (r.length > width) width = r.length;
    this.lastCol = origin.col + width - 1;
    this.excluded = excluded;
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  /** Last column holding anything in this row: rows are ragged, so a far-off cell costs one row only. */
  lastColOf(row: number): number {
    const r = this.grid.values[row - this.firstRow];
    return r ? this.firstCol + r.length - 1 : this.firstCol - 1;
  }

  /** The values of a rectangle; without `lastCol`, each row to its own last cell. */
  block(firstRow: number, lastRow: number, firstCol: number, lastCol?: number): CellValue[][] {
    const out: CellValue[][] = [];
    for (let row = firstRow; row <= lastRow; row++) {
      const line: CellValue[] = [];
      for (let col = firstCol; col <= (lastCol ?? this.lastColOf(row)); col++)
        line.push(this.value(row, col));
      out.push(line);
    }
    return out;
  }

  value(row: number, col: number): CellValue {
    const r = this.grid.values[row - this.firstRow];
    if (!r) return null;
    const v = r[col - this.firstCol];
    if (v === undefined || v === null) return null;
    if (this.excluded.length > 0 && this.isExcluded(row, col)) return null;
    return v;
  }

  formula(row: number, col: number): string | null {
    const f = this.grid.formulas?.[row - this.firstRow]?.[col - this.firstCol];
    if (!f || (this.excluded.length > 0 && this.isExcluded(row, col))) return null;
    return f;
  }

  /** How far a label is indented: the cell's indent level plus a level for every two leading spaces. */
  indent(row: number, col: number): number {
    const level = this.grid.indents?.[row - this.firstRow]?.[col - this.firstCol] ?? 0;
    const v = this.value(row, col);
    if (typeof v !== "string") return level;
    let spaces = 0;
    while (spaces < v.length && (v.charCodeAt(spaces) === 32 || v.charCodeAt(spaces) === 160)) spaces++;
    return level + Math.floor(spaces / 2);
  }

  isExcluded(row: number, col: number): boolean {
    for (const e of this.excluded) if (row >= e.r1 && row <= e.r2 && col >= e.c1 && col <= e.c2) return true;
    return false;
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return (v === null || (typeof v === "string" && v.trim() === "")) && this.formula(row, col) === null;
  }
}
