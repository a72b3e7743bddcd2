/** The Office.js adapter: workbook to grids, write plan to workbook. The task pane imports from here. */
export { readWorkbook, type ReadWorkbookOptions, type WorkbookSnapshot } from "./readWorkbook";
export { writeResults, type WriteReport, type WriteResultsOptions } from "./writeResults";
export { WRITE_STAGES, type WriteStage, type WriteProgress } from "./writeStage";
export { removeResults, type RemoveReport, type RemoveResultsOptions } from "./removeResults";
export { selectCell } from "./selectCell";
export { loadSettings, saveSettings, SETTINGS_KEY } from "./settingsStore";
export { MIN_EXCEL_API, MERGED_AREAS_API, hostSupports } from "./requirements";
export {
  ExcelAdapterError,
  WorkbookChangedError,
  ProtectedSheetError,
  OccupiedCellsError,
  SheetExistsError,
  SheetNotFoundError,
  WriteFailedError,
  UsedRangeTooLargeError,
  MergedCellsUnknownError,
  type ExcelErrorKey,
} from "./errors";
