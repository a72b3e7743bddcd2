import ExcelJS from "exceljs";
import { regionBounds, type CellStyle, type Ownership, type PlanCell, type WritePlan } from "../domain";

/** Fills for the styles of the plan: the traffic-light colours finance staff expect. */
const FILLS: Partial<Record<CellStyle, string>> = {
  header: "FFD9D9D9",
  ok: "FFE2EFDA",
  rounding: "FFFFF2CC",
  error: "FFF8CBAD",
  warning: "FFFCE4D6",
  green: "FF92D050",
  orange: "FFFFC000",
  red: "FFFF5050",
  accepted: "FFEDEDED",
};

/**
 * Executes a write plan on an ExcelJS workbook: first takes out what an earlier run wrote, then
 * writes the status columns, the result sheets and the ownership record. Input cells are not touched.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  removeOwned(workbook, plan.previous);
  for (const block of plan.blocks) {
    const ws = workbook.getWorksheet(block.sheet);
    if (!ws) throw new Error(`Plan names a sheet the workbook lacks: ${block.sheet}`);
    block.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell.value !== null) writeCell(notMerged(ws.getCell(block.row + i + 1, block.col + j + 1)), cell);
      }),
    );
    block.kinds.forEach((kind, j) => {
      const column = ws.getColumn(block.col + j + 1);
      if (!column.width) column.width = kind === "draft" ? 60 : kind === "check" ? 22 : 12;
    });
  }
  for (const sheet of plan.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.columnWidths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
    sheet.cells.forEach((row, i) => row.forEach((cell, j) => writeCell(ws.getCell(i + 1, j + 1), cell)));
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  const record = workbook.addWorksheet(plan.ownershipSheet.name, { state: "veryHidden" });
  plan.ownershipSheet.cells.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null && (typeof v === "string" || typeof v === "number"))
        record.getCell(i + 1, j + 1).value = v;
    }),
  );
}

/** Takes out exactly what an earlier run recorded: its status cells (values and formats) and its sheets. */
export function removeOwned(workbook: ExcelJS.Workbook, owned: Ownership | null): void {
  const record = workbook.getWorksheet(OWNERSHIP);
  if (record) workbook.removeWorksheet(record.id);
  if (!owned) return;
  for (const region of owned.regions) {
    const ws = workbook.getWorksheet(region.sheet);
    const b = regionBounds(region.range);
    if (!ws || !b) continue;
    for (let r = b.r1; r <= b.r2; r++) {
      for (let c = b.c1; c <= b.c2; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        // A cell the user merged into an area of theirs holds nothing of ours: clearing it
        // would clear the area's first cell, the user's text.
        if (cell.type === ExcelJS.ValueType.Merge) continue;
        cell.value = null;
        cell.style = {};
      }
    }
  }
  for (const name of owned.sheets) {
    const ws = workbook.getWorksheet(name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
}

const OWNERSHIP = "_stoplicht";

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

function writeCell(target: ExcelJS.Cell, cell: PlanCell): void {
  if (cell.link && typeof cell.value === "string") {
    // An internal link as a HYPERLINK formula built only from the sheet name (quoted, escaped)
    // and an A1 address we made: ExcelJS's own hyperlinks also write an external relationship,
    // which Excel would follow as a file path.
    const location = `#${quoted(cell.link.sheet)}!${cell.link.cell}`;
    target.value = {
      formula: `HYPERLINK(${stringLiteral(location)},${stringLiteral(cell.value)})`,
      result: cell.value,
    };
    target.font = { color: { argb: "FF0563C1" }, underline: true };
  } else {
    // Strings are written as strings: ExcelJS only makes formulas of {formula} objects, so a
    // label or note starting with "=" stays text.
    target.value = cell.value;
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  const fill = cell.style ? FILLS[cell.style] : undefined;
  if (fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  if (cell.style === "header") target.font = { bold: true };
  if (cell.style === "draft") target.font = { italic: true, color: { argb: "FF7F7F7F" } };
  if (typeof cell.value === "string" && cell.value.length > 60)
    target.alignment = { wrapText: true, vertical: "top" };
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
