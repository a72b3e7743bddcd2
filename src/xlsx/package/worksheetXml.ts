import { columnLetters } from "../../domain";
import { cellElement, type CellContent } from "./cellXml";
import type { CellLook, StyleRegistry } from "./styleRegistry";
import { escapeXml } from "./xmlText";

/** A cell of a sheet Stoplicht writes whole. */
export interface SheetCell {
  value: CellContent;
  look?: CellLook;
  /** Where the cell links to inside the workbook, as a reference (`'Programma''s'!E5`). */
  link?: string;
}

/** A sheet Stoplicht writes whole: its cells from A1, its column widths, its frozen top rows. */
export interface SheetContent {
  cells: SheetCell[][];
  /** Widths of the first columns, in characters. */
  widths?: number[];
  /** Rows kept in view while scrolling. */
  frozenRows?: number;
  /** How it prints: orientation, pages wide, the footer's centre (`Pagina &P van &N`). */
  print?: { landscape: boolean; fitToPagesWide: number; footer: string | null };
}

/**
 * A worksheet part for a sheet written whole. Links are hyperlinks to a place in the workbook
 * (`<hyperlink location>`), which need no relationship, unlike links to files. Its print titles
 * are a defined name of the workbook (`WorkbookPackage.setPrintTitles`), not part of the sheet.
 */
export function worksheetXml(sheet: SheetContent, styles: StyleRegistry): string {
  const rows: string[] = [];
  const links: string[] = [];
  let lastRow = 0;
  let lastCol = 0;
  sheet.cells.forEach((row, i) => {
    const cells: string[] = [];
    row.forEach((cell, j) => {
      const ref = `${columnLetters(j)}${i + 1}`;
      const element = cellElement("", ref, cell.value, cell.look && styles.formatFor(0, cell.look));
      if (element === "") return;
      cells.push(element);
      lastRow = Math.max(lastRow, i);
      lastCol = Math.max(lastCol, j);
      if (cell.link)
        links.push(
          `<hyperlink ref="${ref}" location="${escapeXml(cell.link)}" display="${escapeXml(String(cell.value ?? ""))}"/>`,
        );
    });
    if (cells.length > 0) rows.push(`<row r="${i + 1}">${cells.join("")}</row>`);
  });
  const frozen = sheet.frozenRows ?? 0;
  const view =
    frozen > 0
      ? `<sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView>`
      : `<sheetView workbookViewId="0"/>`;
  const widths = sheet.widths ?? [];
  const cols =
    widths.length > 0
      ? `<cols>${widths.map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
      : "";
  const print = sheet.print;
  // Fitted to pages wide and as many pages long as it takes: fitToHeight 0 is "automatic".
  const sheetPr = print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  const pageSetup = print
    ? `<pageSetup orientation="${print.landscape ? "landscape" : "portrait"}" fitToWidth="${print.fitToPagesWide}" fitToHeight="0"/>` +
      (print.footer
        ? `<headerFooter><oddFooter>${escapeXml(`&C${print.footer}`)}</oddFooter></headerFooter>`
        : "")
    : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    sheetPr +
    `<dimension ref="A1:${columnLetters(lastCol)}${lastRow + 1}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${rows.join("")}</sheetData>` +
    (links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetup +
    "</worksheet>"
  );
}
