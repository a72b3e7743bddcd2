import { rangeA1 } from "../domain";
import { isPayloadTooLarge, UsedRangeTooLargeError } from "./errors";

/** One sheet's used range as Office returned it, before translation into the engine's grid. */
export interface RawSheet {
  name: string;
  visibility: string;
  protected: boolean;
  /** 0-based origin and size of the used range (values only); rowCount 0 for an empty sheet. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  /** Loaded only when `withFormats` is asked for. */
  numberFormat: unknown[][] | null;
  valueTypes: string[][] | null;
}

export interface ReadSheetsOptions {
  /** Also load number formats and value types (the check needs them; the change check does not). */
  withFormats: boolean;
  blockRows?: number;
  cellBudget?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Rows per range request: big enough that ordinary budgets need one block, small enough to split a big sheet. */
export const DEFAULT_BLOCK_ROWS = 5000;
/**
 * Cells per sync. Values, formulas, formats and types cost about 36 bytes a cell in the JSON
 * response, so 100k cells stay near 3.6 MB, under Excel on the web's 5 MB limit. Up to this many
 * cells the read takes the same number of syncs whatever the number of rows.
 */
export const DEFAULT_CELL_BUDGET = 100_000;
/** Excel on the web returns at most 5 million cells per read; a larger used range is refused up front. */
export const MAX_USED_RANGE_CELLS = 5_000_000;

interface Block {
  sheet: number;
  /** Row offset inside the used range. */
  first: number;
  rows: number;
}

/**
 * Reads every sheet's used range: names and protection in one sync, used-range sizes in a second,
 * then all row blocks together in as few syncs as the payload budget allows. A block Office
 * refuses as too large is split in halves and read again, so a wrong estimate costs syncs, not the read.
 */
export async function readSheets(
  context: Excel.RequestContext,
  options: ReadSheetsOptions,
): Promise<{ sheets: RawSheet[]; structureProtected: boolean }> {
  const blockRows = Math.max(1, options.blockRows ?? DEFAULT_BLOCK_ROWS);
  // Values and formulas alone cost half as much a cell, so the change check reads twice as many per sync.
  const cellBudget = Math.max(
    1,
    options.cellBudget ?? (options.withFormats ? DEFAULT_CELL_BUDGET : 2 * DEFAULT_CELL_BUDGET),
  );
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  const workbookProtection = context.workbook.protection.load({ protected: true });
  await context.sync();
  const sheets = worksheets.items;
  const used = sheets.map((ws) =>
    ws
      .getUsedRangeOrNullObject(true)
      .load({ rowIndex: true, columnIndex: true, rowCount: true, columnCount: true }),
  );
  await context.sync();

  const raws: RawSheet[] = sheets.map((ws, i) => {
    const u = used[i];
    const empty = u.isNullObject;
    return {
      name: ws.name,
      visibility: String(ws.visibility),
      protected: ws.protection.protected,
      rowIndex: empty ? 0 : u.rowIndex,
      columnIndex: empty ? 0 : u.columnIndex,
      rowCount: empty ? 0 : u.rowCount,
      columnCount: empty ? 0 : u.columnCount,
      values: empty ? [] : new Array<unknown[]>(u.rowCount),
      formulas: empty ? [] : new Array<unknown[]>(u.rowCount),
      numberFormat: options.withFormats ? (empty ? [] : new Array<unknown[]>(u.rowCount)) : null,
      valueTypes: options.withFormats ? (empty ? [] : new Array<string[]>(u.rowCount)) : null,
    };
  });

  for (const raw of raws) {
    if (raw.rowCount * raw.columnCount > MAX_USED_RANGE_CELLS) {
      const last = rangeA1(
        raw.rowIndex,
        raw.columnIndex,
        raw.rowIndex + raw.rowCount - 1,
        raw.columnIndex + raw.columnCount - 1,
      );
      throw new UsedRangeTooLargeError(raw.name, last, raw.rowCount * raw.columnCount);
    }
  }
  const blocks: Block[] = [];
  raws.forEach((raw, sheet) => {
    for (let first = 0; first < raw.rowCount; first += blockRows)
      blocks.push({ sheet, first, rows: Math.min(blockRows, raw.rowCount - first) });
  });
  const total = raws.reduce((n, r) => n + r.rowCount, 0);
  let done = 0;
  options.onProgress?.(0, total);

  const readGroup = async (group: Block[]): Promise<void> => {
    const ranges = group.map((b) => {
      const raw = raws[b.sheet];
      const range = sheets[b.sheet].getRangeByIndexes(
        raw.rowIndex + b.first,
        raw.columnIndex,
        b.rows,
        raw.columnCount,
      );
      return options.withFormats
        ? range.load({ values: true, formulas: true, numberFormat: true, valueTypes: true })
        : range.load({ values: true, formulas: true });
    });
    let tooLarge = false;
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      tooLarge = true;
    }
    // Beyond 5 million cells Excel returns null values instead of throwing: the same remedy applies.
    if (tooLarge || ranges.some((r) => !Array.isArray(r.values))) {
      if (group.length > 1) {
        const mid = Math.ceil(group.length / 2);
        await readGroup(group.slice(0, mid));
        await readGroup(group.slice(mid));
        return;
      }
      const b = group[0];
      if (b.rows === 1)
        throw new Error(
          `Excel refused to return row ${b.first + 1} of the used range of "${raws[b.sheet].name}": it is too large.`,
        );
      const half = Math.ceil(b.rows / 2);
      await readGroup([{ ...b, rows: half }]);
      await readGroup([{ ...b, first: b.first + half, rows: b.rows - half }]);
      return;
    }
    group.forEach((b, k) => {
      const raw = raws[b.sheet];
      const range = ranges[k];
      for (let i = 0; i < b.rows; i++) {
        raw.values[b.first + i] = range.values[i];
        raw.formulas[b.first + i] = range.formulas[i];
        if (raw.numberFormat) raw.numberFormat[b.first + i] = range.numberFormat[i];
        if (raw.valueTypes) raw.valueTypes[b.first + i] = range.valueTypes[i];
      }
      done += b.rows;
    });
    options.onProgress?.(done, total);
  };

  for (const group of groupByBudget(blocks, raws, cellBudget)) await readGroup(group);
  return { sheets: raws, structureProtected: workbookProtection.protected };
}

/** Consecutive blocks packed into requests of at most `budget` cells (a bigger block goes alone). */
function groupByBudget(blocks: Block[], raws: RawSheet[], budget: number): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const b of blocks) {
    const size = b.rows * raws[b.sheet].columnCount;
    if (current.length > 0 && cells + size > budget) {
      groups.push(current);
      current = [];
      cells = 0;
    }
    current.push(b);
    cells += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
