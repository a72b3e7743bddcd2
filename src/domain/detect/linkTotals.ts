import type { TableRow } from "../types";
import { isDescendant, rootCode } from "./parseLabel";

/**
 * Works out what each total adds up, from the codes and the order of the rows. A total takes the
 * rows not yet added into another total: those under its code, or all of them when it has none.
 * A line with amounts whose code has lines below it (`1.1` above `1.1.1`) is a total of those.
 * Sets `children` on totals and parent lines, and derives the code of a total that has none
 * from the programme all its rows belong to.
 */
export function linkTotals(rows: TableRow[]): void {
  const pending: number[] = [];
  const openParents: number[] = [];

  const closeParents = (keepAncestorsOf: string | null) => {
    while (openParents.length > 0) {
      const p = openParents[openParents.length - 1];
      const code = rows[p].code!;
      if (keepAncestorsOf !== null && isDescendant(keepAncestorsOf, code)) break;
      openParents.pop();
      const children = takePending(pending, (i) => rows[i].code !== null && isDescendant(rows[i].code!, code));
      if (children.length > 0) {
        rows[p].children = children;
      }
    }
  };

  rows.forEach((row, i) => {
    if (row.kind === "line") {
      closeParents(row.code);
      pending.push(i);
      if (row.code !== null) openParents.push(i);
    } else if (row.kind === "total") {
      closeParents(null);
      const code = row.code;
      const children =
        code === null
          ? takePending(pending, () => true)
          : takePending(pending, (j) => rows[j].code === null || isDescendant(rows[j].code!, code));
      row.children = children;
      if (code === null) inferCode(row, children.map((j) => rows[j]));
      pending.push(i);
    }
  });
  closeParents(null);
}

function takePending(pending: number[], take: (i: number) => boolean): number[] {
  const taken: number[] = [];
  const kept: number[] = [];
  for (const i of pending) (take(i) ? taken : kept).push(i);
  pending.length = 0;
  pending.push(...kept);
  return taken;
}

function inferCode(total: TableRow, children: TableRow[]): void {
  if (children.length === 0 || children.some((c) => c.code === null || !c.code.includes("."))) return;
  const roots = new Set(children.map((c) => rootCode(c.code!)));
  if (roots.size !== 1) return;
  total.code = [...roots][0];
  total.codeInferred = true;
}
