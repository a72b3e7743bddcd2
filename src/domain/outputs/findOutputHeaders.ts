import { classifyHeader } from "../detect/classifyHeader";
import { isMeasure } from "../detect/columnModel";
import type { SheetView } from "../detect/sheetView";
import { cellText, fold } from "../text";

/** The header of a table of planned outputs: the text column and the two light columns. */
export interface OutputHeader {
  /** 0-based absolute row of the header. */
  row: number;
  textCol: number;
  inhoudCol: number;
  geldCol: number;
  /** A column headed Toelichting / Explanation right of the lights; null when there is none. */
  noteCol: number | null;
  /** The last row that can belong to the table (`outputExtent`). */
  lastRow: number;
}

const INHOUD = /^(inhoud|inhoudelijk|content|contents|prestatie|performance|delivery|scope)$/;
const GELD =
  /^(geld|financieel|financien|financiele middelen|middelen|money|finance|financial|means|funds|budget)$/;
const NOTE =
  /\b(toelichting(en)?|explanations?|notes?|opmerking(en)?|comments?|verklaring|remarks?|reden(en)?|oorzaak)\b/;
/** The first letters of INHOUD's and GELD's words, lower case. */
const LIGHT_INITIALS = new Set([..."icpdsgfmb"].map((ch) => ch.charCodeAt(0)));
/** Light columns stand side by side; a few columns apart at most. */
const MAX_LIGHT_GAP = 3;
/** Empty rows that end a table of outputs. */
const MAX_BLANK_RUN = 6;

/**
 * Every header of planned outputs on a sheet: a row naming Inhoud and Geld (Content and Money)
 * side by side, with the outputs' own column left of them, and where each table can end. Read
 * from the values alone, so that an adapter can ask which cells' colours to read before the check.
 */
export function findOutputHeaders(view: SheetView): OutputHeader[] {
  const found: Omit<OutputHeader, "lastRow">[] = [];
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    const header = readHeader(view, r);
    if (header) found.push(header);
  }
  return found
    .map((h, k) => ({ ...h, lastRow: outputExtent(view, h, found[k + 1]?.row ?? view.lastRow + 1) }))
    .filter((h) => !holdsAmounts(view, h));
}

/**
 * Whether the columns under "Prestatie" and "Budget" hold amounts: a budget table that happens to
 * use those words, not lights. A light is a word, a dot, a colour or nothing, or the small number
 * a conditional-format icon set shows as a light (1, 2, 3, or a fraction); never an amount.
 */
function holdsAmounts(view: SheetView, header: OutputHeader): boolean {
  let filled = 0;
  let numbers = 0;
  // The rows the table reaches, and at least the first few under the header: a budget table ends
  // the extent at its first row of amounts, before any was counted.
  const last = Math.min(view.lastRow, Math.max(header.lastRow, header.row + 3));
  for (let r = header.row + 1; r <= last; r++)
    for (const c of [header.inhoudCol, header.geldCol]) {
      const v = view.value(r, c);
      if (v === null || v === "") continue;
      filled++;
      if (typeof v === "number" && Math.abs(v) >= 10) numbers++;
    }
  return numbers * 2 > filled;
}

function readHeader(view: SheetView, r: number): Omit<OutputHeader, "lastRow"> | null {
  const last = view.lastColOf(r);
  if (last - view.firstCol < 1) return null;
  let inhoudCol = -1;
  let geldCol = -1;
  for (let c = view.firstCol; c <= last; c++) {
    const v = view.value(r, c);
    // Every row of every sheet is asked: only a short word can name a light column.
    if (typeof v !== "string" || v.length > 40 || !LIGHT_INITIALS.has(v.trimStart().charCodeAt(0) | 32))
      continue;
    const t = fold(v);
    if (inhoudCol < 0 && INHOUD.test(t)) inhoudCol = c;
    else if (geldCol < 0 && GELD.test(t)) geldCol = c;
  }
  if (inhoudCol < 0 || geldCol < 0 || Math.abs(inhoudCol - geldCol) > MAX_LIGHT_GAP) return null;
  const firstLight = Math.min(inhoudCol, geldCol);
  const lastLight = Math.max(inhoudCol, geldCol);
  // The outputs' column: the nearest header left of the lights ("Geplande output 2024"), else the
  // column just left of them.
  let textCol = -1;
  for (let c = firstLight - 1; c >= view.firstCol && textCol < 0; c--)
    if (cellText(view.value(r, c))) textCol = c;
  if (textCol < 0) textCol = firstLight - 1;
  if (textCol < view.firstCol) return null;
  let noteCol: number | null = null;
  for (let c = lastLight + 1; c <= last && noteCol === null; c++)
    if (NOTE.test(fold(cellText(view.value(r, c))))) noteCol = c;
  return { row: r, textCol, inhoudCol, geldCol, noteCol };
}

/**
 * The last row a table of outputs can reach: before the next header of outputs, before a budget
 * table (a header of amount columns, or a row of amounts), and at a run of empty rows.
 */
export function outputExtent(view: SheetView, header: Omit<OutputHeader, "lastRow">, limit: number): number {
  let lastFilled = header.row;
  let blanks = 0;
  for (let r = header.row + 1; r < limit && r <= view.lastRow; r++) {
    if (isEmptyRow(view, r)) {
      if (++blanks >= MAX_BLANK_RUN) break;
      continue;
    }
    blanks = 0;
    if (startsBudgetTable(view, r, header)) break;
    lastFilled = r;
  }
  return lastFilled;
}

function isEmptyRow(view: SheetView, r: number): boolean {
  for (let c = view.firstCol; c <= view.lastColOf(r); c++) if (!view.isEmpty(r, c)) return false;
  return true;
}

/**
 * Two amounts in a row (years aside), or headers of amount columns over the light columns: a
 * budget table starts here. Words such as "begroting" in an output's text or note do not count.
 */
function startsBudgetTable(view: SheetView, r: number, header: Omit<OutputHeader, "lastRow">): boolean {
  let amounts = 0;
  let measures = 0;
  let overLights = false;
  for (let c = view.firstCol; c <= view.lastColOf(r); c++) {
    const v = view.value(r, c);
    const light = c === header.inhoudCol || c === header.geldCol;
    // Years are no amounts, nor the small numbers an icon set shows as lights.
    if (
      typeof v === "number" &&
      !(Number.isInteger(v) && v >= 1900 && v <= 2100) &&
      !(light && Math.abs(v) < 10)
    ) {
      if (++amounts >= 2) return true;
    } else if (typeof v === "string" && v.length < 80) {
      const role = classifyHeader(v).role;
      if (role === null || !isMeasure(role)) continue;
      measures++;
      if (c === header.inhoudCol || c === header.geldCol) overLights = true;
    }
  }
  return measures >= 2 && overLights;
}
