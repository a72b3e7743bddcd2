/**
 * A short fingerprint of a rectangle of cell values, to tell whether cells Stoplicht wrote still
 * hold what it wrote. Empty strings count as empty cells and trailing empty cells and rows are
 * ignored, so that Office.js ("") and ExcelJS (null) read the same cells to the same fingerprint.
 * @example fingerprintCells([["OK", 0.0243]]) === fingerprintCells([["OK", 0.0243, ""], []])
 */
export function fingerprintCells(rows: readonly (readonly unknown[] | undefined)[]): string {
  // The hash of the rows' texts joined line by line (U+001E) and cell by cell (U+001F), fed as it
  // is read: a plan of 100k rows would otherwise build a string of megabytes to hash it once.
  const hash = new Fnv1a();
  let lines = 0;
  let emptyLines = 0;
  for (const row of rows) {
    const cells = row ?? [];
    let last = cells.length - 1;
    while (last >= 0 && cellText(cells[last]) === "") last--;
    if (last < 0) {
      // Held back: empty lines at the end are left out.
      emptyLines++;
      continue;
    }
    for (; emptyLines > 0; emptyLines--) if (lines++ > 0) hash.add(LINE);
    if (lines++ > 0) hash.add(LINE);
    for (let c = 0; c <= last; c++) {
      if (c > 0) hash.add(CELL);
      hash.add(cellText(cells[c]));
    }
  }
  return hash.digest();
}

/** Whether the cells hold nothing, read as the fingerprint reads them (`""` and null alike). */
export function isBlankCells(rows: readonly (readonly unknown[] | undefined)[]): boolean {
  return rows.every((row) => (row ?? []).every((cell) => cellText(cell) === ""));
}

/**
 * Whether cells Stoplicht wrote still hold what it wrote. Empty counts as unchanged: a write that
 * failed before filling them left them so, and a user who emptied them left nothing of theirs.
 */
export function holdsWritten(
  rows: readonly (readonly unknown[] | undefined)[],
  fingerprint: string,
): boolean {
  return isBlankCells(rows) || fingerprintCells(rows) === fingerprint;
}

/**
 * The one sheet among `candidates` whose cells hold what Stoplicht wrote (not empty): where a
 * region went when the user renamed its sheet. Null when none or several do.
 */
export function sheetHolding(
  fingerprint: string,
  candidates: readonly { sheet: string; cells: readonly (readonly unknown[] | undefined)[] }[],
): string | null {
  const matches = candidates.filter(
    (c) => !isBlankCells(c.cells) && fingerprintCells(c.cells) === fingerprint,
  );
  return matches.length === 1 ? matches[0].sheet : null;
}

const LINE = "\u001e";
const CELL = "\u001f";

function cellText(v: unknown): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "number") return String(Math.round(v * 1e9) / 1e9);
  if (typeof v === "string") return `s${v}`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return JSON.stringify(v);
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to notice an edit, not meant against forgery. */
class Fnv1a {
  private hash = 0x811c9dc5;

  add(text: string): void {
    let hash = this.hash;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    this.hash = hash;
  }

  digest(): string {
    return (this.hash >>> 0).toString(16).padStart(8, "0");
  }
}
