import { toA1 } from "../address";
import { codeDepth, parseCodeCell, parseLabel, rootCode } from "../detect/parseLabel";
import type { SheetView } from "../detect/sheetView";
import { cellText, fold } from "../text";
import { adReferences } from "./adReferences";
import { findOutputHeaders, type OutputHeader } from "./findOutputHeaders";
import type { OutputExplanation, OutputLight, OutputTable, PlannedOutput } from "./outputTypes";
import { readLight } from "./readLight";
import { cellColour } from "./cellColour";

/** "Toelichting" alone on its row: the explanation of the outputs above follows. */
const BLOCK_TITLE =
  /^(toelichting(en)?( op de afwijking(en)?)?|explanations?( of (the )?variances?)?|notes?)\s*:?$/;
/** "Toelichting: …" at the start of a row: an explanation in the same cell. */
const INLINE = /^(toelichting|explanation|note)\s*:\s*(\S.*)$/is;
/** A heading's name is short; a paragraph that starts with a number is prose, not a heading. */
const MAX_HEADING = 120;

/** Where the sheet is, read from top to bottom: the programme and beleidsopgave of what follows. */
interface Context {
  programme: string | null;
  code: string | null;
}

/** An explanation block after a list of outputs: its lines, each with the outputs it names. */
interface Block {
  titled: boolean;
  lines: { text: string; cell: string; refs: number[] | null }[];
}

/**
 * Every table of planned outputs on a sheet, each output with its Inhoud and Geld light, its
 * beleidsopgave (from a code column or the headings above it) and its explanation: beside it,
 * directly under it ("Toelichting: …"), or in the Toelichting after its list ("Ad 2. 3.").
 */
export function readOutputTables(view: SheetView): OutputTable[] {
  const headers = findOutputHeaders(view);
  if (headers.length === 0) return [];
  const tables: OutputTable[] = [];
  const context: Context = { programme: null, code: null };
  let from = view.firstRow;
  for (const header of headers) {
    readHeadings(view, from, header.row - 1, context);
    tables.push(readTable(view, header, context));
    from = header.lastRow + 1;
  }
  return tables;
}

/** The headings between tables ("1. Ruimte en Leefomgeving", "1.1.2. Omgevingswet"): where the next table stands. */
function readHeadings(view: SheetView, first: number, last: number, context: Context): void {
  for (let r = first; r <= last; r++) {
    const lead = leadText(view, r, view.lastColOf(r));
    const heading = lead && headingCode(lead);
    if (heading) setHeading(context, heading);
  }
}

function readTable(view: SheetView, header: OutputHeader, context: Context): OutputTable {
  const codeCol = codeColumn(view, header);
  const outputs: PlannedOutput[] = [];
  let group: PlannedOutput[] = [];
  let block: Block | null = null;
  let lastNumber: number | null = null;
  const closeGroup = () => {
    if (block) explain(group, block);
    block = null;
    group = [];
    lastNumber = null;
  };
  for (let r = header.row + 1; r <= header.lastRow; r++) {
    const inhoud = lightAt(view, r, header.inhoudCol);
    const geld = lightAt(view, r, header.geldCol);
    const text = cellText(view.value(r, header.textCol));
    const lead = text || leadText(view, r, header.textCol);
    const ownCode = codeCol === null ? null : parseCodeCell(view.value(r, codeCol));
    if (inhoud.light === null && geld.light === null) {
      if (!lead && ownCode === null) continue;
      // A code in the code column over a row without lights, or a heading: a new beleidsopgave.
      const heading = ownCode ? { code: ownCode, depth: codeDepth(ownCode) } : headingCode(lead);
      if (heading && (heading.depth > 1 || opensProgramme(view, r, header, heading.code))) {
        closeGroup();
        setHeading(context, heading);
        continue;
      }
      const folded = fold(lead);
      const refs = adReferences(lead);
      const inline = INLINE.exec(lead);
      if (BLOCK_TITLE.test(folded)) {
        if (block) explain(group, block);
        block = { titled: true, lines: [] };
      } else if (inline || refs) {
        block ??= { titled: false, lines: [] };
        block.lines.push({ text: inline ? inline[2].trim() : lead, cell: leadCell(view, r, header), refs });
      } else if (block) {
        // A paragraph that goes on from the line above it.
        block.lines.push({ text: lead, cell: leadCell(view, r, header), refs: null });
      }
      continue;
    }
    // Coloured cells beside no text are formatting, not an output.
    if (!lead) continue;
    // An output. After an explanation, or where the numbering starts again, a new list begins.
    const number = outputNumber(text);
    if (block || (number !== null && lastNumber !== null && number <= lastNumber)) closeGroup();
    if (ownCode !== null) setHeading(context, { code: ownCode, depth: codeDepth(ownCode) });
    const output: PlannedOutput = {
      sheet: view.sheet,
      row: r,
      col: header.textCol,
      number,
      text: text || lead,
      code: context.code,
      programme: context.code ? rootCode(context.code) : context.programme,
      inhoud,
      geld,
      explanation: besideNote(view, r, header),
    };
    outputs.push(output);
    group.push(output);
    if (number !== null) lastNumber = number;
  }
  closeGroup();
  return {
    sheet: view.sheet,
    headerRow: header.row,
    lastRow: header.lastRow,
    textCol: header.textCol,
    inhoudCol: header.inhoudCol,
    geldCol: header.geldCol,
    noteCol: header.noteCol,
    codeCol,
    outputs,
  };
}

