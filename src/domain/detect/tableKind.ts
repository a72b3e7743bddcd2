import { cellText, fold } from "../text";
import type { ColumnKind, Table, TableColumn, TableKind, TableRows } from "../types";
import type { HeaderBlock } from "./findHeaders";
import type { SheetView } from "./sheetView";

const SCENARIOS = new Set(["amended", "actual", "original", "priorActual", "budget", "forecast"]);

/**
 * Summary (a row per programme), detail (lines under programmes) or explanation (a variance and
 * its note, without the budget and actual it explains; or the specification of a variance under
 * the table it explains: one amount with its V/N or note).
 */
export function inferKind(columns: TableColumn[], rows: TableRows): TableKind {
  const roles = columns.map((c) => c.role);
  const scenarios = roles.some((r) => SCENARIOS.has(r));
  if (!scenarios && roles.includes("variance") && !roles.includes("amount")) return "explanation";
  const amounts = roles.filter((r) => r === "amount" || r === "variance").length;
  if (!scenarios && amounts === 1 && (roles.includes("flag") || roles.includes("note"))) return "explanation";
  // Counted in one loop: a list of the coded lines would be one more array per table of 100k lines.
  let coded = 0;
  for (let i = 0; i < rows.length; i++) {
    const code = rows.code[i];
    if (rows.kind[i] !== "line" || code === null) continue;
    if (code.includes(".")) return "detail";
    coded++;
  }
  return coded >= 2 ? "summary" : "detail";
}

const INCOME = /\b(baten|opbrengsten|inkomsten|ontvangsten|income|revenues?|receipts)\b/;
const COSTS = /\b(lasten|kosten|uitgaven|expenses|costs|expenditures?)\b/;

/**
 * Whether a table lists costs or income: the kind of the columns it is analysed by, its label
 * header, or a title in the rows just above it (over its own columns: a table beside it has its own).
 */
export function detectSide(
  view: SheetView,
  header: HeaderBlock,
  labelCol: number,
  seriesKind: ColumnKind | undefined,
  cols: { from: number; to: number },
): Table["side"] {
  if (seriesKind === "lasten") return "costs";
  if (seriesKind === "baten") return "income";
  const texts: string[] = [];
  for (let r = header.firstRow; r <= header.lastRow; r++) texts.push(cellText(view.value(r, labelCol)));
  for (let r = header.firstRow - 1; r >= Math.max(view.firstRow, header.firstRow - 3); r--) {
    for (let c = cols.from; c <= Math.min(cols.to, view.lastColOf(r)); c++)
      texts.push(cellText(view.value(r, c)));
  }
  for (const t of texts.map(fold)) {
    const income = INCOME.test(t);
    const costs = COSTS.test(t);
    // "Overzicht van baten en lasten" names both and so says nothing of this table: read on.
    if (income !== costs) return income ? "income" : "costs";
  }
  return null;
}
