import { rangeA1 } from "../domain";
import { pointsToChars } from "./looks";
import type { RawSheet } from "./readSheets";
import { hostSupports, MERGED_AREAS_API } from "./requirements";

/** What the engine needs of a sheet's layout: merged areas and the columns' own widths. */
export interface SheetLayout {
  merged?: string[];
  columnWidths?: (number | null)[];
}

/** Excel's last column is XFD, the 16,384th. */
const COLUMNS = 16_384;
/**
 * Columns read past the used range for their widths: the status columns go right of a table,
 * rarely more than a few tables' worth further. A column beyond counts as standard width.
 */
export const WIDTH_MARGIN_COLUMNS = 64;

/**
 * Merged areas (ExcelApi 1.13, where the host has it) and column widths of every sheet with
 * content, in one sync. Excel returns at most 512 merged areas a call, and only those whose first
 * cell lies in the range asked (so each sheet is asked from A1): a sheet with more is asked again
 * in halves of its rows.
 */
export async function readLayout(
  context: Excel.RequestContext,
  raws: readonly RawSheet[],
): Promise<Map<string, SheetLayout>> {
  const layouts = new Map<string, SheetLayout>();
  const withMerged = hostSupports(MERGED_AREAS_API);
  const sheets = raws.filter((r) => r.rowCount > 0);
  const queueWidths = () =>
    sheets.map((raw) =>
      context.workbook.worksheets
        .getItem(raw.name)
        .getRangeByIndexes(
          0,
          0,
          1,
          Math.min(COLUMNS, raw.columnIndex + raw.columnCount + WIDTH_MARGIN_COLUMNS),
        )
        .getColumnProperties({ format: { columnWidth: true, useStandardWidth: true } }),
    );
  let widths = queueWidths();
  const merged = withMerged ? sheets.map((raw) => mergedAreasOf(context, raw.name, 0, lastRow(raw) + 1)) : [];
  let mergedRead = true;
  try {
    await context.sync();
  } catch (error) {
    if (!withMerged) throw error;
    // Which sheet has too many merged areas the failed request does not say: the widths again on
    // their own, the merged areas sheet by sheet.
    mergedRead = false;
    widths = queueWidths();
    await context.sync();
  }
  // The areas themselves only of the sheets that have any: a second sync, and none for most workbooks.
  const areas = merged.map((m) => (mergedRead && !m.isNullObject && m.areaCount > 0 ? loadAreas(m) : null));
  if (areas.some((a) => a !== null)) await context.sync();
  for (let i = 0; i < sheets.length; i++) {
    const layout: SheetLayout = {};
    const columnWidths = widthsOf(widths[i]);
    if (columnWidths) layout.columnWidths = columnWidths;
    if (withMerged)
      layout.merged = mergedRead
        ? rangesOf(areas[i])
        : await mergedInBands(context, sheets[i].name, 0, lastRow(sheets[i]) + 1);
    layouts.set(sheets[i].name, layout);
  }
  return layouts;
}

function lastRow(raw: RawSheet): number {
  return raw.rowIndex + raw.rowCount - 1;
}

function mergedAreasOf(
  context: Excel.RequestContext,
  sheet: string,
  row: number,
  rows: number,
): Excel.RangeAreas {
  return context.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(row, 0, rows, COLUMNS)
    .getMergedAreasOrNullObject()
    .load({ areaCount: true });
}

function loadAreas(merged: Excel.RangeAreas): Excel.RangeCollection {
  return merged.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
}

/** A sheet's merged areas asked for in bands of rows, halved until Excel answers. */
async function mergedInBands(
  context: Excel.RequestContext,
  sheet: string,
  row: number,
  rows: number,
): Promise<string[]> {
  const merged = mergedAreasOf(context, sheet, row, rows);
  try {
    await context.sync();
    if (merged.isNullObject || merged.areaCount === 0) return [];
    const areas = loadAreas(merged);
    await context.sync();
    return rangesOf(areas);
  } catch (error) {
    if (rows <= 1) throw error;
    const half = Math.ceil(rows / 2);
    return [
      ...(await mergedInBands(context, sheet, row, half)),
      ...(await mergedInBands(context, sheet, row + half, rows - half)),
    ];
  }
}

function rangesOf(areas: Excel.RangeCollection | null): string[] {
  if (areas === null) return [];
  return areas.items.map((a) =>
    rangeA1(a.rowIndex, a.columnIndex, a.rowIndex + a.rowCount - 1, a.columnIndex + a.columnCount - 1),
  );
}

/** Widths in characters from column A, null for the standard width; undefined when no column has its own. */
function widthsOf(
  result: OfficeExtension.ClientResult<Excel.ColumnProperties[]>,
): (number | null)[] | undefined {
  const widths = result.value.map((c) =>
    c.format?.useStandardWidth || c.format?.columnWidth === undefined
      ? null
      : pointsToChars(c.format.columnWidth),
  );
  return widths.some((w) => w !== null) ? widths : undefined;
}
