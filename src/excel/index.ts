/** The Office.js adapter: workbook to grids, write plan to workbook. The task pane imports from here. */
export { readWorkbook, type ReadWorkbookOptions, type WorkbookSnapshot } from "./readWorkbook";
export {
  writeResults,
  removeResults,
  type WriteReport,
  type WriteResultsOptions,
  type RemoveReport,
} from "./writeResults";
export { selectCell } from "./selectCell";
export { loadSettings, saveSettings, SETTINGS_KEY } from "./settingsStore";
export { MIN_EXCEL_API } from "./requirements";
export {
  ExcelAdapterError,
  WorkbookChangedError,
  ProtectedSheetError,
  OccupiedCellsError,
  SheetExistsError,
  SheetNotFoundError,
  WriteFailedError,
  UsedRangeTooLargeError,
  type ExcelErrorKey,
} from "./errors";
