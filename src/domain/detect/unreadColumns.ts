import type { TableColumn, TableRows } from "../types";
import type { SheetView } from "./sheetView";

/**
 * Columns of figures inside a table (or just right of it) whose header Stoplicht could not read:
 * listed with the role "unknown", so that the scan shows them, and never checked. None is
 * silently left out.
 */
export function unreadColumns(
  view: SheetView,
  columns: readonly TableColumn[],
  rows: TableRows,
  firstCol: number,
  lastCol: number,
  ignored: ReadonlySet<number>,
): TableColumn[] {
  const known = new Set([...columns.map((c) => c.col), ...ignored]);
  const out: TableColumn[] = [];
  let amountRows = 0;
  for (let i = 0; i < rows.length; i++) if (rows.kind[i] === "line" || rows.kind[i] === "total") amountRows++;
  if (amountRows === 0) return out;
  let widest = lastCol;
  for (let i = 0; i < rows.length; i++) widest = Math.max(widest, view.lastColOf(rows.row[i]));
  for (let col = firstCol; col <= widest; col++) {
    if (known.has(col)) continue;
    let numbers = 0;
    for (let i = 0; i < rows.length; i++) {
      const kind = rows.kind[i];
      if ((kind === "line" || kind === "total") && typeof view.value(rows.row[i], col) === "number")
        numbers++;
    }
    // Right of the table only a column as long as the table counts: a stray figure beside it does not.
    if (numbers * 2 > amountRows || (col <= lastCol && numbers > 0 && numbers * 4 >= amountRows))
      out.push({ col, role: "unknown", header: headerOf(view, rows, col) });
    else if (col > lastCol) break;
  }
  return out;
}

function headerOf(view: SheetView, rows: TableRows, col: number): string {
  const first = rows.length > 0 ? rows.row[0] : 0;
  for (let r = first - 1; r >= Math.max(view.firstRow, first - 3); r--) {
    const v = view.value(r, col);
    if (typeof v === "string" && v.trim() !== "") return v.trim();
  }
  return "";
}
