import { parseA1, rangeA1, toA1 } from "../address";
import type { TableOverride } from "../settings";
import { parseAmount } from "../amount";
import type { Settings } from "../settings";
import type { Table, TableColumn, TableKind, TableRows } from "../types";
import { applyColumnOverride, isMeasure, resolveRoles } from "./columnModel";
import { findHeaders, type HeaderBlock } from "./findHeaders";
import { findRelations } from "./findRelations";
import { linkTotals } from "./linkTotals";
import { primarySeries } from "./primarySeries";
import { guessCodeColumn, guessKindColumn, guessLabelColumn, readRows } from "./readRows";
import { setRoundingUnits } from "./roundingUnits";
import { signByFlag } from "./signByFlag";
import type { SheetView } from "./sheetView";
import { sheetScale, tableCurrency, tableScale, tableTitle } from "./tableUnits";
import { detectSide, inferKind } from "./tableKind";
import { unreadColumns } from "./unreadColumns";

/**
 * Finds every budget table on a sheet, in three stages a reader can follow:
 * 1. the header: its rows, and each column's role, group, kind and period (`findHeaders`,
 *    `resolveRoles`);
 * 2. the rows: labels, kinds of row, headings, and every amount in cents (`readRows`);
 * 3. the relations: what each total adds up (`linkTotals`) and how the columns relate
 *    (`findRelations`), each confirmed by the table's own figures.
 */
export function detectTables(view: SheetView, settings: Settings): Table[] {
  // A header repeated at a page break ("… (vervolg)") continues the table above it.
  const { headers, skipped } = joinContinuations(view, findHeaders(view));
  const tables: Table[] = [];
  const sheetUnit = headers.length > 1 ? sheetScale(view, headers[0].firstRow) : undefined;
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i];
    const nextHeaderRow = headers.find((h) => h.firstRow > header.lastRow)?.firstRow ?? view.lastRow + 1;
    const detected = resolveRoles(header.columns);
    const anchor = toA1(header.firstRow, Math.min(...detected.map((c) => c.col)));
    const override = settings.tables.find((o) => o.sheet === view.sheet && o.anchor.toUpperCase() === anchor);
    const columns = applyColumnOverride(detected, override);
    // Side by side: the label column of a table lies right of the table before it.
    const previous = headers[i - 1];
    const minCol =
      previous && previous.firstRow === header.firstRow
        ? Math.max(...previous.columns.keys()) + 1
        : view.firstCol;
    // The table above this one (not one beside it) ends where this one's title may start.
    const above = tables.filter((t) => t.headerFirstRow < header.firstRow);
    const previousEnd = above.length > 0 ? Math.max(...above.map((t) => t.lastRow)) : view.firstRow - 1;
    const table = readTable(view, header, anchor, columns, {
      limitRow: nextHeaderRow - 1,
      kindOverride: override?.kind,
      minCol,
      titleFrom: previousEnd + 1,
      ignored: ignoredColumns(override),
      sheetScale: i > 0 ? sheetUnit : undefined,
      skipRows: skipped,
    });
    if (table) tables.push(table);
  }
  dropColumnsOfOthers(tables);
  return tables;
}

const CONTINUED = /\b(vervolg|continued|cont\.?|vervolgd)\b/i;

/**
 * Headers that repeat the one above them word for word, in the same columns, stacked below it,
 * and say they continue it ("(vervolg)", "continued"): a long table printed over pages. They are
 * no new table; their rows (and the title that says so) are read through by the table above.
 */
