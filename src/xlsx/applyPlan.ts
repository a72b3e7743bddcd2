import { quoteSheet, rangeA1, type PlanBlock, type PlanCell, type WritePlan } from "../domain";
import { editsOf, removalEdits, removeRecord, removeSheets } from "./applyRemoval";
import { cellLooks } from "./cellLooks";
import type { SheetEdits } from "./package/editWorksheet";
import type { WorkbookPackage } from "./package/workbookPackage";
import type { SheetCell } from "./package/worksheetXml";

type Looks = ReturnType<typeof cellLooks>;

/**
 * Executes a write plan on a workbook package, in the plan's order: what an earlier run wrote goes
 * (the engine's removal plan), the record, the status columns, the result sheets. It only
 * translates: every value, look, width, rule, link and place comes from the plan. Input cells are
 * not touched; each sheet is edited once, the removal's edits and the new cells together.
 */
export async function applyPlan(pkg: WorkbookPackage, plan: WritePlan): Promise<void> {
  const looks = cellLooks(plan.styles);
  const edits = removalEdits(pkg, plan.removal);
  removeSheets(pkg, plan.removal);
  const record = plan.ownershipSheet;
  // Rewritten where it is, or added after the last sheet, very hidden: before the result sheets.
  await pkg.writeSheet(
    record.name,
    {
      cells: record.cells.map((row) =>
        row.map((v): SheetCell => ({ value: typeof v === "object" ? null : v })),
      ),
    },
    "veryHidden",
  );
  const names = new Set(pkg.sheets().map((s) => s.name));
  for (const block of plan.blocks) {
    if (!names.has(block.sheet)) throw new Error(`Plan names a sheet the workbook lacks: ${block.sheet}`);
    addBlock(editsOf(edits, block.sheet), block, looks, pkg);
  }
  for (const [sheet, e] of edits) await pkg.editSheet(sheet, e);
  for (const sheet of plan.sheets) {
    // Only a sheet of an earlier run is refilled: never a user's sheet or chart sheet of that name.
    if (!sheet.refill && names.has(sheet.name))
      throw new Error(
        `The workbook already has a sheet named ${sheet.name}: Stoplicht does not write over it`,
      );
    await pkg.writeSheet(sheet.name, {
      cells: sheet.cells.map((row) => row.map((cell) => sheetCell(cell, looks))),
      widths: sheet.columnWidths,
      frozenRows: sheet.frozenRows,
      print: sheet.print,
    });
    const titles = sheet.print.titleRows;
    pkg.setPrintTitles(
      sheet.name,
      titles ? `${quoteSheet(sheet.name)}!$${titles.first + 1}:$${titles.last + 1}` : null,
    );
  }
  removeRecord(pkg, plan.removal);
}

/** A block of status columns as cell writes, widths and one set of "begins with" rules per column. */
function addBlock(e: SheetEdits, block: PlanBlock, looks: Looks, pkg: WorkbookPackage): void {
  block.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell.link)
        throw new Error(
          `A link in a status column (${block.sheet}): the plan puts links on result sheets only`,
        );
      if (cell.value !== null || cell.style)
        e.cells.push({ row: block.row + i, col: block.col + j, value: cell.value, look: looks(cell.style) });
    }),
  );
  const lastRow = block.row + block.cells.length - 1;
  block.columns.forEach((column, j) => {
    const col = block.col + j;
    if (column.width !== null) e.widths.push({ col, width: column.width });
    if (block.cells.length > block.headerRows && column.rules.length > 0)
      e.rules!.push({
        range: rangeA1(block.row + block.headerRows, col, lastRow, col),
        rules: column.rules.map((r) => ({
          beginsWith: r.beginsWith,
          dxfId: pkg.styles.dxfFor(looks(r.style) ?? {}),
        })),
      });
  });
}

function sheetCell(cell: PlanCell, looks: Looks): SheetCell {
  const look = looks(cell.style);
  const link =
    cell.link && cell.value !== null ? `${quoteSheet(cell.link.sheet)}!${cell.link.cell}` : undefined;
  return { value: cell.value, ...(look ? { look } : {}), ...(link ? { link } : {}) };
}
