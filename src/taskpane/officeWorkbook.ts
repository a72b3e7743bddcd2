import {
  loadSettings,
  readWorkbook,
  removeResults,
  saveSettings,
  selectCell,
  writeResults,
  type RemoveReport,
  type WorkbookSnapshot,
  type WriteReport,
} from "../excel";
import type { OnProgress, ResultPlace, WorkbookGateway } from "./host";

/** The pane's workbook backed by Excel: one `Excel.run` per task, the adapter doing the work. */
export function officeWorkbook(): WorkbookGateway {
  return {
    read: (onProgress) =>
      Excel.run((context) => readWorkbook(context, { onProgress: fractionOf(onProgress) })),
    write: (plan, snapshot, onProgress) =>
      Excel.run(async (context) =>
        placesWritten(await writeResults(context, plan, snapshot as WorkbookSnapshot, { onProgress })),
      ),
    remove: (removal, snapshot, onProgress) =>
      Excel.run(async (context) =>
        placesRemoved(
          await removeResults(context, removal, snapshot as WorkbookSnapshot, {
            onProgress: fractionOf(onProgress),
          }),
        ),
      ),
    selectCell: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
    loadSettings: () => Excel.run((context) => loadSettings(context)),
    saveSettings: (settings) => Excel.run((context) => saveSettings(context, settings)),
  };
}

function fractionOf(onProgress: OnProgress): (done: number, total: number) => void {
  return (done, total) => onProgress({ fraction: total > 0 ? Math.min(1, done / total) : null });
}

export function placesWritten(report: WriteReport): ResultPlace[] {
  return [
    ...report.blocks.map((b): ResultPlace => ({
      kind: "columns",
      sheet: b.sheet,
      range: b.range,
      cells: b.cells,
    })),
    ...report.sheets.map((s): ResultPlace => ({
      kind: "sheet",
      sheet: s.name,
      range: s.range,
      cells: s.cells,
      role: s.role,
    })),
  ];
}

export function placesRemoved(report: RemoveReport): ResultPlace[] {
  return [
    ...report.regions.map((r): ResultPlace => ({ kind: "columns", sheet: r.sheet, range: r.range })),
    ...report.sheets.map((name): ResultPlace => ({ kind: "sheet", sheet: name })),
  ];
}
