/** A label split into its hierarchy code and name, and whether it announces a total. */
export interface ParsedLabel {
  code: string | null;
  name: string;
  isTotal: boolean;
}

// "Sub totaal" and "Sub-totaal" are written apart as often as together; "Totale lasten" is a total too.
const TOTAL_WORD =
  /^(sub[ -]?)?(totaal|totale|totalen|total|totals|som|sum|grand total|eindtotaal)\b[\s:.-]*/i;
const TOTAL_INITIALS = new Set(["s", "t", "g", "e"].map((c) => c.charCodeAt(0)));
const UNCLEAN_SPACE = /[^\S ]| {2}/;
const PROGRAMME_WORD = /^(programma|programme|program|prog\.)\s+/i;

/**
 * Splits `1.1.1 Ruimtelijke ontwikkeling`, `1. Ruimte en …`, `Totaal 1. Ruimte …` and `Total 2`.
 * @example parseLabel("Totaal 1. Ruimte") → { code: "1", name: "Ruimte", isTotal: true }
 */
export function parseLabel(label: string): ParsedLabel {
  const parts = new LabelParts().read(label);
  return { code: parts.code, name: parts.name, isTotal: parts.isTotal };
}

/**
 * `parseLabel` for a loop over every row: one object, read into again and again, and the name cut
 * from the label only when asked for. Most rows' names are never wanted during a check.
 */
export class LabelParts {
  code: string | null = null;
  isTotal = false;
  /** The label, cleaned of extra space and of a total word, and where the name starts in it. */
  private rest = "";
  private nameStart = 0;

  read(label: string): this {
    // Most labels are clean already: only a label with runs of space, tabs or no-break spaces is rebuilt.
    let rest = (UNCLEAN_SPACE.test(label) ? label.replace(/[\s\u00a0]+/g, " ") : label).trim();
    let isTotal = false;
    // Every total word starts with one of these letters: other labels skip the pattern.
    const total = TOTAL_INITIALS.has(rest.charCodeAt(0) | 32) ? TOTAL_WORD.exec(rest) : null;
    if (total) {
      isTotal = true;
      rest = rest.slice(total[0].length);
      rest = rest.replace(PROGRAMME_WORD, "");
    }
    // "Programma 1 Ruimte": the word before the code is not part of the name.
    if (!isTotal && (rest.charCodeAt(0) | 32) === 112 && /^(programma|programme|program)\s+\d/i.test(rest))
      rest = rest.replace(PROGRAMME_WORD, "");
    const codeEnd = codeLength(rest);
    let nameStart = 0;
    if (codeEnd > 0) {
      nameStart = rest.charCodeAt(codeEnd) === DOT ? codeEnd + 1 : codeEnd;
      // `rest` is trimmed: only the space between code and name is left to skip.
      while (nameStart < rest.length && isSpace(rest.charCodeAt(nameStart))) nameStart++;
    }
    this.code = codeEnd > 0 ? rest.slice(0, codeEnd) : null;
    this.isTotal = isTotal;
    this.rest = rest;
    this.nameStart = nameStart;
    return this;
  }

  get name(): string {
    return this.nameStart === 0 ? this.rest : this.rest.slice(this.nameStart);
  }
}

/**
 * The length of the code a label starts with, 0 when it starts with none. A code is levels of one
 * to three digits joined by dots (so that a year at the start is no code), perhaps with a dot
 * after it, and then a space or the end. Read character by character: every row has a label.
 */
export function codeLength(label: string): number {
  let i = 0;
  for (;;) {
    const start = i;
    while (i < label.length && i - start <= 3 && isDigit(label.charCodeAt(i))) i++;
    if (i === start || i - start > 3) return 0;
    // A dot followed by a digit joins the next level; any other dot may only end the code.
    if (label.charCodeAt(i) === DOT && isDigit(label.charCodeAt(i + 1))) i++;
    else break;
  }
  const end = i;
  const after = label.charCodeAt(label.charCodeAt(i) === DOT ? i + 1 : i);
  // After the code: the end of the label (NaN) or white space.
  return Number.isNaN(after) || isSpace(after) ? end : 0;
}

const DOT = 46;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || WHITE_SPACE.test(String.fromCharCode(c));
}

const WHITE_SPACE = /\s/;

/** Normalises a code found in its own column: `1.1.` → `1.1`; null when it is no code. */
export function parseCodeCell(value: unknown): string | null {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : null;
  }
  if (typeof value !== "string") return null;
  const m = /^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s*$/.exec(value);
  return m ? m[1] : null;
}

export function codeDepth(code: string): number {
  let depth = 1;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 46) depth++;
  return depth;
}

export function parentCode(code: string): string | null {
  const i = code.lastIndexOf(".");
  return i < 0 ? null : code.slice(0, i);
}

export function isDescendant(code: string, ancestor: string): boolean {
  return code.length > ancestor.length && code.startsWith(ancestor) && code[ancestor.length] === ".";
}

/** Whether `code` is directly under `parent` (`1.3.1` under `1.3`); "" is the parent of top-level codes. */
export function isChildOf(code: string, parent: string): boolean {
  if (parent === "") return code.indexOf(".") < 0;
  return (
    code.length > parent.length + 1 &&
    code.startsWith(parent) &&
    code.charCodeAt(parent.length) === 46 &&
    code.indexOf(".", parent.length + 1) < 0
  );
}

export function rootCode(code: string): string {
  const i = code.indexOf(".");
  return i < 0 ? code : code.slice(0, i);
}
