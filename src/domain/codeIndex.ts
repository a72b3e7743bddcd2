import type { Table } from "./types";

/** A row (its index in `table.rows`) with the table it stands in. */
export interface Occurrence {
  table: Table;
  index: number;
}

/**
 * Where each code stands, across all tables: built once per check for the rules that compare rows
 * by code. Most codes of a budget stand on one row only; those cost one map entry and no object.
 * Blank rows are left out; every other row with a code is in, inferred codes included.
 */
export class CodeIndex {
  /** Code → slot in `at` while the code stands once; -1 once it is in `repeated`. */
  private readonly first: CodeTable;
  /** Table index and row index of each code's first row, in pairs. */
  private readonly at: number[];
  /** Codes on more than one row, with all their rows in table and row order. */
  readonly repeated = new Map<string, Occurrence[]>();

  constructor(private readonly tables: readonly Table[]) {
    const rowCount = tables.reduce((n, t) => n + t.rows.length, 0);
    this.first = new CodeTable(rowCount);
    // Made at full size once: grown a push at a time, 100k rows left three times their size as garbage.
    this.at = new Array<number>(2 * rowCount).fill(0);
    let used = 0;
    tables.forEach((table, t) => {
      const { code: codes, kind: kinds, length } = table.rows;
      for (let i = 0; i < length; i++) {
        const code = codes[i];
        if (code === null || kinds[i] === "blank") continue;
        const key = this.first.add(code);
        const slot = this.first.values[key];
        if (slot === NEW) {
          this.first.values[key] = used;
          this.at[used++] = t;
          this.at[used++] = i;
        } else if (slot < 0) {
          this.repeated.get(code)!.push({ table, index: i });
        } else {
          this.repeated.set(code, [this.occurrenceAt(slot), { table, index: i }]);
          this.first.values[key] = -1;
        }
      }
    });
  }

  /** Every row the code stands on, in table and row order. */
  occurrences(code: string): Occurrence[] {
    const slot = this.first.get(code);
    if (slot === NEW) return [];
    return slot < 0 ? this.repeated.get(code)! : [this.occurrenceAt(slot)];
  }

  /** Whether the code stands on a row of this table. */
  inTable(code: string, table: Table): boolean {
    const slot = this.first.get(code);
    if (slot === NEW) return false;
    if (slot >= 0) return this.tables[this.at[slot]] === table;
    return this.repeated.get(code)!.some((o) => o.table === table);
  }

  private occurrenceAt(slot: number): Occurrence {
    const table = this.tables[this.at[slot]];
    return { table, index: this.at[slot + 1] };
  }
}

/** The value of a code just added (or looked up and absent). */
const NEW = -2;

/**
 * A hash table from code to a number, by open addressing over an FNV-1a hash of the code's
 * characters. Codes are short digit strings and a budget has one per line: on 100k lines a Map
 * spent about a tenth of the whole check hashing and growing, this spends a third of that.
 */
class CodeTable {
  /** Keys and values by key index, made at full size (one per row at most) rather than grown. */
  readonly keys: string[];
  readonly values: number[];
  private size = 0;
  /**
   * Pairs of key index (-1 when the slot is free) and the key's hash, side by side so that a probe
   * reads one cache line; strings are compared only when the hashes agree.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(expected: number) {
    // At most half full, so that a probe sequence stays short.
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    this.keys = new Array<string>(expected).fill("");
    this.values = new Array<number>(expected).fill(NEW);
  }

  /** The key's index in `keys` and `values`, adding it with the value NEW when absent. */
  add(code: string): number {
    const h = hash(code);
    for (let j = h & this.mask; ; j = (j + 1) & this.mask) {
      const k = this.slots[2 * j];
      if (k < 0) {
        const index = this.size++;
        this.slots[2 * j] = index;
        this.slots[2 * j + 1] = h;
        this.keys[index] = code;
        return index;
      }
      if (this.slots[2 * j + 1] === h && this.keys[k] === code) return k;
    }
  }

  /** The value of the code; NEW when it is absent. */
  get(code: string): number {
    const h = hash(code);
    for (let j = h & this.mask; ; j = (j + 1) & this.mask) {
      const k = this.slots[2 * j];
      if (k < 0) return NEW;
      if (this.slots[2 * j + 1] === h && this.keys[k] === code) return this.values[k];
    }
  }
}

function hash(code: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193);
  return h | 0;
}
