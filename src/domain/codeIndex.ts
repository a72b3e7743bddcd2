import type { Table, TableRow } from "./types";

/** A row with the table it stands in. */
export interface Occurrence {
  table: Table;
  row: TableRow;
}

/**
 * Where each code stands, across all tables: built once per check for the rules that compare rows
 * by code. Most codes of a budget stand on one row only; those cost one map entry and no object.
 * Blank rows are left out; every other row with a code is in, inferred codes included.
 */
export class CodeIndex {
  /** Code → slot in `at` while the code stands once; -1 once it is in `repeated`. */
  private readonly first = new Map<string, number>();
  /** Table index and row index of each code's first row, in pairs. */
  private readonly at: number[] = [];
  /** Codes on more than one row, with all their rows in table and row order. */
  readonly repeated = new Map<string, Occurrence[]>();

  constructor(private readonly tables: readonly Table[]) {
    tables.forEach((table, t) => {
      const rows = table.rows;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const code = row.code;
        if (code === null || row.kind === "blank") continue;
        const slot = this.first.get(code);
        if (slot === undefined) {
          this.first.set(code, this.at.length);
          this.at.push(t, i);
        } else if (slot < 0) {
          this.repeated.get(code)!.push({ table, row });
        } else {
          this.repeated.set(code, [this.occurrenceAt(slot), { table, row }]);
          this.first.set(code, -1);
        }
      }
    });
  }

  /** Every row the code stands on, in table and row order. */
  occurrences(code: string): Occurrence[] {
    const slot = this.first.get(code);
    if (slot === undefined) return [];
    return slot < 0 ? this.repeated.get(code)! : [this.occurrenceAt(slot)];
  }

  /** Whether the code stands on a row of this table. */
  inTable(code: string, table: Table): boolean {
    const slot = this.first.get(code);
    if (slot === undefined) return false;
    if (slot >= 0) return this.tables[this.at[slot]] === table;
    return this.repeated.get(code)!.some((o) => o.table === table);
  }

  private occurrenceAt(slot: number): Occurrence {
    const table = this.tables[this.at[slot]];
    return { table, row: table.rows[this.at[slot + 1]] };
  }
}
