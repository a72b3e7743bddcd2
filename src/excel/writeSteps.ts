import { OWNERSHIP_SHEET, ownershipCells, type Ownership, type PlanSheet, type WritePlan } from "../domain";
import { cellInput, excelInput } from "./excelInput";
import { blockFormatSteps, sheetFormatSteps } from "./formatSteps";
import type { RawSheet } from "./readSheets";
import { clearRange, removalSteps } from "./removalSteps";
import { gridSteps, inStage, padded, step, type Step } from "./steps";

/**
 * The plan as calls, in its order, with the record around it: first the union of the old and the
 * new record (so a write cut short can be cleaned up), then what the old run wrote goes (the
 * engine's removal plan), then values, then formats, then the exact record.
 */
export async function writeSteps(
  plan: WritePlan,
  union: Ownership,
  byName: ReadonlyMap<string, RawSheet>,
): Promise<Step[]> {
  const record = byName.get(OWNERSHIP_SHEET);
  const unionCells = ownershipCells(union);
  const recordRows = Math.max(unionCells.length, record ? record.rowIndex + record.rowCount : 0);
  // As wide as the widest record row, or as the old record if wider.
  const widest = Math.max(...[...unionCells, ...plan.ownershipSheet.cells].map((r) => r.length));
  const recordCols = Math.max(widest, record ? record.columnIndex + record.columnCount : 0);
  const writeRecord = (own: Ownership) =>
    gridSteps(
      OWNERSHIP_SHEET,
      0,
      0,
      padded(ownershipCells(own), recordRows, recordCols).map((r) => r.map(excelInput)),
      (range, rows) => (range.values = rows),
    );
  const steps: Step[] = [];

  // Hidden before anything is in it, so a failure never shows the user a half-written record.
  if (!record)
    steps.push(step((ctx) => void (ctx.workbook.worksheets.add(OWNERSHIP_SHEET).visibility = "VeryHidden")));
  steps.push(...(await writeRecord(union)));
  steps.push(...removalSteps(plan.removal, new Set(byName.keys())));
  for (const sheet of plan.sheets)
    if (sheet.refill && byName.has(sheet.name)) steps.push(emptySheet(sheet.name));
  inStage("clear", steps);
  const cleared = steps.length;

  for (const block of plan.blocks)
    steps.push(
      ...(await gridSteps(
        block.sheet,
        block.row,
        block.col,
        block.cells.map((r) => r.map(cellInput)),
        (range, rows) => (range.values = rows),
      )),
    );
  for (const sheet of plan.sheets) {
    if (!sheet.refill || !byName.has(sheet.name))
      steps.push(step((ctx) => void ctx.workbook.worksheets.add(sheet.name)));
    const width = sheetWidth(sheet);
    steps.push(
      ...(await gridSteps(
        sheet.name,
        0,
        0,
        sheet.cells.map((r) => Array.from({ length: width }, (_, j) => (r[j] ? cellInput(r[j]) : ""))),
        (range, rows) => (range.values = rows),
      )),
    );
  }

  inStage("values", steps.slice(cleared));
  const valued = steps.length;

  for (const block of plan.blocks) steps.push(...(await blockFormatSteps(block, plan.styles)));
  for (const sheet of plan.sheets) steps.push(...(await sheetFormatSteps(sheet, plan.styles)));
  inStage("formats", steps.slice(valued));
  steps.push(...inStage("record", await writeRecord(plan.ownership)));
  return steps;
}

/** A result sheet of ours emptied of everything where it stands: cells, formats, widths, frozen panes. */
export function emptySheet(name: string): Step {
  return step((ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(name);
    const all = sheet.getRange();
    clearRange(all);
    all.format.useStandardWidth = true;
    sheet.freezePanes.unfreeze();
  });
}

export function sheetWidth(sheet: PlanSheet): number {
  return Math.max(1, ...sheet.cells.map((r) => r.length));
}
