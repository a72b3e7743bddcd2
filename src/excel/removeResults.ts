import { OWNERSHIP_SHEET, type OwnedRegion } from "../domain";
import { ProtectedSheetError } from "./errors";
import { deleteRecordSheet, recordOwnership } from "./ownershipRecord";

export interface RemoveReport {
  /** Status regions cleared. */
  regions: OwnedRegion[];
  /** Result sheets deleted. */
  sheets: string[];
  /** False when the workbook held no record, so nothing was removed. */
  hadRecord: boolean;
}

/**
 * Removes exactly what the ownership record lists, then the record. Refuses with nothing removed
 * when a sheet to clear or the workbook structure is protected. The record goes last, so a removal
 * that fails half way is finished by running it again.
 */
export async function removeResults(context: Excel.RequestContext): Promise<RemoveReport> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const workbookProtection = context.workbook.protection.load({ protected: true });
  await context.sync();
  const protectedByName = new Map(worksheets.items.map((w) => [w.name, w.protection.protected]));
  if (!protectedByName.has(OWNERSHIP_SHEET)) return { regions: [], sheets: [], hadRecord: false };

  const used = worksheets
    .getItem(OWNERSHIP_SHEET)
    .getUsedRangeOrNullObject(true)
    .load({ values: true, rowIndex: true, columnIndex: true });
  await context.sync();
  const owned = used.isNullObject ? null : recordOwnership(used.values, used.rowIndex, used.columnIndex);
  const regions = (owned?.regions ?? []).filter((r) => protectedByName.has(r.sheet));
  const sheets = (owned?.sheets ?? []).filter((s) => protectedByName.has(s));
  if (workbookProtection.protected) throw new ProtectedSheetError(null);
  for (const r of regions) if (protectedByName.get(r.sheet)) throw new ProtectedSheetError(r.sheet);

  context.runtime.enableEvents = false;
  context.application.suspendApiCalculationUntilNextSync();
  for (const region of regions) {
    const range = worksheets.getItem(region.sheet).getRange(region.range);
    range.clear("All");
    range.conditionalFormats.clearAll();
  }
  for (const name of sheets) worksheets.getItem(name).delete();
  deleteRecordSheet(worksheets);
  context.runtime.enableEvents = true;
  await context.sync();
  return { regions, sheets, hadRecord: true };
}
