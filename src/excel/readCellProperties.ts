import { rangeA1, regionBounds, type CellRequest } from "../domain";
import { isPayloadTooLarge } from "./errors";

interface Part {
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/**
 * Per-cell properties (`getCellProperties`, ExcelApi 1.9) of the cells the engine asks for, per
 * sheet: only those cells, in parts of at most `budget` cells, as few syncs as the budget allows.
 * A part Office refuses as too large is read again in halves. `pick` turns one part's answer into
 * what the engine takes.
 */
export async function readCellProperties<T>(
  context: Excel.RequestContext,
  requests: readonly CellRequest[],
  load: Excel.CellPropertiesLoadOptions,
  pick: (range: string, cells: Excel.CellProperties[][]) => T,
  budget: number,
): Promise<Map<string, T[]>> {
  const out = new Map<string, T[]>();
  const parts: Part[] = [];
  for (const request of requests)
    for (const range of request.ranges) {
      const b = regionBounds(range);
      if (b) parts.push(...split({ sheet: request.sheet, ...b }, budget));
    }
  const readGroup = async (group: Part[]): Promise<void> => {
    const results = group.map((p) =>
      context.workbook.worksheets
        .getItem(p.sheet)
        .getRange(rangeA1(p.r1, p.c1, p.r2, p.c2))
        .getCellProperties(load),
    );
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || (group.length === 1 && group[0].r1 === group[0].r2)) throw error;
      const halves =
        group.length > 1
          ? [group.slice(0, Math.ceil(group.length / 2)), group.slice(Math.ceil(group.length / 2))]
          : halve(group[0]);
      for (const half of halves) await readGroup(half);
      return;
    }
    group.forEach((p, k) => {
      const list = out.get(p.sheet) ?? [];
      list.push(pick(rangeA1(p.r1, p.c1, p.r2, p.c2), results[k].value));
      out.set(p.sheet, list);
    });
  };
  for (const group of groups(parts, budget)) await readGroup(group);
  return out;
}

/** A range cut into row blocks of at most `budget` cells. */
function split(part: Part, budget: number): Part[] {
  const width = part.c2 - part.c1 + 1;
  const rows = Math.max(1, Math.floor(budget / width));
  const out: Part[] = [];
  for (let r = part.r1; r <= part.r2; r += rows)
    out.push({ ...part, r1: r, r2: Math.min(part.r2, r + rows - 1) });
  return out;
}

function halve(part: Part): Part[][] {
  const mid = Math.floor((part.r1 + part.r2) / 2);
  return [[{ ...part, r2: mid }], [{ ...part, r1: mid + 1 }]];
}

/** Consecutive parts packed into syncs of at most `budget` cells. */
function groups(parts: Part[], budget: number): Part[][] {
  const out: Part[][] = [];
  let current: Part[] = [];
  let cells = 0;
  for (const p of parts) {
    const size = (p.r2 - p.r1 + 1) * (p.c2 - p.c1 + 1);
    if (current.length > 0 && cells + size > budget) {
      out.push(current);
      current = [];
      cells = 0;
    }
    current.push(p);
    cells += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}
