/**
 * The ExcelApi requirement set the adapter needs, for the manifest's `<Set Name="ExcelApi" MinVersion=...>`.
 * 1.9 for `setCellProperties` and `getColumnProperties` (per-cell fills and links, column widths in
 * one call); below it: 1.8 `runtime.enableEvents`, 1.7 `getRangeByIndexes`, `freezePanes`,
 * `useStandardWidth`, workbook protection, 1.6 conditional formats and
 * `suspendApiCalculationUntilNextSync`, 1.4 `getUsedRangeOrNullObject` and `workbook.settings`.
 */
export const MIN_EXCEL_API = "1.9";

/** `getMergedAreasOrNullObject`: without it the add-in cannot see merged cells, and writes no status columns. */
export const MERGED_AREAS_API = "1.13";

/**
 * Whether the host offers an ExcelApi version, as Office says at run time. Outside Office (tests that
 * drive the fake host's context directly) nothing answers, and the fake offers what it models.
 */
export function hostSupports(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : true;
}