function joinContinuations(
  view: SheetView,
  found: HeaderBlock[],
): { headers: HeaderBlock[]; skipped: Set<number> } {
  const headers: HeaderBlock[] = [];
  const skipped = new Set<number>();
  const textsOf = (h: HeaderBlock) =>
    [...h.columns.entries()]
      .map(([col, m]) => `${col}:${m.text.replace(CONTINUED, "").trim().toLowerCase()}`)
      .join("|");
  for (const header of found) {
    const previous = headers[headers.length - 1];
    // Said to continue, in the header or just above it: a table of its own with the same
    // header (the next programme) says nothing of the kind.
    const marks: number[] = [];
    for (let r = header.firstRow - 1; previous && r > previous.lastRow && r >= header.firstRow - 2; r--)
      if (CONTINUED.test(rowText(view, r))) marks.push(r);
    const said = marks.length > 0 || [...header.columns.values()].some((m) => CONTINUED.test(m.text));
    if (previous && said && header.firstRow > previous.lastRow && textsOf(previous) === textsOf(header)) {
      for (let r = header.firstRow; r <= header.lastRow; r++) skipped.add(r);
      for (const r of marks) skipped.add(r);
      continue;
    }
    headers.push(header);
  }
  return { headers, skipped };
}

function rowText(view: SheetView, r: number): string {
  let text = "";
  for (let c = view.firstCol; c <= view.lastColOf(r); c++) {
    const v = view.value(r, c);
    if (typeof v === "string") text += ` ${v}`;
  }
  return text;
}

/**
 * A column of figures a table could not read may be another table's, beside it or under an
 * override that stretches one table over the other: it is that table's, not unknown here.
 */
function dropColumnsOfOthers(tables: Table[]): void {
  for (const table of tables) {
    if (!table.columns.some((c) => c.role === "unknown")) continue;
    const others = tables.filter(
      (t) => t !== table && t.headerFirstRow <= table.lastRow && t.lastRow >= table.headerFirstRow,
    );
    const theirs = new Set(
      others.flatMap((t) => t.columns.filter((c) => c.role !== "unknown").map((c) => c.col)),
    );
    table.columns = table.columns.filter((c) => c.role !== "unknown" || !theirs.has(c.col));
  }
}

/** The scale percentages are read at: 0,6520505 is kept as 652 051 hundredths of a millionth. */
const PERCENT_SCALE = 10_000;

interface Bounds {
  limitRow: number;
  kindOverride: TableKind | undefined;
  minCol: number;
  /** The first row a title above this table may stand on: below the table before it. */
  titleFrom: number;
  /** Columns the user told Stoplicht to leave out. */
  ignored: Set<number>;
  /** The scale a note above the sheet's first table states: for tables that state none. */
  sheetScale: number | undefined;
  /** Rows a table reads through: a header repeated at a page break, and its "(vervolg)" title. */
  skipRows: ReadonlySet<number>;
}

