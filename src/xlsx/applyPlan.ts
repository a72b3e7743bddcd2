import ExcelJS from "exceljs";
import { rangeA1, type CellValue, type PlanSheet, type WritePlan } from "../domain";
import { addTextRules } from "./addTextRules";
import { applyRemoval } from "./applyRemoval";
import { writeCell } from "./writeCell";

/**
 * Executes a write plan on an ExcelJS workbook, in the plan's order: what an earlier run wrote
 * goes (the engine's removal plan), the record, the status columns, the result sheets. It only
 * translates: every value, look, width and place comes from the plan. Input cells are not touched.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  applyRemoval(workbook, plan.removal);
  writeRecord(workbook, plan.ownershipSheet);
  for (const block of plan.blocks) {
    const ws = workbook.getWorksheet(block.sheet);
    if (!ws) throw new Error(`Plan names a sheet the workbook lacks: ${block.sheet}`);
    block.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell.value !== null || cell.style)
          writeCell(notMerged(ws.getCell(block.row + i + 1, block.col + j + 1)), cell, plan.styles);
      }),
    );
    block.columns.forEach((column, j) => {
      if (column.width !== null) setWidth(ws, block.col + j, column.width);
      if (block.cells.length > block.headerRows)
        addTextRules(
          ws,
          rangeA1(
            block.row + block.headerRows,
            block.col + j,
            block.row + block.cells.length - 1,
            block.col + j,
          ),
          column.rules,
          plan.styles,
        );
    });
  }
  for (const sheet of plan.sheets) {
    const ws = sheet.refill ? emptied(workbook, sheet.name) : workbook.addWorksheet(sheet.name);
    writeSheet(ws, sheet, plan.styles);
  }
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: PlanSheet, styles: WritePlan["styles"]): void {
  sheet.columnWidths.forEach((w, j) => setWidth(ws, j, w));
  sheet.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell.value !== null || cell.style) writeCell(ws.getCell(i + 1, j + 1), cell, styles);
    }),
  );
  if (sheet.frozenRows > 0) ws.views = [{ state: "frozen", ySplit: sheet.frozenRows }];
}

/** The record sheet: rewritten where it is, or added very hidden after the last sheet. */
function writeRecord(workbook: ExcelJS.Workbook, record: WritePlan["ownershipSheet"]): void {
  const existing = workbook.getWorksheet(record.name);
  const ws = existing ? emptied(workbook, record.name) : workbook.addWorksheet(record.name);
  ws.state = "veryHidden";
  record.cells.forEach((row, i) =>
    row.forEach((v: CellValue, j) => {
      if (typeof v === "string" || typeof v === "number") ws.getCell(i + 1, j + 1).value = v;
    }),
  );
}

/**
 * A sheet of ours emptied of everything where it stands: a fresh sheet of the same name put in its
 * place, so that nothing of the old one (a format, a frozen pane) lingers.
 */
function emptied(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const old = workbook.getWorksheet(name)!;
  const orderNo = (old as unknown as { orderNo: number }).orderNo;
  const state = old.state;
  workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(name);
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
  ws.state = state;
  return ws;
}

/**
 * ExcelJS drops a column exactly as wide as its own default (9) from the file, which then shows the
 * sheet's standard width: a hair wider keeps it, at the same pixels.
 */
function setWidth(ws: ExcelJS.Worksheet, col: number, chars: number): void {
  ws.getColumn(col + 1).width = chars === 9 ? 9.001 : chars;
}

/**
 * The cell, if it is not covered by a merged area: ExcelJS passes a value written there on to the
 * area's first cell, an input cell. The plan keeps clear of merged areas; this is the last guard.
 */
function notMerged(cell: ExcelJS.Cell): ExcelJS.Cell {
  if (cell.type === ExcelJS.ValueType.Merge)
    throw new Error(
      `${cell.worksheet.name}!${cell.address} lies in a merged area: Stoplicht writes nothing there.`,
    );
  return cell;
}
