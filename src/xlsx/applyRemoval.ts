import { regionBounds, type RemovalPlan } from "../domain";
import type { SheetEdits } from "./package/editWorksheet";
import type { WorkbookPackage } from "./package/workbookPackage";

/**
 * Carries out the engine's removal plan on a workbook package, in its order: each region's ranges
 * emptied of values and formats, the conditional formats inside it dropped and its widths back to
 * standard; then the result sheets deleted; the record last. What Remove results does in Excel.
 */
export async function applyRemoval(pkg: WorkbookPackage, removal: RemovalPlan): Promise<void> {
  const edits = removalEdits(pkg, removal);
  for (const [sheet, e] of edits) await pkg.editSheet(sheet, e);
  removeSheets(pkg, removal);
  removeRecord(pkg, removal);
}

/** The removal plan's regions as edits per sheet, for the sheets the workbook still holds. */
export function removalEdits(pkg: WorkbookPackage, removal: RemovalPlan): Map<string, SheetEdits> {
  const names = new Set(pkg.sheets().map((s) => s.name));
  const edits = new Map<string, SheetEdits>();
  for (const region of removal.regions) {
    const bounds = regionBounds(region.range);
    if (!bounds || !names.has(region.sheet)) continue;
    const e = editsOf(edits, region.sheet);
    e.clear.push(...region.clear.flatMap((range) => regionBounds(range) ?? []));
    e.dropRules!.push(bounds);
    for (const col of region.resetWidths) e.widths.push({ col, width: null });
  }
  return edits;
}

/** The result sheets of the earlier run that the plan deletes. */
export function removeSheets(pkg: WorkbookPackage, removal: RemovalPlan): void {
  const names = new Set(pkg.sheets().map((s) => s.name));
  for (const name of removal.sheets) if (names.has(name)) pkg.removeSheet(name);
}

/** The record sheet, when the plan deletes it: last, so that what it lists is gone first. */
export function removeRecord(pkg: WorkbookPackage, removal: RemovalPlan): void {
  if (removal.recordSheet && pkg.sheets().some((s) => s.name === removal.recordSheet))
    pkg.removeSheet(removal.recordSheet);
}

/** The edits of one sheet, made empty the first time it is asked for. */
export function editsOf(edits: Map<string, SheetEdits>, sheet: string): SheetEdits {
  let e = edits.get(sheet);
  if (!e) edits.set(sheet, (e = { clear: [], cells: [], widths: [], dropRules: [], rules: [] }));
  return e;
}
