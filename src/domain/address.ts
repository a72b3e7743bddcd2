/** Column index (0-based) to letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  if (col < LETTERS_CACHED) return (letterCache[col] ??= lettersOf(col));
  return lettersOf(col);
}

// Addresses are made for every row of every table: the letters of the first columns are made once.
const LETTERS_CACHED = 1024;
const letterCache: string[] = [];

function lettersOf(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based row and column to an A1 address. @example toA1(0, 1) === "B1" */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address (optionally with `$`) to 0-based row and column; null when it is not one. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * A sheet name as a reference needs it: bare only when plain and not itself readable as a
 * reference (`P1`, `Q2024`, `R1C1`, `C`), which Excel would take for a cell of the current sheet.
 */
export function quoteSheet(sheet: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^([A-Za-z]{1,3}\d+|R\d*C?\d*|C\d*|TRUE|FALSE)$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function sheetCell(sheet: string, row: number, col: number): string {
  return `${sheet}!${toA1(row, col)}`;
}

export function rangeA1(firstRow: number, firstCol: number, lastRow: number, lastCol: number): string {
  return `${toA1(firstRow, firstCol)}:${toA1(lastRow, lastCol)}`;
}
