import { fitWidth, type WidthBounds } from "./fitWidth";
import { regionBounds } from "./ownership";
import { sameWidth } from "./removalPlan";
import { textRules } from "./textRules";
import type { PlanBlock, PlanCell, PlanColumn, PlanInput, StatusKind } from "./writePlan";

/** Width bounds per status column, in characters: wide enough for "Afronding ±€ 1", a draft note at most 60. */
const STATUS_WIDTHS: Record<StatusKind, WidthBounds> = {
  check: { min: 10, max: 40 },
  variancePct: { min: 8, max: 16 },
  light: { min: 8, max: 16 },
  draft: { min: 12, max: 60 },
};

/**
 * A status column's body coloured by conditional formats where its texts tell the colours apart
 * (its cells then carry no style of their own); otherwise each cell keeps its style.
 */
export function colourByRules(cells: PlanCell[][], j: number, headerRows: number): PlanColumn {
  const body = cells.slice(headerRows).map((r) => r[j]);
  const rules = body.some((c) => c.value !== null) ? textRules(body) : null;
  if (!rules || rules.length === 0) return { width: null, rules: [] };
  for (let i = headerRows; i < cells.length; i++) {
    const cell = cells[i][j];
    if (cell.style) cells[i][j] = unstyled(cell);
  }
  return { width: null, rules };
}

/** The cell without its style; shared cells ("OK", "Groen") share their unstyled copy too. */
function unstyled(cell: PlanCell): PlanCell {
  if (!Object.isFrozen(cell)) return { value: cell.value };
  let bare = UNSTYLED.get(cell);
  if (!bare) {
    bare = Object.freeze({ value: cell.value }) as PlanCell;
    UNSTYLED.set(cell, bare);
  }
  return bare;
}

const UNSTYLED = new WeakMap<PlanCell, PlanCell>();

/**
 * Widths of the status columns: each fitted to its longest text, the widest where blocks share a
 * column, and only where the column has the standard width (or the width an earlier run gave it):
 * a width the user chose stays.
 */
export function giveWidths(blocks: PlanBlock[], input: PlanInput): void {
  const wanted = new Map<string, number>();
  const key = (sheet: string, col: number) => `${col}|${sheet}`;
  for (const b of blocks)
    b.kinds.forEach((kind, j) => {
      const k = key(b.sheet, b.col + j);
      wanted.set(k, Math.max(wanted.get(k) ?? 0, fitWidth(b.cells, j, STATUS_WIDTHS[kind])));
    });
  const ours = new Map<string, number>();
  for (const region of input.run.previous?.regions ?? []) {
    const bounds = regionBounds(region.range);
    region.widths?.forEach((w, j) => {
      if (bounds && w !== null) ours.set(key(region.sheet, bounds.c1 + j), w);
    });
  }
  const grids = new Map(input.grids.map((g) => [g.sheet, g]));
  for (const b of blocks)
    b.columns.forEach((column, j) => {
      const col = b.col + j;
      const now = grids.get(b.sheet)?.columnWidths?.[col] ?? null;
      const earlier = ours.get(key(b.sheet, col));
      const standard = now === null || (earlier !== undefined && sameWidth(now, earlier));
      column.width = standard ? wanted.get(key(b.sheet, col))! : null;
    });
}
