import { OWNERSHIP_SHEET, regionBounds, toA1, type RemovalPlan, type WritePlan } from "../domain";
import {
  MergedCellsUnknownError,
  OccupiedCellsError,
  ProtectedSheetError,
  SheetExistsError,
  WorkbookChangedError,
} from "./errors";
import { recordOwnership, sameOwnership } from "./ownershipRecord";
import type { RawSheet } from "./readSheets";
import { hostSupports, MERGED_AREAS_API } from "./requirements";
import { changedSheets, isFormula, snapshotOf, type WorkbookSnapshot } from "./snapshot";

/**
 * Refuses a write, before anything is written, when the workbook changed since the plan was made,
 * a sheet to write or the workbook structure is protected, a target cell holds the user's content,
 * a result sheet's name is taken, or Excel cannot show merged cells beside the tables.
 */
export async function refuseUnsafeWrite(
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  raws: RawSheet[],
  structureProtected: boolean,
): Promise<void> {
  const byName = new Map(raws.map((r) => [r.name, r]));
  await refuseChanged(snapshot, raws);
  const record = byName.get(OWNERSHIP_SHEET);
  const recorded = record ? recordOwnership(record.values, record.rowIndex, record.columnIndex) : null;
  // The plan must have been made from this workbook's record, or it would clear the wrong cells.
  if (!sameOwnership(recorded, plan.recorded) || !!record !== plan.ownershipSheet.exists)
    throw new WorkbookChangedError([OWNERSHIP_SHEET]);
  // Without merged areas a status column could run through one: its first cell, the user's text,
  // is what Excel would show and change.
  if (plan.blocks.length > 0 && !hostSupports(MERGED_AREAS_API)) throw new MergedCellsUnknownError();
  if (structureProtected) throw new ProtectedSheetError(null);
  refuseProtected(
    [...plan.blocks.map((b) => b.sheet), ...plan.removal.regions.map((r) => r.sheet), OWNERSHIP_SHEET],
    byName,
  );
  for (const block of plan.blocks)
    if (!byName.has(block.sheet)) throw new WorkbookChangedError([block.sheet]);
  const ours = new Set([...plan.removal.sheets, ...plan.sheets.filter((s) => s.refill).map((s) => s.name)]);
  for (const sheet of plan.sheets)
    if (byName.has(sheet.name) && !ours.has(sheet.name)) throw new SheetExistsError(sheet.name);
  const owned = plan.removal.regions.map((r) => ({ sheet: r.sheet, bounds: regionBounds(r.range) }));
  for (const block of plan.blocks) {
    const raw = byName.get(block.sheet)!;
    const taken: string[] = [];
    for (let i = 0; i < block.cells.length; i++) {
      for (let j = 0; j < block.kinds.length; j++) {
        const row = block.row + i;
        const col = block.col + j;
        const isOurs = owned.some(
          (o) =>
            o.sheet === block.sheet &&
            o.bounds &&
            row >= o.bounds.r1 &&
            row <= o.bounds.r2 &&
            col >= o.bounds.c1 &&
            col <= o.bounds.c2,
        );
        if (!isOurs && !isEmptyAt(raw, row, col)) taken.push(toA1(row, col));
      }
    }
    if (taken.length > 0) throw new OccupiedCellsError(block.sheet, taken);
  }
}

/** Refuses a removal, before anything is removed, when the workbook changed since the plan was made or what goes is protected. */
export async function refuseUnsafeRemoval(
  removal: RemovalPlan,
  snapshot: WorkbookSnapshot,
  raws: RawSheet[],
  structureProtected: boolean,
): Promise<void> {
  const byName = new Map(raws.map((r) => [r.name, r]));
  await refuseChanged(snapshot, raws);
  if (structureProtected && (removal.sheets.length > 0 || removal.recordSheet !== null))
    throw new ProtectedSheetError(null);
  refuseProtected(
    removal.regions.map((r) => r.sheet),
    byName,
  );
}

async function refuseChanged(snapshot: WorkbookSnapshot, raws: RawSheet[]): Promise<void> {
  const changed = changedSheets(snapshot, await snapshotOf(raws));
  if (changed.length > 0) throw new WorkbookChangedError(changed);
}

function refuseProtected(sheets: string[], byName: ReadonlyMap<string, RawSheet>): void {
  for (const name of new Set(sheets)) if (byName.get(name)?.protected) throw new ProtectedSheetError(name);
}

function isEmptyAt(raw: RawSheet, row: number, col: number): boolean {
  const r = row - raw.rowIndex;
  const c = col - raw.columnIndex;
  if (r < 0 || c < 0 || r >= raw.rowCount || c >= raw.columnCount) return true;
  const v = raw.values[r][c];
  return (v === "" || v === null) && !isFormula(v, raw.formulas[r][c]);
}
