import type { RemovalPlan } from "../domain";
import { deleteRecordSheet } from "./ownershipRecord";
import { step, type Step } from "./steps";

/**
 * The engine's removal plan as calls, in its order: each region's ranges emptied of values,
 * formats and conditional formats and its widths back to standard, then the result sheets
 * deleted, then the record. `existing` are the sheets the workbook holds: a plan's sheet deleted
 * since has nothing left to remove.
 */
export function removalSteps(removal: RemovalPlan, existing: ReadonlySet<string>): Step[] {
  const steps: Step[] = [];
  for (const region of removal.regions) {
    if (!existing.has(region.sheet)) continue;
    for (const range of region.clear)
      steps.push(step((ctx) => clearRange(sheetOf(ctx, region.sheet).getRange(range))));
    for (const col of region.resetWidths)
      steps.push(
        step(
          (ctx) =>
            void (sheetOf(ctx, region.sheet).getRangeByIndexes(0, col, 1, 1).format.useStandardWidth = true),
        ),
      );
  }
  for (const name of removal.sheets)
    if (existing.has(name)) steps.push(step((ctx) => sheetOf(ctx, name).delete()));
  if (removal.recordSheet && existing.has(removal.recordSheet))
    steps.push(step((ctx) => deleteRecordSheet(ctx.workbook.worksheets)));
  return steps;
}

/** Values, formats, links and the conditional formats of a range: all of it goes. */
export function clearRange(range: Excel.Range): void {
  range.clear("All");
  range.conditionalFormats.clearAll();
}

function sheetOf(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}
