import { fingerprintCells, holdsWritten, OWNERSHIP_SHEET, sheetHolding, type OwnedRegion } from "../domain";
import { ProtectedSheetError } from "./errors";
import { deleteRecordSheet, recordOwnership } from "./ownershipRecord";

export interface RemoveReport {
  /** Status regions cleared. */
  regions: OwnedRegion[];
  /** Result sheets deleted. */
  sheets: string[];
  /** False when the workbook held no record, so nothing was removed. */
  hadRecord: boolean;
  /** What Stoplicht wrote but the user edited since: left in place as the user's (range "" for a sheet). */
  kept: OwnedRegion[];
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
  if (!protectedByName.has(OWNERSHIP_SHEET)) return { regions: [], sheets: [], hadRecord: false, kept: [] };

  const used = worksheets
    .getItem(OWNERSHIP_SHEET)
    .getUsedRangeOrNullObject(true)
    .load({ values: true, rowIndex: true, columnIndex: true });
  await context.sync();
  const owned = used.isNullObject ? null : recordOwnership(used.values, used.rowIndex, used.columnIndex);
  const listedRegions = (owned?.regions ?? []).filter((r) => protectedByName.has(r.sheet));
  const listedSheets = (owned?.sheets ?? []).filter((s) => protectedByName.has(s));
  // A region on a sheet renamed since: looked for at the same place on the sheets the record does
  // not name, and taken where exactly one holds what was written there.
  const recordedNames = new Set([...(owned?.regions ?? []).map((r) => r.sheet), ...(owned?.sheets ?? [])]);
  const unnamed = [...protectedByName.keys()].filter((n) => n !== OWNERSHIP_SHEET && !recordedNames.has(n));
  const probes = (owned?.regions ?? [])
    .filter((r) => !protectedByName.has(r.sheet) && r.fingerprint !== undefined)
    .map((region) => ({
      region,
      found: unnamed.map((name) => ({
        name,
        range: worksheets.getItem(name).getRange(region.range).load({ values: true }),
      })),
    }));
  // What the user edited since it was written is theirs now: compare before removing anything.
  const regionValues = listedRegions.map((r) =>
    worksheets.getItem(r.sheet).getRange(r.range).load({ values: true }),
  );
  const sheetValues = listedSheets.map((name) =>
    worksheets
      .getItem(name)
      .getUsedRangeOrNullObject(true)
      .load({ values: true, rowIndex: true, columnIndex: true }),
  );
  await context.sync();
  for (const { region, found } of probes) {
    const renamed = sheetHolding(
      region.fingerprint!,
      found.map((f) => ({ sheet: f.name, cells: f.range.values })),
    );
    if (renamed === null) continue;
    listedRegions.push({ ...region, sheet: renamed });
    regionValues.push(found.find((f) => f.name === renamed)!.range);
  }
  const kept: OwnedRegion[] = [];
  const regions = listedRegions.filter((r, i) => {
    const same = r.fingerprint === undefined || holdsWritten(regionValues[i].values, r.fingerprint);
    if (!same) kept.push(r);
    return same;
  });
  const sheets = listedSheets.filter((name, i) => {
    const expected = owned?.sheetFingerprints?.[name];
    const used = sheetValues[i];
    const values = used.isNullObject ? [] : fromA1(used.values, used.rowIndex, used.columnIndex);
    const same = expected === undefined || fingerprintCells(values) === expected;
    if (!same) kept.push({ sheet: name, range: "" });
    return same;
  });
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
  return { regions, sheets, hadRecord: true, kept };
}

/** A used range's values placed as from A1, as the fingerprint of a written sheet was taken. */
function fromA1(values: unknown[][], rowIndex: number, columnIndex: number): unknown[][] {
  return [
    ...new Array<unknown[]>(rowIndex).fill([]),
    ...values.map((row) => [...new Array<unknown>(columnIndex).fill(""), ...row]),
  ];
}
