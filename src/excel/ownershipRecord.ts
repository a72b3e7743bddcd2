import { OWNERSHIP_SHEET, readOwnership, type CellValue, type Grid, type Ownership } from "../domain";

/** The ownership sheet's used range as a grid from A1, as the engine's `readOwnership` expects it. */
export function recordOwnership(
  values: readonly (readonly unknown[])[],
  rowIndex: number,
  columnIndex: number,
): Ownership | null {
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  for (const row of values) rows.push([...new Array<CellValue>(columnIndex).fill(null), ...row.map(plain)]);
  const grid: Grid = { sheet: OWNERSHIP_SHEET, topLeft: "A1", values: rows, hidden: true };
  return readOwnership([grid]);
}

function plain(v: unknown): CellValue {
  return typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && v !== "") ? v : null;
}

/** Everything either record claims: what a half-finished write may have left behind. */
export function unionOwnership(a: Ownership | null, b: Ownership): Ownership {
  const regions = new Map<string, Ownership["regions"][number]>();
  for (const r of [...(a?.regions ?? []), ...b.regions]) regions.set(`${r.sheet}!${r.range}`, r);
  return { regions: [...regions.values()], sheets: [...new Set([...(a?.sheets ?? []), ...b.sheets])] };
}

export function sameOwnership(a: Ownership | null, b: Ownership | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A very hidden sheet is made merely hidden first: Excel may refuse to delete a very hidden sheet. */
export function deleteRecordSheet(worksheets: Excel.WorksheetCollection): void {
  const record = worksheets.getItem(OWNERSHIP_SHEET);
  record.visibility = "Hidden";
  record.delete();
}
