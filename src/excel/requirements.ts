/**
 * The ExcelApi requirement set the adapter needs, for the manifest's `<Set Name="ExcelApi" MinVersion=...>`.
 * 1.9 for `setCellProperties` (per-cell fills and hyperlinks of the result sheets in one call);
 * below it: 1.8 `runtime.enableEvents`, 1.7 `getRangeByIndexes`, hyperlinks, `freezePanes`,
 * workbook protection, 1.6 conditional formats and `suspendApiCalculationUntilNextSync`,
 * 1.4 `getUsedRangeOrNullObject` and `workbook.settings`.
 */
export const MIN_EXCEL_API = "1.9";
