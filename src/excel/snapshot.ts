import { rangeA1 } from "../domain";
import { nextTask, ROWS_PER_TASK } from "./nextTask";
import type { RawSheet } from "./readSheets";

/** What the checked workbook looked like: per sheet its used range and a hash of values and formulas. */
export interface WorkbookSnapshot {
  sheets: SheetFingerprint[];
}

export interface SheetFingerprint {
  name: string;
  /** A1 range of the used range, null for an empty sheet. */
  range: string | null;
  hash: string;
}

/** The snapshot of the sheets read, a task at a time: hashing 100k rows at once blocks the pane. */
export async function snapshotOf(raws: readonly RawSheet[]): Promise<WorkbookSnapshot> {
  const sheets: SheetFingerprint[] = [];
  for (const raw of raws) sheets.push(await fingerprint(raw));
  return { sheets };
}

/** Names of sheets added, removed or changed between two snapshots; empty when they agree. */
export function changedSheets(before: WorkbookSnapshot, now: WorkbookSnapshot): string[] {
  const was = new Map(before.sheets.map((s) => [s.name, s]));
  const is = new Map(now.sheets.map((s) => [s.name, s]));
  const changed: string[] = [];
  for (const [name, s] of was) {
    const n = is.get(name);
    if (!n || n.range !== s.range || n.hash !== s.hash) changed.push(name);
  }
  for (const name of is.keys()) if (!was.has(name)) changed.push(name);
  return changed;
}

/** A formula cell is one whose formula text differs from its value (a text cell's `formulas` is its text). */
export function isFormula(value: unknown, formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

async function fingerprint(raw: RawSheet): Promise<SheetFingerprint> {
  if (raw.rowCount === 0) return { name: raw.name, range: null, hash: "0" };
  // cyrb53-style mixing in two 32-bit lanes: fast, and a collision needs a deliberate effort.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  };
  for (let r = 0; r < raw.rowCount; r++) {
    if (r > 0 && r % ROWS_PER_TASK === 0) await nextTask();
    const values = raw.values[r];
    const formulas = raw.formulas[r];
    for (let c = 0; c < raw.columnCount; c++) {
      const v = values[c];
      const f = formulas[c];
      feed(typeof v === "string" ? `s${v}` : `${typeof v}${String(v)}`);
      feed(isFormula(v, f) ? `\u0001${f}\u0002` : "\u0002");
    }
    feed("\u0003");
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const range = rangeA1(
    raw.rowIndex,
    raw.columnIndex,
    raw.rowIndex + raw.rowCount - 1,
    raw.columnIndex + raw.columnCount - 1,
  );
  return {
    name: raw.name,
    range,
    hash: `${(h2 >>> 0).toString(16)}${(h1 >>> 0).toString(16).padStart(8, "0")}`,
  };
}