function readTable(
  view: SheetView,
  header: HeaderBlock,
  anchor: string,
  detected: TableColumn[],
  bounds: Bounds,
): Table | null {
  const columns = detected.map((c) => ({ ...c }));
  const sampleRows = { first: header.lastRow + 1, last: Math.min(bounds.limitRow, header.lastRow + 50) };
  // "Baten" over a column of names heads the labels, not an amount of that kind.
  for (const c of columns)
    if (c.role === "amount" && mostlyText(view, c.col, sampleRows.first, sampleRows.last))
      c.role = columns.some((o) => o.role === "label") ? "unknown" : "label";
  const measureCols = columns.filter((c) => isMeasure(c.role));
  if (measureCols.length === 0) return null;
  const firstAmountCol = Math.min(...measureCols.map((c) => c.col));
  const sample = sampleRows;
  const labelCols = columns.filter((c) => c.role === "label");
  let codeCol = columns.find((c) => c.role === "code")?.col ?? null;
  const labelCol =
    labelCols[0]?.col ??
    guessLabelColumn(view, sample.first, sample.last, bounds.minCol, firstAmountCol, codeCol);
  if (labelCol === null) return null;
  if (codeCol === null) codeCol = guessCodeColumn(view, sample.first, sample.last, labelCol, bounds.minCol);
  let kindCol = columns.find((c) => c.role === "kind")?.col ?? null;
  if (kindCol === null) kindCol = guessKindColumn(view, sample.first, sample.last, labelCol, firstAmountCol);
  if (kindCol !== null) {
    const existing = columns.find((c) => c.col === kindCol);
    if (existing) existing.role = "kind";
    else columns.push({ col: kindCol, role: "kind", header: "" });
  }
  const noteCol = columns.find((c) => c.role === "note")?.col ?? null;
  const noteRequiredCol = columns.find((c) => c.role === "noteRequired")?.col ?? null;
  const scale = tableScale(view, header, labelCol, bounds.titleFrom, bounds.sheetScale);
  // A percentage keeps six decimals of its fraction; an amount its column's scale.
  const scales = measureCols.map((c) =>
    c.role === "percent" ? PERCENT_SCALE : (header.columns.get(c.col)?.scale ?? scale),
  );
  const read = readRows(view, {
    firstRow: header.lastRow + 1,
    limitRow: bounds.limitRow,
    labelCol,
    codeCol,
    noteCol,
    kindCol,
    noteRequiredCol,
    amountCols: measureCols,
    scales,
    skipRows: bounds.skipRows,
  });
  if (!read) return null;
  const { rows, amounts, lastRow } = read;
  signByFlag(view, columns, amounts, rows);
  const link = linkTotals(rows, amounts);
  const kind = bounds.kindOverride ?? inferKind(columns, rows);
  setRoundingUnits(amounts, rows, kind);
  const relations = findRelations(amounts, rows);
  const allCols = [...columns.map((c) => c.col), labelCol, ...(codeCol !== null ? [codeCol] : [])];
  const firstCol = Math.min(...allCols);
  let lastCol = Math.max(...allCols);
  const unread = unreadColumns(view, columns, rows, firstCol, lastCol, bounds.ignored);
  for (const c of unread) columns.push(c);
  lastCol = Math.max(lastCol, ...unread.map((c) => c.col));
  const primary = primarySeries(amounts, relations);
  const table: Table = {
    // Keyed by the detected header, not the range: unique on a sheet, and unmoved by an override.
    id: `${view.sheet}!${anchor}`,
    anchor,
    sheet: view.sheet,
    kind,
    title: tableTitle(view, header, bounds.titleFrom, { from: bounds.minCol, to: lastCol }),
    headerFirstRow: header.firstRow,
    headerLastRow: header.lastRow,
    lastRow,
    firstCol,
    lastCol,
    columns: [
      ...columns,
      ...(columns.some((c) => c.role === "label")
        ? []
        : [{ col: labelCol, role: "label" as const, header: "" }]),
      ...(codeCol !== null && !columns.some((c) => c.role === "code")
        ? [{ col: codeCol, role: "code" as const, header: "" }]
        : []),
    ].sort((a, b) => a.col - b.col),
    scale,
    currency: tableCurrency(view, header, amounts, bounds.titleFrom),
    side: detectSide(view, header, labelCol, primary.kind, { from: bounds.minCol, to: lastCol }),
    varianceSign: primary.varianceSign,
    labelCol,
    noteCol,
    rows,
    parents: parentsOf(rows),
    amountColumns: amounts,
    amounts: primary.byRole,
    relations,
    unconfirmedTotals: link.unconfirmed,
    noteRequired: read.noteRequired,
    // Set once every table is read, from the codes of all of them (markRepeatingCodes).
    repeatingCodes: false,
    range: rangeA1(header.firstRow, firstCol, lastRow, lastCol),
  };
  return table;
}

function ignoredColumns(override: TableOverride | undefined): Set<number> {
  const out = new Set<number>();
  for (const [letter, role] of Object.entries(override?.columns ?? {})) {
    const pos = parseA1(`${letter}1`);
    if (role === "ignore" && pos) out.add(pos.col);
  }
  return out;
}

/** Whether most filled cells of a column in these rows are text that reads as no amount. */
function mostlyText(view: SheetView, col: number, first: number, last: number): boolean {
  let text = 0;
  let filled = 0;
  for (let r = first; r <= last; r++) {
    const v = view.value(r, col);
    if (v === null || v === "") continue;
    filled++;
    if (typeof v === "string" && parseAmount(v).kind === "invalid") text++;
  }
  return filled > 0 && text * 2 > filled;
}

/** The rows that add up others: the rules that check a total visit these, not every row of a big table. */
function parentsOf(rows: TableRows): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) if ((rows.children[i]?.length ?? 0) > 0) out.push(i);
  return out;
}
