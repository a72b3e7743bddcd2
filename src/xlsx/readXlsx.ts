import ExcelJS from "exceljs";
import {
  colourCells,
  rangeA1,
  regionBounds,
  toA1,
  withColours,
  type CellValue,
  type Grid,
  type ReadColours,
} from "../domain";
import { CellColours } from "./cellColours";

/** A cell as the engine sees it: cached value, formula text, number format, indent level. */
interface ReadCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  indent: number;
}

/**
 * Every sheet of an ExcelJS workbook as grids: values with formulas' cached results, formulas,
 * formats, and the fill and font colours of the cells the engine asks for (the lights of planned
 * outputs), as the add-in reads them from Excel.
 */
export function gridsFromWorkbook(workbook: ExcelJS.Workbook): Grid[] {
  const grids = workbook.worksheets.map(gridFromWorksheet);
  const requests = colourCells(grids);
  if (requests.length === 0) return grids;
  const colours = new CellColours(workbook);
  return grids.map((grid, i) => {
    const request = requests.find((r) => r.sheet === grid.sheet);
    return request
      ? withColours(
          grid,
          request.ranges.map((range) => readColours(workbook.worksheets[i], range, colours)),
        )
      : grid;
  });
}

/** The fill and font colour of each cell of a range, row by row; cells the file lacks have none. */
function readColours(ws: ExcelJS.Worksheet, range: string, colours: CellColours): ReadColours {
  const b = regionBounds(range)!;
  const fills: (string | null)[][] = [];
  const fontColors: (string | null)[][] = [];
  for (let r = b.r1; r <= b.r2; r++) {
    const fillRow: (string | null)[] = [];
    const fontRow: (string | null)[] = [];
    for (let c = b.c1; c <= b.c2; c++) {
      // findCell, not getCell: reading must not add cells to the workbook.
      const cell = ws.findCell(r + 1, c + 1);
      fillRow.push(cell ? colours.fill(cell) : null);
      fontRow.push(cell ? colours.font(cell) : null);
    }
    fills.push(fillRow);
    fontColors.push(fontRow);
  }
  return { range, fills, fontColors };
}

function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const cells: { row: number; col: number; cell: ReadCell }[] = [];
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  let anyFormula = false;
  let anyFormat = false;
  let anyIndent = false;
  // Merged areas by their first cell, grown by each covered cell met.
  const merges = new Map<string, { r1: number; c1: number; r2: number; c2: number }>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) growMerge(merges, cell, rowNumber - 1, colNumber - 1);
      const read = readCell(cell);
      if (read.value === null && read.formula === null) return;
      anyFormula ||= read.formula !== null;
      anyFormat ||= read.numberFormat !== null;
      anyIndent ||= read.indent > 0;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, cell: read });
      if (rowNumber - 1 < minRow) minRow = rowNumber - 1;
      if (rowNumber - 1 > maxRow) maxRow = rowNumber - 1;
      if (colNumber - 1 < minCol) minCol = colNumber - 1;
      if (colNumber - 1 > maxCol) maxCol = colNumber - 1;
    });
  });
  const hidden = ws.state === "hidden" || ws.state === "veryHidden";
  const merged =
    merges.size > 0 ? [...merges.values()].map((b) => rangeA1(b.r1, b.c1, b.r2, b.c2)) : undefined;
  const columnWidths = widthsOf(ws);
  if (cells.length === 0) return { sheet: ws.name, topLeft: "A1", values: [], hidden, merged, columnWidths };
  // Ragged rows: each row only as long as its last cell, so that a sheet used sparsely out to
  // XFD1048576 costs one short array per row, not a billion cells.
  const height = maxRow - minRow + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => []);
  const formulas = anyFormula ? Array.from({ length: height }, (): (string | null)[] => []) : undefined;
  const numberFormats = anyFormat ? Array.from({ length: height }, (): (string | null)[] => []) : undefined;
  const indents = anyIndent ? Array.from({ length: height }, (): (number | null)[] => []) : undefined;
  for (const { row, col, cell } of cells) {
    setRagged(values[row - minRow], col - minCol, cell.value, null);
    if (formulas && cell.formula) setRagged(formulas[row - minRow], col - minCol, cell.formula, null);
    if (numberFormats && cell.numberFormat)
      setRagged(numberFormats[row - minRow], col - minCol, cell.numberFormat, null);
    if (indents && cell.indent > 0) setRagged(indents[row - minRow], col - minCol, cell.indent, null);
  }
  return {
    sheet: ws.name,
    topLeft: toA1(minRow, minCol),
    values,
    formulas,
    numberFormats,
    ...(indents ? { indents } : {}),
    hidden,
    merged,
    columnWidths,
  };
}

/** Each column's own width from A, null where it has the sheet's standard width; undefined when none has one. */
function widthsOf(ws: ExcelJS.Worksheet): (number | null)[] | undefined {
  const widths = (ws.columns ?? []).map((c) => (c.width !== undefined && c.isCustomWidth ? c.width : null));
  return widths.some((w) => w !== null) ? widths : undefined;
}

function growMerge(
  merges: Map<string, { r1: number; c1: number; r2: number; c2: number }>,
  cell: ExcelJS.Cell,
  row: number,
  col: number,
): void {
  const master = cell.master;
  const key = master.address;
  const b = merges.get(key) ?? {
    r1: Number(master.row) - 1,
    c1: Number(master.col) - 1,
    r2: Number(master.row) - 1,
    c2: Number(master.col) - 1,
  };
  b.r1 = Math.min(b.r1, row);
  b.c1 = Math.min(b.c1, col);
  b.r2 = Math.max(b.r2, row);
  b.c2 = Math.max(b.c2, col);
  merges.set(key, b);
}

function setRagged<T>(row: T[], index: number, value: T, filler: T): void {
  while (row.length < index) row.push(filler);
  row[index] = value;
}

function readCell(cell: ExcelJS.Cell): ReadCell {
  const numberFormat = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
  const indent = cell.alignment?.indent ?? 0;
  if (cell.type === ExcelJS.ValueType.Merge) return { value: null, formula: null, numberFormat, indent };
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula ? `=${cell.formula}` : null;
    return { value: plainValue(cell.result), formula, numberFormat, indent };
  }
  return { value: plainValue(cell.value), formula: null, numberFormat, indent };
}

/** ExcelJS's value shapes to the engine's: rich text and hyperlinks to their text, dates and errors tagged. */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return { date: v.toISOString() };
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join("");
    if ("text" in o) return plainValue(o.text);
    if ("result" in o) return plainValue(o.result);
  }
  return null;
}
