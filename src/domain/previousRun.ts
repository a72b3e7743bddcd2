import { SheetView } from "./detect/sheetView";
import { holdsWritten, sheetHolding } from "./fingerprint";
import { OWNERSHIP_SHEET, readOwnership, regionBounds, type OwnedRegion, type Ownership } from "./ownership";
import type { Grid } from "./types";

/** What an earlier run of Stoplicht left in the workbook, split by whether it is still Stoplicht's. */
export interface PreviousRun {
  /** The record as the workbook holds it, edited parts included; null when there is none. */
  recorded: Ownership | null;
  /** What still holds what Stoplicht wrote: replaced by a re-run, taken out by Remove results. */
  previous: Ownership | null;
  /** What the user edited since (a typed explanation, an inserted column): theirs now, never cleared. */
  edited: OwnedRegion[];
  /** Whether the workbook holds a record sheet at all, readable or not. */
  recordSheet: boolean;
}

/** Reads the record of an earlier run and checks each part of it against what the workbook holds now. */
export function previousRun(grids: readonly Grid[]): PreviousRun {
  const recorded = readOwnership(grids);
  const { previous, edited } = splitEdited(recorded && relocate(recorded, grids), grids);
  return { recorded, previous, edited, recordSheet: grids.some((g) => g.sheet === OWNERSHIP_SHEET) };
}

/**
 * An earlier run's record with the names of the sheets it wrote status columns on brought up to
 * date: a sheet renamed since (the record knows only names) is found by what Stoplicht wrote on
 * it, unchanged, so that those columns are replaced as usual instead of read as the table's own.
 */
function relocate(recorded: Ownership, grids: readonly Grid[]): Ownership {
  const names = new Set(grids.map((g) => g.sheet));
  const recordedNames = new Set([...recorded.regions.map((r) => r.sheet), ...recorded.sheets]);
  // Only a sheet the record does not name can be a renamed one.
  const candidates = grids.filter((g) => g.sheet !== OWNERSHIP_SHEET && !recordedNames.has(g.sheet));
  const regions = recorded.regions.map((r) => {
    const bounds = regionBounds(r.range);
    if (names.has(r.sheet) || r.fingerprint === undefined || !bounds) return r;
    const renamed = sheetHolding(
      r.fingerprint,
      candidates.map((g) => ({
        sheet: g.sheet,
        cells: new SheetView(g).block(bounds.r1, bounds.r2, bounds.c1, bounds.c2),
      })),
    );
    return renamed === null ? r : { ...r, sheet: renamed };
  });
  return { ...recorded, regions };
}

/**
 * Splits an earlier run's record into what still holds what Stoplicht wrote (replaced or removed
 * as usual) and what the user edited since (a typed explanation, an inserted column that moved
 * other cells in): that is the user's now, and is never cleared.
 */
function splitEdited(
  recorded: Ownership | null,
  grids: readonly Grid[],
): { previous: Ownership | null; edited: OwnedRegion[] } {
  if (!recorded) return { previous: null, edited: [] };
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  const edited: OwnedRegion[] = [];
  const regions = recorded.regions.filter((r) => {
    const grid = bySheet.get(r.sheet);
    const bounds = regionBounds(r.range);
    if (!grid || !bounds || r.fingerprint === undefined) return true;
    const cells = new SheetView(grid).block(bounds.r1, bounds.r2, bounds.c1, bounds.c2);
    const same = holdsWritten(cells, r.fingerprint);
    if (!same) edited.push(r);
    return same;
  });
  const sheets = recorded.sheets.filter((name) => {
    const grid = bySheet.get(name);
    const expected = recorded.sheetFingerprints?.[name];
    if (!grid || expected === undefined) return true;
    const view = new SheetView(grid);
    // As written: from A1, whatever the sheet's used range starts at.
    const same = holdsWritten(view.block(0, view.lastRow, 0), expected);
    if (!same) edited.push({ sheet: name, range: "" });
    return same;
  });
  return { previous: { ...recorded, regions, sheets }, edited };
}
