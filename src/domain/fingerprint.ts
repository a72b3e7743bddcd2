/**
 * A short fingerprint of a rectangle of cell values, to tell whether cells Stoplicht wrote still
 * hold what it wrote. Empty strings count as empty cells and trailing empty cells and rows are
 * ignored, so that Office.js ("") and ExcelJS (null) read the same cells to the same fingerprint.
 * @example fingerprintCells([["OK", 0.0243]]) === fingerprintCells([["OK", 0.0243, ""], []])
 */
export function fingerprintCells(rows: readonly (readonly unknown[] | undefined)[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const cells = (row ?? []).map(cellText);
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    lines.push(cells.join("\u001f"));
  }
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return fnv1a(lines.join("\u001e"));
}

function cellText(v: unknown): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "number") return String(Math.round(v * 1e9) / 1e9);
  if (typeof v === "string") return `s${v}`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return JSON.stringify(v);
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to notice an edit, not meant against forgery. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
