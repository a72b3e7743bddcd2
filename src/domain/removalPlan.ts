import { rangeA1 } from "./address";
import { OWNERSHIP_SHEET, regionBounds, type OwnedRegion, type RegionBounds } from "./ownership";
import { mergedAreas, subtract } from "./rectangles";
import type { PreviousRun } from "./previousRun";
import type { Grid } from "./types";

/** One block of status columns an earlier run wrote, to take out. */
export interface RemovalRegion extends OwnedRegion {
  /**
   * The A1 ranges to empty of values, formats and conditional formats: the region less any merged
   * area the user made in it since, whose first cell may hold their text.
   */
  clear: string[];
  /** 0-based columns whose width Stoplicht set and that still have it: back to the sheet's standard width. */
  resetWidths: number[];
}

/**
 * Exactly what an earlier run wrote and still holds, made by the engine from the workbook's record:
 * the same plan takes out the old results before a re-run (in the file and in Excel) and is all that
 * Remove results does. Executed in this order: regions, sheets, record.
 */
export interface RemovalPlan {
  regions: RemovalRegion[];
  /** Result sheets to delete. */
  sheets: string[];
  /** Stoplicht's cells and sheets the user has edited since: left as they are, theirs from now on (range "" for a sheet). */
  kept: OwnedRegion[];
  /** The record sheet, deleted last so that a removal cut short is finished by the next; null when there is none to delete. */
  recordSheet: string | null;
}

/**
 * The removal plan for what `run` found. `refilled` are result sheets a write fills again in
 * place (they stay); `keepRecord` leaves the record sheet to be rewritten.
 */
export function removalPlan(
  run: PreviousRun,
  grids: readonly Grid[],
  refilled: ReadonlySet<string> = new Set(),
  keepRecord = false,
): RemovalPlan {
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  const regions: RemovalRegion[] = [];
  for (const region of run.previous?.regions ?? []) {
    const grid = bySheet.get(region.sheet);
    const bounds = regionBounds(region.range);
    // A region on a sheet deleted since: nothing of it is left to take out.
    if (!grid || !bounds) continue;
    regions.push({
      ...region,
      clear: subtract(bounds, mergedAreas(grid)).map((b) => rangeA1(b.r1, b.c1, b.r2, b.c2)),
      resetWidths: widthsStillOurs(region, bounds, grid),
    });
  }
  return {
    regions,
    sheets: (run.previous?.sheets ?? []).filter((name) => bySheet.has(name) && !refilled.has(name)),
    kept: run.edited,
    recordSheet: run.recordSheet && !keepRecord ? OWNERSHIP_SHEET : null,
  };
}

/** A column of the region whose width is the one Stoplicht gave it: the user has not resized it since. */
function widthsStillOurs(region: OwnedRegion, bounds: RegionBounds, grid: Grid): number[] {
  const out: number[] = [];
  region.widths?.forEach((ours, j) => {
    const col = bounds.c1 + j;
    const now = grid.columnWidths?.[col] ?? null;
    if (ours !== null && col <= bounds.c2 && now !== null && sameWidth(now, ours)) out.push(col);
  });
  return out;
}

/** Widths as two hosts report them: Excel rounds to whole pixels, a seventh of a character. */
export function sameWidth(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.1;
}
