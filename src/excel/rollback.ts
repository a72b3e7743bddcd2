import { OWNERSHIP_SHEET, ownershipCells, type Ownership } from "../domain";
import { excelInput } from "./excelInput";
import { deleteRecordSheet } from "./ownershipRecord";
import { clearRange } from "./removalSteps";
import { padded } from "./steps";
import { emptySheet } from "./writeSteps";

/** A column whose width the write set, or was to set back: standard again after a rollback. */
export interface WidthToReset {
  sheet: string;
  col: number;
}

/**
 * Takes out everything the union record claims; events back on. Result sheets the write was
 * refilling stay, emptied, so that the user's references to them keep working, and the record is
 * left claiming just them, so that the next run fills them again. Otherwise the record goes too.
 */
export async function rollback(
  context: Excel.RequestContext,
  union: Ownership,
  refilled: ReadonlySet<string>,
  widths: readonly WidthToReset[],
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const existing = new Set(worksheets.items.map((w) => w.name));
  const kept = [...refilled].filter((name) => existing.has(name));
  context.application.suspendApiCalculationUntilNextSync();
  for (const region of union.regions)
    if (existing.has(region.sheet)) clearRange(worksheets.getItem(region.sheet).getRange(region.range));
  for (const { sheet, col } of widths)
    if (existing.has(sheet))
      worksheets.getItem(sheet).getRangeByIndexes(0, col, 1, 1).format.useStandardWidth = true;
  for (const name of union.sheets) {
    if (!existing.has(name)) continue;
    if (kept.includes(name)) emptySheet(name).queue(context);
    else worksheets.getItem(name).delete();
  }
  if (existing.has(OWNERSHIP_SHEET)) {
    if (kept.length === 0) deleteRecordSheet(worksheets);
    else {
      const record = worksheets.getItem(OWNERSHIP_SHEET);
      record.getRange().clear("All");
      const cells = ownershipCells({ regions: [], sheets: kept });
      const width = Math.max(...cells.map((r) => r.length));
      record.getRangeByIndexes(0, 0, cells.length, width).values = padded(cells, cells.length, width).map(
        (r) => r.map(excelInput),
      );
    }
  }
  context.runtime.enableEvents = true;
  await context.sync();
}
