import { columnLetters, parseA1, regionBounds } from "../../domain";
import { cellElement, type CellContent } from "./cellXml";
import { editConditionalFormats, type TextRuleWrite } from "./conditionalFormats";
import { MAIN_NS } from "./namespaces";
import { setColumnWidths, type ColumnWidth } from "./columnWidths";
import type { CellLook, StyleRegistry } from "./styleRegistry";
import {
  ATTRIBUTES,
  attributeOf,
  findElement,
  findElements,
  findStartTag,
  prefixOf,
  splice,
  withAttribute,
} from "./xmlText";

/** A rectangle of cells, 0-based and inclusive. */
export type RegionBounds = NonNullable<ReturnType<typeof regionBounds>>;

/** One cell to write; row and column 0-based. */
export interface CellWrite {
  row: number;
  col: number;
  value: CellContent;
  look?: CellLook;
}

/**
 * What changes in one worksheet, in this order: cells cleared, conditional formats dropped, cells
 * written, widths set (or taken away), conditional formats added.
 */
export interface SheetEdits {
  /** Areas whose cells are taken out, values and formats (0-based bounds); merged areas excepted. */
  clear: RegionBounds[];
  cells: CellWrite[];
  widths: ColumnWidth[];
  /** Areas whose conditional formats go: those lying wholly inside one. */
  dropRules?: RegionBounds[];
  /** Conditional formats to add after the sheet's own. */
  rules?: TextRuleWrite[];
}

/**
 * The worksheet part with the edits made and everything else as it was: the user's cells, rows,
 * formulas, merged areas, validations, conditional formats and links keep their bytes. Rows that
 * are not edited are copied as text, not parsed. Writing into a merged area is refused: a value
 * there would hide under the area's first cell.
 */
export function editWorksheet(xml: string, edits: SheetEdits, styles: StyleRegistry): string {
  const p = prefixOf(xml, MAIN_NS) ?? "";
  const tag = findStartTag(xml, `${p}sheetData`);
  if (!tag) throw new Error("A worksheet part without <sheetData>");
  // The rows are the bulk of the part: what comes before and after them is searched on its own.
  const dataEnd = tag.selfClosing ? tag.end : xml.lastIndexOf(`</${p}sheetData`);
  const closeEnd = tag.selfClosing ? tag.end : xml.indexOf(">", dataEnd) + 1;
  const tail = xml.slice(closeEnd);
  const merged = findElements(tail, `${p}mergeCell`).flatMap(
    (e) => regionBounds(attributeOf(e.attributes, "ref") ?? "") ?? [],
  );
  // By row: budget sheets merge many headings, and every written cell is looked up. The rare
  // area of thousands of rows (a label down a whole column) is looked at for every cell instead.
  const mergedByRow = new Map<number, RegionBounds[]>();
  const tall: RegionBounds[] = [];
  for (const b of merged) {
    if (b.r2 - b.r1 > 1000) tall.push(b);
    else for (let r = b.r1; r <= b.r2; r++) mergedByRow.set(r, [...(mergedByRow.get(r) ?? []), b]);
  }
  const covers = (b: RegionBounds, row: number, col: number) =>
    row >= b.r1 && row <= b.r2 && col >= b.c1 && col <= b.c2;
  const inMerged = (row: number, col: number) =>
    (mergedByRow.get(row)?.some((b) => covers(b, row, col)) ?? false) ||
    tall.some((b) => covers(b, row, col));
  const writes = new Map<number, CellWrite[]>();
  for (const w of edits.cells) {
    if (inMerged(w.row, w.col))
      throw new Error(
        `${columnLetters(w.col)}${w.row + 1} lies in a merged area: Stoplicht writes nothing there.`,
      );
    const list = writes.get(w.row);
    if (list) list.push(w);
    else writes.set(w.row, [w]);
  }
  for (const list of writes.values()) list.sort((a, b) => a.col - b.col);
  const rowsToWrite = [...writes.keys()].sort((a, b) => a - b);

  const out: string[] = [];
  let cursor = tag.end;
  let next = 0; // the next row of rowsToWrite not yet written
  const rowOpen = `<${p}row`;
  const rowEnd = `</${p}row>`;
  const rows = tag.selfClosing ? "" : xml.slice(0, dataEnd);
  let previousRow = -1;
  // Rows are found with indexOf, not a regular expression: a sheet of 100.000 lines has as many.
  for (let start = rows.indexOf(rowOpen, tag.end); start >= 0; start = rows.indexOf(rowOpen, start + 1)) {
    if (!isNameEnd(rows.charCodeAt(start + rowOpen.length))) continue;
    const gt = rows.indexOf(">", start);
    const selfClosing = rows.charCodeAt(gt - 1) === 47;
    const tagEnd = gt + 1;
    const attributes = rows.slice(start + rowOpen.length, selfClosing ? gt - 1 : gt);
    const r = plainAttribute(attributes, R);
    const row = r === null ? previousRow + 1 : Number(r) - 1;
    previousRow = row;
    const end = selfClosing ? tagEnd : rows.indexOf(rowEnd, tagEnd) + rowEnd.length;
    let inserted: string[] = NONE;
    while (next < rowsToWrite.length && rowsToWrite[next] < row)
      (inserted === NONE ? (inserted = []) : inserted).push(newRow(p, rowsToWrite[next++], writes, styles));
    const rowWrites =
      next < rowsToWrite.length && rowsToWrite[next] === row ? writes.get(rowsToWrite[next++])! : NO_WRITES;
    const clears = edits.clear.length > 0 ? edits.clear.filter((b) => row >= b.r1 && row <= b.r2) : NO_CLEARS;
    // A row without its number follows the one before it: once a row is put in before it, it needs its own.
    const needsNumber = r === null && (inserted.length > 0 || rowWrites.length > 0 || clears.length > 0);
    if (inserted.length === 0 && rowWrites.length === 0 && clears.length === 0 && !needsNumber) {
      start = end - 1;
      continue;
    }
    out.push(rows.slice(cursor, start), ...inserted);
    const numbered = r === null ? withAttribute(attributes, "r", String(row + 1)) : attributes;
    if (rowWrites.length === 0 && clears.length === 0)
      out.push(`${rowOpen}${numbered}${selfClosing ? "/" : ""}>`, rows.slice(tagEnd, end));
    else {
      const inner = selfClosing ? "" : rows.slice(tagEnd, end - rowEnd.length);
      out.push(
        (clears.length === 0 && appendedRow(p, row, numbered, inner, rowWrites, styles)) ||
          editedRow(p, row, numbered, inner, rowWrites, clears, inMerged, styles),
      );
    }
    cursor = end;
    start = end - 1;
  }
  out.push(rows.slice(cursor, tag.selfClosing ? cursor : dataEnd));
  while (next < rowsToWrite.length) out.push(newRow(p, rowsToWrite[next++], writes, styles));
  const head = setColumnWidths(withDimension(xml.slice(0, tag.start), p, edits.cells), p, edits.widths);
  const rules = editConditionalFormats(tail, p, edits.dropRules ?? [], edits.rules ?? []);
  return `${head}<${p}sheetData${tag.attributes}>${out.join("")}</${p}sheetData>${rules}`;
}

