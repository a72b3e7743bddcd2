import {
  hasLook,
  quoteSheet,
  rangeA1,
  type PlanBlock,
  type PlanCell,
  type PlanSheet,
  type WritePlan,
} from "../domain";
import { applyRuleLook, cellPropertiesFormat, charsToPoints } from "./looks";
import { nextTask } from "./nextTask";
import { gridSteps, step, type Step } from "./steps";

type Styles = WritePlan["styles"];

/** Formats of one status block, column by column: number formats, looks, conditional formats, width. */
export async function blockFormatSteps(block: PlanBlock, styles: Styles): Promise<Step[]> {
  const steps: Step[] = [];
  for (let j = 0; j < block.kinds.length; j++) {
    // A task per status column: the four columns of a 100k-row block together held the pane 160 ms.
    if (j > 0) await nextTask();
    const col = block.col + j;
    steps.push(
      ...(await columnFormatSteps(
        block.sheet,
        block.row,
        col,
        block.cells.map((r) => r[j]),
        styles,
      )),
    );
    const { rules, width } = block.columns[j];
    const bodyRows = block.cells.length - block.headerRows;
    if (rules.length > 0 && bodyRows > 0) {
      const address = rangeA1(block.row + block.headerRows, col, block.row + block.cells.length - 1, col);
      for (const rule of rules)
        steps.push(
          step((ctx) => {
            const range = ctx.workbook.worksheets.getItem(block.sheet).getRange(address);
            const format = range.conditionalFormats.add("ContainsText").textComparison;
            applyRuleLook(format.format, styles[rule.style]);
            format.rule = { operator: "BeginsWith", text: rule.beginsWith };
          }),
        );
    }
    if (width !== null) steps.push(widthStep(block.sheet, col, width));
  }
  return steps;
}

/** Formats of a result sheet: per column its number formats and looks, its widths, the frozen header, how it prints. */
export async function sheetFormatSteps(sheet: PlanSheet, styles: Styles): Promise<Step[]> {
  const steps: Step[] = [];
  const width = Math.max(0, ...sheet.cells.map((r) => r.length));
  for (let j = 0; j < width; j++)
    steps.push(
      ...(await columnFormatSteps(
        sheet.name,
        0,
        j,
        sheet.cells.map((r) => r[j] ?? EMPTY),
        styles,
      )),
    );
  sheet.columnWidths.forEach((chars, j) => steps.push(widthStep(sheet.name, j, chars)));
  if (sheet.frozenRows > 0)
    steps.push(
      step((ctx) => ctx.workbook.worksheets.getItem(sheet.name).freezePanes.freezeRows(sheet.frozenRows)),
    );
  steps.push(printStep(sheet));
  return steps;
}

const EMPTY: PlanCell = { value: null };

/**
 * One column's cell formats, each as one 2-D call over the rows from the first to the last cell
 * that has one: most columns have none, and sending defaults for them would only fill the request.
 */
async function columnFormatSteps(
  sheet: string,
  row0: number,
  col: number,
  cells: PlanCell[],
  styles: Styles,
): Promise<Step[]> {
  const steps: Step[] = [];
  const formatted = span(cells, (c) => !!c.style && !!styles[c.style].numberFormat);
  if (formatted) {
    const rows = cells
      .slice(formatted.first, formatted.last + 1)
      .map((c) => [(c.style && styles[c.style].numberFormat) || "General"]);
    steps.push(
      ...(await gridSteps(sheet, row0 + formatted.first, col, rows, (r, chunk) => (r.numberFormat = chunk))),
    );
  }
  const looked = span(cells, (c) => (!!c.style && hasLook(styles[c.style])) || linked(c));
  if (looked) {
    const rows = cells
      .slice(looked.first, looked.last + 1)
      .map((c): Excel.SettableCellProperties[] => [cellProperties(c, styles)]);
    steps.push(
      ...(await gridSteps(sheet, row0 + looked.first, col, rows, (r, chunk) => r.setCellProperties(chunk))),
    );
  }
  return steps;
}

function linked(cell: PlanCell): boolean {
  return !!cell.link && cell.value !== null;
}

/**
 * A cell's fill, font and link, as one 2-D `setCellProperties` call takes them: a column of 10,000
 * links costs one call, where `range.hyperlink` would take one a cell.
 */
function cellProperties(cell: PlanCell, styles: Styles): Excel.SettableCellProperties {
  const props: Excel.SettableCellProperties = {};
  if (cell.style && hasLook(styles[cell.style])) props.format = cellPropertiesFormat(styles[cell.style]);
  if (linked(cell))
    props.hyperlink = {
      documentReference: `${quoteSheet(cell.link!.sheet)}!${cell.link!.cell}`,
      textToDisplay: String(cell.value),
    };
  return props;
}

function span(cells: PlanCell[], has: (c: PlanCell) => boolean): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < cells.length; i++)
    if (has(cells[i])) {
      if (first < 0) first = i;
      last = i;
    }
  return first < 0 ? null : { first, last };
}

function widthStep(sheet: string, col: number, chars: number): Step {
  return step(
    (ctx) =>
      void (ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(0, col, 1, 1).format.columnWidth =
        charsToPoints(chars)),
  );
}

/**
 * How a result sheet prints (ExcelApi 1.9): orientation, fitted to pages wide (as many long as it
 * takes), its header on every page, its pages numbered in the centre of the footer.
 */
function printStep(sheet: PlanSheet): Step {
  const { landscape, fitToPagesWide, titleRows, footer } = sheet.print;
  return step((ctx) => {
    const layout = ctx.workbook.worksheets.getItem(sheet.name).pageLayout;
    layout.orientation = landscape ? "Landscape" : "Portrait";
    layout.zoom = { horizontalFitToPages: fitToPagesWide };
    if (titleRows) layout.setPrintTitleRows(`$${titleRows.first + 1}:$${titleRows.last + 1}`);
    if (footer) layout.headersFooters.defaultForAllPages.centerFooter = footer;
  });
}
