import type { AmountColumn, TableRows } from "../types";
import { isDescendant, rootCode } from "./parseLabel";

/**
 * Works out what each total adds up, from the codes and the order of the rows. A total takes the
 * rows not yet added into another total: those under its code, or all of them when it has none.
 * A line with amounts whose code has lines below it (`1.1` above `1.1.1`) is a total of those.
 * Sets `children` on totals and parent lines, and derives the code of a total that has none
 * from the programme all its rows belong to.
 */
export function linkTotals(rows: TableRows, amounts: readonly AmountColumn[]): void {
  let pending: number[] = [];
  // Lines that may still get lines under them, as a stack of row index and the length of the
  // pending list when the line was added (its descendants can only come later): two arrays, no
  // object per line.
  const openRows: number[] = [];
  const openPendingAt: number[] = [];

  const closeParents = (keepAncestorsOf: string | null) => {
    while (openRows.length > 0) {
      const parentRow = openRows[openRows.length - 1];
      const pendingAt = openPendingAt[openPendingAt.length - 1];
      const code = rows.code[parentRow]!;
      if (keepAncestorsOf !== null && isDescendant(keepAncestorsOf, code)) break;
      openRows.pop();
      openPendingAt.pop();
      // Nothing added since: a line without lines under it closes without touching the list.
      if (pendingAt >= pending.length) continue;
      // Only what was added after the parent can be under it: a sibling closes in O(1).
      const tail = pending.splice(pendingAt);
      const children: number[] = [];
      for (const i of tail) (isUnder(rows, i, code) ? children : pending).push(i);
      if (children.length > 0) rows.children[parentRow] = children;
    }
  };

  for (let i = 0; i < rows.length; i++) {
    const kind = rows.kind[i];
    const code = rows.code[i];
    if (kind === "line" && code !== null && endsItsLines(rows, pending, code)) {
      // "1" below 1.1 and 1.2: a total at the bottom, marked by its code alone.
      closeParents(null);
      rows.kind[i] = "total";
      const children = pending.filter((j) => isUnder(rows, j, code));
      rows.children[i] = children;
      pending = pending.filter((j) => !children.includes(j));
      pending.push(i);
    } else if (kind === "line" || (kind === "total" && isStrayLine(rows, amounts, i, pending))) {
      rows.kind[i] = "line";
      rows.unlabelled.delete(i);
      closeParents(code);
      pending.push(i);
      if (code !== null) {
        openRows.push(i);
        openPendingAt.push(pending.length);
      }
    } else if (kind === "total") {
      closeParents(null);
      const children: number[] = [];
      const kept: number[] = [];
      const from = code === null ? codelessTotalStart(rows, amounts, i, pending) : 0;
      pending.forEach((j, k) => {
        const take = k >= from && (code === null || rows.code[j] === null || isUnder(rows, j, code));
        (take ? children : kept).push(j);
      });
      pending = kept;
      rows.children[i] = children;
      if (code === null) inferCode(rows, i, children);
      pending.push(i);
    }
  }
  closeParents(null);
}

const SUBTOTAL = /^sub/i;
const EURO = 100;

/**
 * Whether a row read as a total only because its label is empty is a line after all: one that
 * neither ends a block (a line follows it) nor adds up to the lines before it. Taken for a total,
 * such a line broke the true total below it with false errors.
 */
function isStrayLine(
  rows: TableRows,
  amounts: readonly AmountColumn[],
  i: number,
  pending: number[],
): boolean {
  if (!rows.unlabelled.has(i)) return false;
  if (i + 1 >= rows.length || rows.kind[i + 1] !== "line") return false;
  const since = codelessTotalStart(rows, amounts, i, pending);
  return !addsUpTo(amounts, pending.slice(since), i);
}

/** Whether the row just before is under this code: then this line closes those lines. */
function endsItsLines(rows: TableRows, pending: number[], code: string): boolean {
  const last = pending[pending.length - 1];
  return last !== undefined && isUnder(rows, last, code);
}

/** Whether row `i` has a code, and it lies under `code`. */
function isUnder(rows: TableRows, i: number, code: string): boolean {
  const own = rows.code[i];
  return own !== null && isDescendant(own, code);
}

/**
 * Where in the pending rows a total without a code starts. After an earlier total, lines that
 * follow it may form a subtotal of their own ("Subtotaal materieel" after "Subtotaal personeel")
 * or, with the earlier total, a grand total. A "Subtotaal" takes the lines after the last
 * total; a "Totaal" takes everything pending unless only the lines after the last total add up
 * to it ("Totaal baten" after "Totaal lasten").
 */
function codelessTotalStart(
  rows: TableRows,
  amounts: readonly AmountColumn[],
  total: number,
  pending: number[],
): number {
  let lastTotal = -1;
  pending.forEach((j, k) => {
    if (rows.kind[j] === "total") lastTotal = k;
  });
  if (lastTotal < 0 || lastTotal === pending.length - 1) return 0;
  if (SUBTOTAL.test(rows.label[total])) return lastTotal + 1;
  const recent = pending.slice(lastTotal + 1);
  return addsUpTo(amounts, recent, total) && !addsUpTo(amounts, pending, total) ? lastTotal + 1 : 0;
}

/**
 * Whether the rows add up to the total in every amount column both have, up to the rounding of
 * whole euros: a block with a one-euro rounding difference is still that total's block. (The unit
 * is not known yet here; the totals rule then judges the difference with the table's own unit.)
 */
function addsUpTo(amounts: readonly AmountColumn[], items: number[], total: number): boolean {
  const bound = Math.floor((items.length + 1) / 2) * EURO;
  let compared = 0;
  for (const column of amounts) {
    const expected = column.cents[total];
    if (Number.isNaN(expected)) continue;
    let sum = 0;
    for (const j of items) if (!Number.isNaN(column.cents[j])) sum += column.cents[j];
    if (Math.abs(sum - expected) > bound) return false;
    compared++;
  }
  return compared > 0;
}

function inferCode(rows: TableRows, total: number, children: number[]): void {
  const codes = children.map((j) => rows.code[j]);
  if (codes.length === 0 || codes.some((c) => c === null || !c.includes("."))) return;
  const roots = new Set(codes.map((c) => rootCode(c!)));
  if (roots.size !== 1) return;
  rows.code[total] = [...roots][0];
  rows.codeInferred.add(total);
}