const NONE: string[] = [];
const NO_WRITES: CellWrite[] = [];
const NO_CLEARS: RegionBounds[] = [];

/** Whether a character ends an element name: white space, `/` or `>`. */
function isNameEnd(c: number): boolean {
  return c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13;
}

// Attributes read on every row and cell of a large sheet, whose values need no unescaping.
const R = /\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const S = /\ss\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const SPANS = /\sspans\s*=\s*(?:"([^"]*)"|'([^']*)')/;

function plainAttribute(attributes: string, pattern: RegExp): string | null {
  const m = pattern.exec(attributes);
  return m ? (m[1] ?? m[2]) : null;
}

/** A row the sheet did not have, holding only written cells. */
function newRow(p: string, row: number, writes: Map<number, CellWrite[]>, styles: StyleRegistry): string {
  const cells = writes
    .get(row)!
    .map((w) =>
      cellElement(p, `${columnLetters(w.col)}${row + 1}`, w.value, w.look && styles.formatFor(0, w.look)),
    )
    .join("");
  return cells === "" ? "" : `<${p}row r="${row + 1}">${cells}</${p}row>`;
}

/**
 * The common case made cheap: cells written right of every cell the row has, nothing cleared. The
 * row's cells are not parsed; the new ones go after the last. Null when the case does not apply.
 */
function appendedRow(
  p: string,
  row: number,
  attributes: string,
  inner: string,
  writes: CellWrite[],
  styles: StyleRegistry,
): string | null {
  let at = inner.length;
  let insertAt = 0;
  // The last <c> of the row (not a <color> of rich text inside a cell).
  for (;;) {
    at = inner.lastIndexOf(`<${p}c`, at - 1);
    if (at < 0) break;
    if (isNameEnd(inner.charCodeAt(at + 2 + p.length))) break;
  }
  if (at >= 0) {
    const tagEnd = inner.indexOf(">", at);
    const ref = plainAttribute(inner.slice(at, tagEnd), R);
    const col = ref === null ? -1 : columnOf(ref);
    if (col < 0 || col >= writes[0].col) return null;
    insertAt =
      inner.charCodeAt(tagEnd - 1) === 47 ? tagEnd + 1 : inner.indexOf(`</${p}c>`, tagEnd) + 4 + p.length;
  } else if (inner.trim() !== "") return null;
  const cells = writes
    .map((w) =>
      cellElement(p, `${columnLetters(w.col)}${row + 1}`, w.value, w.look && styles.formatFor(0, w.look)),
    )
    .join("");
  const start = `<${p}row${widenedSpans(attributes, writtenColumns(writes))}`;
  const body = inner.slice(0, insertAt) + cells + inner.slice(insertAt);
  return body === "" ? `${start}/>` : `${start}>${body}</${p}row>`;
}

