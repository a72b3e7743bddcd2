import type { CellValue } from "../domain";
import { nextTask, ROWS_PER_TASK } from "./nextTask";
import type { WriteStage } from "./writeStage";

/** A unit of queued work with its estimated request size: what the batches are packed from. */
export interface Step {
  bytes: number;
  queue: (context: Excel.RequestContext) => void;
  /** The same work in two halves, for a step Office refuses as too large on its own. */
  split?: () => Step[];
  /** The stage of a write this step belongs to, for its progress. */
  stage?: WriteStage;
}

/** The steps, each marked as part of `stage`. */
export function inStage(stage: WriteStage, steps: Step[]): Step[] {
  for (const s of steps) s.stage = stage;
  return steps;
}

/** One 2-D assignment stays below this, so a huge column splits over several requests. */
const CHUNK_BYTES = 1_000_000;
/** What a call costs in a request beyond its data. */
export const OVERHEAD_BYTES = 200;

/** A call with no data to speak of (clear a range, delete a sheet, set a width). */
export function step(queue: (context: Excel.RequestContext) => void): Step {
  return { bytes: OVERHEAD_BYTES, queue };
}

/**
 * A 2-D assignment split into row chunks small enough for one request. Sizing the rows takes a
 * task at a time (ROWS_PER_TASK rows): a status block of 100k rows at once blocks the pane.
 */
export async function gridSteps<T>(
  sheet: string,
  row0: number,
  col0: number,
  rows: T[][],
  assign: (range: Excel.Range, rows: T[][]) => void,
): Promise<Step[]> {
  const steps: Step[] = [];
  if (rows.length === 0 || rows[0].length === 0) return steps;
  const width = rows[0].length;
  const chunkStep = (first: number, end: number, bytes: number): Step => ({
    bytes: bytes + OVERHEAD_BYTES,
    queue: (ctx) =>
      assign(
        ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(row0 + first, col0, end - first, width),
        rows.slice(first, end),
      ),
    split:
      end - first > 1
        ? () => {
            const mid = first + Math.ceil((end - first) / 2);
            return [chunkStep(first, mid, bytes / 2), chunkStep(mid, end, bytes / 2)];
          }
        : undefined,
  });
  let start = 0;
  let bytes = 0;
  const flush = (end: number): void => void steps.push(chunkStep(start, end, bytes));
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % ROWS_PER_TASK === 0) await nextTask();
    const size = JSON.stringify(rows[i]).length + 1;
    if (i > start && bytes + size > CHUNK_BYTES) {
      flush(i);
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  flush(rows.length);
  return steps;
}

/** The cells as a rectangle of `rows` by `cols`, missing cells empty. */
export function padded(cells: CellValue[][], rows: number, cols: number): CellValue[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => cells[i]?.[j] ?? null),
  );
}
