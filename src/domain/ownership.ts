import { parseA1 } from "./address";
import type { CellValue, Grid } from "./types";

/**
 * The very hidden sheet where Stoplicht records what it wrote, so that a re-run replaces exactly
 * its own cells and Remove results removes exactly them. A sheet, not document settings, because
 * both the add-in and ExcelJS can read and write it, so the CLI's output and the add-in agree.
 */
export const OWNERSHIP_SHEET = "_stoplicht";
const MARKER = "stoplicht";

export interface OwnedRegion {
  sheet: string;
  /** A1 range, e.g. `G3:J20`. */
  range: string;
  /** Fingerprint of the values written there (fingerprintCells), to notice a user's edits. */
  fingerprint?: string;
  /**
   * Per column of the region, the width Stoplicht gave it (characters), or null where it left the
   * user's width alone: what Remove results returns to the standard width, if it still has it.
   */
  widths?: (number | null)[];
}

export interface Ownership {
  regions: OwnedRegion[];
  sheets: string[];
  /** Fingerprint of each result sheet's values as written, by sheet name. */
  sheetFingerprints?: Record<string, string>;
}

export interface RegionBounds {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function regionBounds(range: string): RegionBounds | null {
  const [a, b] = range.split(":");
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  if (!p || !q) return null;
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

/** What an earlier run recorded, or null when the workbook has no (readable) record. */
export function readOwnership(grids: readonly Grid[]): Ownership | null {
  const grid = grids.find((g) => g.sheet === OWNERSHIP_SHEET);
  if (!grid || grid.values[0]?.[0] !== MARKER) return null;
  const own: Ownership = { regions: [], sheets: [] };
  for (const row of grid.values.slice(1)) {
    const [kind, a, b, c, d] = row;
    if (kind === "region" && typeof a === "string" && typeof b === "string" && regionBounds(b)) {
      const region: OwnedRegion = { sheet: a, range: b };
      if (typeof c === "string") region.fingerprint = c;
      const widths = typeof d === "string" ? parseWidths(d) : null;
      if (widths) region.widths = widths;
      own.regions.push(region);
    } else if (kind === "sheet" && typeof a === "string") {
      own.sheets.push(a);
      if (typeof b === "string") own.sheetFingerprints = { ...own.sheetFingerprints, [a]: b };
    }
  }
  return own;
}

/** The ownership sheet's cells for a record. */
export function ownershipCells(own: Ownership): CellValue[][] {
  return [
    [MARKER, 1, "Written by Stoplicht; removing this sheet makes its results ordinary cells."],
    ...own.regions.map((r): CellValue[] => [
      "region",
      r.sheet,
      r.range,
      r.fingerprint ?? null,
      r.widths?.some((w) => w !== null) ? r.widths.map((w) => w ?? "").join(";") : null,
    ]),
    ...own.sheets.map((s): CellValue[] => ["sheet", s, own.sheetFingerprints?.[s] ?? null, null, null]),
  ];
}

/** `16;;12` → [16, null, 12]; null for anything else, which then restores no width. */
function parseWidths(text: string): (number | null)[] | null {
  const parts = text.split(";").map((p) => (p.trim() === "" ? null : Number(p)));
  return parts.every((w) => w === null || (Number.isFinite(w) && w > 0)) ? parts : null;
}
