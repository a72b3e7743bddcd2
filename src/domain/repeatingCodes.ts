import type { CodeIndex } from "./codeIndex";
import type { Table } from "./types";

/**
 * Marks the tables whose codes repeat under different headings, as taakvelden do under each
 * programme: two codes or more that each stand on lines under two headings of one table are a
 * classification, not the programme structure. One code twice is a duplicate, and reported as
 * one. Read from the code index, which already knows every code that stands more than once.
 * @returns whether any table was marked
 */
export function markRepeatingCodes(codes: CodeIndex): boolean {
  const repeatedIn = new Map<Table, number>();
  const headings = new Map<Table, Int32Array>();
  const headingOf = (table: Table, index: number) => {
    let of = headings.get(table);
    if (!of) headings.set(table, (of = headingIndex(table)));
    return of[index];
  };
  for (const occurrences of codes.repeated.values()) {
    const headingsByTable = new Map<Table, Set<number>>();
    for (const { table, index } of occurrences) {
      if (table.rows.kind[index] !== "line") continue;
      const under = headingsByTable.get(table) ?? new Set<number>();
      under.add(headingOf(table, index));
      headingsByTable.set(table, under);
    }
    for (const [table, under] of headingsByTable)
      if (under.size >= 2) repeatedIn.set(table, (repeatedIn.get(table) ?? 0) + 1);
  }
  let any = false;
  for (const [table, count] of repeatedIn) {
    if (count < 2) continue;
    table.repeatingCodes = true;
    any = true;
  }
  return any;
}

/** For each row, the index of the heading it stands under; -1 where none stands above it. */
function headingIndex(table: Table): Int32Array {
  const out = new Int32Array(table.rows.length);
  let heading = -1;
  for (let i = 0; i < table.rows.length; i++) {
    out[i] = heading;
    if (table.rows.kind[i] === "group") heading = i;
  }
  return out;
}
