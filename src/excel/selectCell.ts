import { SheetNotFoundError, isItemNotFound } from "./errors";

/** Shows a finding's cell: activates its sheet and selects the cell (A1 address without the sheet). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) throw new SheetNotFoundError(sheet);
    throw error;
  }
}