/** The 0-based column of an A1 reference, from its letters alone. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  return col - 1;
}

function writtenColumns(writes: CellWrite[]): number[] {
  return writes.filter((w) => w.value !== null || w.look).map((w) => w.col);
}

interface ExistingCell {
  col: number;
  text: string;
  style: number;
}

/** A row with its cleared cells taken out and the written ones put in, in column order. */
function editedRow(
  p: string,
  row: number,
  attributes: string,
  inner: string,
  writes: CellWrite[],
  clears: RegionBounds[],
  inMerged: (row: number, col: number) => boolean,
  styles: StyleRegistry,
): string {
  const cells: ExistingCell[] = [];
  const cellStart = new RegExp(`<${p}c(?=[\\s/>])${ATTRIBUTES}(/?)>`, "g");
  const cellEnd = `</${p}c>`;
  let previousCol = -1;
  let head = 0;
  let tail = 0;
  for (let m = cellStart.exec(inner); m; m = cellStart.exec(inner)) {
    const ref = plainAttribute(m[1], R);
    const col = ref === null ? previousCol + 1 : columnOf(ref);
    previousCol = col;
    const end = m[2] === "/" ? m.index + m[0].length : inner.indexOf(cellEnd, m.index) + cellEnd.length;
    cellStart.lastIndex = end;
    // A cell without its reference gets one: cells put in before it would otherwise move it.
    const text =
      ref === null
        ? `<${p}c${withAttribute(m[1], "r", `${columnLetters(col)}${row + 1}`)}${inner.slice(m.index + 2 + p.length + m[1].length, end)}`
        : inner.slice(m.index, end);
    if (cells.length === 0) head = m.index;
    cells.push({ col, text, style: Number(plainAttribute(m[1], S) ?? 0) });
    tail = end;
  }
  const kept = cells.filter(
    (c) => !clears.some((b) => c.col >= b.c1 && c.col <= b.c2) || inMerged(row, c.col),
  );
  const parts: string[] = [inner.slice(0, head)];
  let k = 0;
  for (const w of writes) {
    while (k < kept.length && kept[k].col < w.col) parts.push(kept[k++].text);
    const existing = k < kept.length && kept[k].col === w.col ? kept[k++] : null;
    const base = existing?.style ?? 0;
    const style = w.look ? styles.formatFor(base, w.look) : existing ? base : undefined;
    parts.push(cellElement(p, `${columnLetters(w.col)}${row + 1}`, w.value, style));
  }
  while (k < kept.length) parts.push(kept[k++].text);
  // What follows the cells (an extLst) stays after them.
  parts.push(inner.slice(tail));
  const body = parts.join("");
  const start = `<${p}row${widenedSpans(attributes, writtenColumns(writes))}`;
  return body === "" ? `${start}/>` : `${start}>${body}</${p}row>`;
}

/** The row's `spans` hint (first:last column, 1-based) widened to the columns written. */
function widenedSpans(attributes: string, cols: number[]): string {
  const m = SPANS.exec(attributes);
  if (!m || cols.length === 0) return attributes;
  const spans = m[1] ?? m[2];
  // Rows of one table share their spans and their written columns: work each pair out once.
  const key = `${spans}|${cols[0]}|${cols[cols.length - 1]}`;
  let widened = WIDENED.get(key);
  if (widened === undefined) {
    const bounds = spans.split(/\s+/).flatMap((x) => x.split(":").map(Number));
    const first = Math.min(...bounds, cols[0] + 1);
    const last = Math.max(...bounds, cols[cols.length - 1] + 1);
    widened =
      bounds.some((n) => !Number.isInteger(n)) ||
      (first === Math.min(...bounds) && last === Math.max(...bounds))
        ? spans
        : `${first}:${last}`;
    if (WIDENED.size > 1000) WIDENED.clear();
    WIDENED.set(key, widened);
  }
  if (widened === spans) return attributes;
  return attributes.slice(0, m.index) + ` spans="${widened}"` + attributes.slice(m.index + m[0].length);
}

const WIDENED = new Map<string, string>();

/** The `<dimension>` (the used range) grown to hold the written cells. */
function withDimension(xml: string, p: string, cells: CellWrite[]): string {
  if (cells.length === 0) return xml;
  const e = findElement(xml, `${p}dimension`);
  if (!e) return xml;
  const [a, b] = (attributeOf(e.attributes, "ref") ?? "").split(":");
  const from = parseA1(a ?? "");
  const to = parseA1(b ?? a ?? "");
  if (!from || !to) return xml;
  let [r1, c1, r2, c2] = [from.row, from.col, to.row, to.col];
  for (const w of cells) {
    if (w.value === null && !w.look) continue;
    r1 = Math.min(r1, w.row);
    c1 = Math.min(c1, w.col);
    r2 = Math.max(r2, w.row);
    c2 = Math.max(c2, w.col);
  }
  const ref = `${columnLetters(c1)}${r1 + 1}:${columnLetters(c2)}${r2 + 1}`;
  if (ref === `${a}:${b ?? a}`) return xml;
  return splice(
    xml,
    e.start,
    e.end,
    `<${p}dimension${withAttribute(e.attributes, "ref", ref)}${e.selfClosing ? "/" : ""}>`,
  );
}
