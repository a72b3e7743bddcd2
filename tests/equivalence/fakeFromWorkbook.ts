/** The fake Office host holding what an .xlsx file holds, as Excel would after opening it. */
import type ExcelJS from "exceljs";
import { gridsFromWorkbook } from "../../src/xlsx/readXlsx";
import { createFakeExcel, type FakeExcel } from "../excel/fakeExcel";

export function fakeFromWorkbook(wb: ExcelJS.Workbook): FakeExcel {
  return createFakeExcel({
    sheets: gridsFromWorkbook(wb).map((g, i) => ({
      name: g.sheet,
      topLeft: g.topLeft,
      values: g.values,
      formulas: g.formulas,
      numberFormats: g.numberFormats,
      merged: g.merged,
      // The lights' colours, as far as the file adapter read them: what Excel would show. Black
      // text is how both report a cell whose font has no colour of its own: no colour to set.
      fills: g.fills,
      fontColors: g.fontColors?.map((row) => row.map((c) => (c === "#000000" ? null : c))),
      // Widths in characters, as the file has them, to points as Office has them.
      columnWidths: g.columnWidths?.map((w) => (w === null ? null : (w * 7 + 5) * 0.75)),
      visibility:
        wb.worksheets[i].state === "veryHidden"
          ? "VeryHidden"
          : wb.worksheets[i].state === "hidden"
            ? "Hidden"
            : "Visible",
    })),
  });
}