/**
 * Gives a block's explanations to the outputs of the list it follows: those it names ("Ad 2."),
 * every one where a "Toelichting" names none, or the output right above a "Toelichting: …" line.
 */
function explain(group: PlannedOutput[], block: Block): void {
  if (group.length === 0 || block.lines.length === 0) return;
  const named = new Map<number, OutputExplanation>();
  let current: OutputExplanation[] = [];
  for (const line of block.lines) {
    if (line.refs) {
      current = [];
      for (const n of line.refs) {
        const e: OutputExplanation = { text: line.text, cell: line.cell, where: "block" };
        if (!named.has(n)) named.set(n, e);
        current.push(named.get(n)!);
      }
    } else for (const e of current) e.text = `${e.text} ${line.text}`;
  }
  const first = block.lines[0];
  group.forEach((output, k) => {
    if (output.explanation) return;
    if (named.size > 0) {
      const e = named.get(output.number ?? k + 1);
      if (e) output.explanation = e;
    } else if (block.titled) {
      output.explanation = { text: joinLines(block), cell: first.cell, where: "block" };
    } else if (k === group.length - 1) {
      output.explanation = { text: joinLines(block), cell: first.cell, where: "under" };
    }
  });
}

function joinLines(block: Block): string {
  return block.lines.map((l) => l.text).join(" ");
}

/** Text beside the output, right of its lights: its note column, or any text there. */
function besideNote(view: SheetView, r: number, header: OutputHeader): OutputExplanation | null {
  const from = Math.max(header.inhoudCol, header.geldCol) + 1;
  const cols = header.noteCol !== null ? [header.noteCol] : [];
  for (let c = from; c <= view.lastColOf(r); c++) if (c !== header.noteCol) cols.push(c);
  for (const c of cols) {
    const text = cellText(view.value(r, c));
    if (text) return { text, cell: toA1(r, c), where: "beside" };
  }
  return null;
}

function lightAt(view: SheetView, r: number, c: number): OutputLight {
  const reading = readLight(view.value(r, c), cellColour(view, r, c, "fill"), cellColour(view, r, c, "font"));
  return { light: reading?.light ?? null, source: reading?.source ?? null, row: r, col: c };
}

/** The number an output has in its list: "2. Belangen behartigen …" → 2. */
function outputNumber(text: string): number | null {
  const code = parseLabel(text).code;
  if (code === null || codeDepth(code) !== 1) return null;
  return Number(code);
}

/** A heading's code: a label that starts with a code and goes on with a short name. */
function headingCode(lead: string): { code: string; depth: number } | null {
  if (lead.length > MAX_HEADING) return null;
  const label = parseLabel(lead);
  if (label.code === null || label.isTotal || label.name === "") return null;
  return { code: label.code, depth: codeDepth(label.code) };
}

function setHeading(context: Context, heading: { code: string; depth: number }): void {
  if (heading.depth === 1) {
    context.programme = heading.code;
    context.code = null;
  } else {
    context.programme = rootCode(heading.code);
    context.code = heading.depth >= 3 ? heading.code : null;
  }
}

/**
 * Whether "2. Bereikbaarheid …" without lights is the next programme's heading rather than an
 * output's text: its parts follow ("2.1 …") before any output does.
 */
function opensProgramme(view: SheetView, r: number, header: OutputHeader, code: string): boolean {
  for (let k = r + 1; k <= header.lastRow; k++) {
    const lead = leadText(view, k, header.textCol);
    if (!lead) continue;
    const heading = headingCode(lead);
    if (heading && heading.depth > 1) return rootCode(heading.code) === code;
    const lit =
      lightAt(view, k, header.inhoudCol).light !== null || lightAt(view, k, header.geldCol).light !== null;
    if (lit) return false;
  }
  return false;
}

/** A column left of the outputs holding beleidsopgave codes ("1.1.3"), where the table has one. */
function codeColumn(view: SheetView, header: OutputHeader): number | null {
  for (let c = header.textCol - 1; c >= Math.max(view.firstCol, header.textCol - 2); c--) {
    let codes = 0;
    let filled = 0;
    for (let r = header.row + 1; r <= header.lastRow; r++) {
      const v = view.value(r, c);
      if (v === null || v === "") continue;
      filled++;
      const code = parseCodeCell(v);
      if (code !== null && codeDepth(code) > 1) codes++;
    }
    if (filled > 0 && codes * 2 > filled) return c;
  }
  return null;
}

/** The first text of a row up to a column: where a heading or explanation line stands. */
function leadText(view: SheetView, r: number, lastCol: number): string {
  for (let c = view.firstCol; c <= Math.min(lastCol, view.lastColOf(r)); c++) {
    const t = cellText(view.value(r, c));
    if (t) return t;
  }
  return "";
}

function leadCell(view: SheetView, r: number, header: OutputHeader): string {
  for (let c = view.firstCol; c <= Math.min(header.textCol, view.lastColOf(r)); c++)
    if (cellText(view.value(r, c))) return toA1(r, c);
  return toA1(r, header.textCol);
}
