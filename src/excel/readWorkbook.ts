import {
  colourCells,
  indentCells,
  toA1,
  withColours,
  withIndents,
  type CellValue,
  type Grid,
} from "../domain";
import { nextTask, ROWS_PER_TASK } from "./nextTask";
import { readColours } from "./readColours";
import { readIndents } from "./readIndents";
import { readLayout, type SheetLayout } from "./readLayout";
import { readSheets, type RawSheet } from "./readSheets";
import { isFormula, snapshotOf, type WorkbookSnapshot } from "./snapshot";

export type { WorkbookSnapshot } from "./snapshot";

export interface ReadWorkbookOptions {
  /** Rows per range request (default 5000); smaller only to test or to tame very wide sheets. */
  blockRows?: number;
  /** Cells per sync (default 100k, under the 5 MB payload limit of Excel on the web). */
  cellBudget?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Every sheet as a grid (values, formulas, number formats, merged areas, column widths, the colours
 * of output lights and the indents of labels) plus a snapshot to detect a change before writing.
 * Five syncs for any workbook up to the cell budget, whatever its number of rows, and one more
 * where it has lights.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadWorkbookOptions = {},
): Promise<{ grids: Grid[]; snapshot: WorkbookSnapshot }> {
  const { sheets: raws } = await readSheets(context, { withFormats: true, ...options });
  const layouts = await readLayout(context, raws);
  const grids: Grid[] = [];
  for (const raw of raws) grids.push(await gridOf(raw, layouts.get(raw.name) ?? {}));
  // Colours only for the cells the engine reads them from (the lights of planned outputs): one
  // more sync where the workbook has such cells, none where it has not.
  const requests = colourCells(grids);
  const colours = requests.length > 0 ? await readColours(context, requests) : null;
  const coloured = colours ? grids.map((g) => withColours(g, colours.get(g.sheet) ?? [])) : grids;
  // Indents only for the columns that can hold labels: an indented line belongs to the total of
  // the heading above it. One more sync where a sheet has labels.
  const indentRequests = indentCells(coloured);
  const indents = indentRequests.length > 0 ? await readIndents(context, indentRequests) : null;
  const indented = indents ? coloured.map((g) => withIndents(g, indents.get(g.sheet) ?? [])) : coloured;
  return { grids: indented, snapshot: await snapshotOf(raws) };
}

/** One sheet in the engine's terms, a task at a time (ROWS_PER_TASK rows each). */
async function gridOf(raw: RawSheet, layout: SheetLayout): Promise<Grid> {
  const hidden = raw.visibility !== "Visible";
  if (raw.rowCount === 0) return { sheet: raw.name, topLeft: "A1", values: [], hidden };
  const values: CellValue[][] = new Array<CellValue[]>(raw.rowCount);
  let formulas: (string | null)[][] | undefined;
  let numberFormats: (string | null)[][] | undefined;
  for (let r = 0; r < raw.rowCount; r++) {
    if (r > 0 && r % ROWS_PER_TASK === 0) await nextTask();
    const rowValues = raw.values[r];
    const rowFormulas = raw.formulas[r];
    const rowTypes = raw.valueTypes![r];
    const rowFormats = raw.numberFormat![r];
    const out = new Array<CellValue>(raw.columnCount);
    for (let c = 0; c < raw.columnCount; c++) {
      const format =
        typeof rowFormats[c] === "string" && rowFormats[c] !== "General" ? (rowFormats[c] as string) : null;
      out[c] = cellValue(rowValues[c], rowTypes[c], format);
      if (isFormula(rowValues[c], rowFormulas[c])) {
        formulas ??= emptyRows(raw.rowCount, raw.columnCount);
        formulas[r][c] = rowFormulas[c] as string;
      }
      if (format !== null) {
        numberFormats ??= emptyRows(raw.rowCount, raw.columnCount);
        numberFormats[r][c] = format;
      }
    }
    values[r] = out;
  }
  return {
    sheet: raw.name,
    topLeft: toA1(raw.rowIndex, raw.columnIndex),
    values,
    formulas,
    numberFormats,
    hidden,
    ...(layout.merged && layout.merged.length > 0 ? { merged: layout.merged } : {}),
    ...(layout.columnWidths ? { columnWidths: layout.columnWidths } : {}),
  };
}

function emptyRows(rows: number, cols: number): (string | null)[][] {
  return Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
}

/** Office's value and value type to the engine's cell: errors tagged, dates by their number format. */
function cellValue(value: unknown, type: string, format: string | null): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "String":
      return value === "" ? null : String(value);
    case "Boolean":
      return Boolean(value);
    case "Integer":
    case "Double":
      return typeof value === "number" && format !== null && isDateFormat(format)
        ? { date: excelSerialToIso(value) }
        : Number(value);
    default:
      return typeof value === "number" ||
        typeof value === "boolean" ||
        (typeof value === "string" && value !== "")
        ? value
        : null;
  }
}

/** A number format that shows a date: d, m or y outside quoted text, brackets and escapes. */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) || /m/i.test(bare.replace(/[hs]:?m+|m+:?s/gi, ""));
}

/** Excel's 1900 date system: day 25569 is 1970-01-01 (the fictitious 29 Feb 1900 lies before any budget). */
function excelSerialToIso(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString();
}
