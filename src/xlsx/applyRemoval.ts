import ExcelJS from "exceljs";
import { regionBounds, type RegionBounds, type RemovalPlan } from "../domain";

/**
 * Carries out the engine's removal plan on an ExcelJS workbook: empties the regions' cells of
 * values and formats, takes out the conditional formats inside them and the widths listed, then
 * deletes the result sheets and, last, the record.
 */
export function applyRemoval(workbook: ExcelJS.Workbook, removal: RemovalPlan): void {
  for (const region of removal.regions) {
    const ws = workbook.getWorksheet(region.sheet);
    const bounds = regionBounds(region.range);
    if (!ws || !bounds) continue;
    for (const range of region.clear) {
      const b = regionBounds(range);
      if (b) clearCells(ws, b);
    }
    dropRulesWithin(ws, bounds);
    // ExcelJS leaves out a column without width or style: the sheet's standard width.
    for (const col of region.resetWidths) ws.getColumn(col + 1).width = undefined as unknown as number;
  }
  for (const name of removal.sheets) {
    const ws = workbook.getWorksheet(name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  if (removal.recordSheet) {
    const record = workbook.getWorksheet(removal.recordSheet);
    if (record) workbook.removeWorksheet(record.id);
  }
}

function clearCells(ws: ExcelJS.Worksheet, b: RegionBounds): void {
  for (let r = b.r1; r <= b.r2; r++) {
    for (let c = b.c1; c <= b.c2; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      // The plan keeps out of merged areas; should one still cover a cell, clearing it would clear
      // the area's first cell, the user's text.
      if (cell.type === ExcelJS.ValueType.Merge) continue;
      cell.value = null;
      cell.style = {};
    }
  }
}

/** The conditional formats Stoplicht added: those whose every range lies inside the region. */
function dropRulesWithin(ws: ExcelJS.Worksheet, b: RegionBounds): void {
  ws.removeConditionalFormatting(
    (cf: { ref: string }) =>
      !cf.ref.split(/\s+/).every((ref) => {
        const r = regionBounds(ref);
        return r !== null && r.r1 >= b.r1 && r.r2 <= b.r2 && r.c1 >= b.c1 && r.c2 <= b.c2;
      }),
  );
}
