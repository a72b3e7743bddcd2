import {
  OWNERSHIP_SHEET,
  ownershipCells,
  quoteSheet,
  rangeA1,
  regionBounds,
  toA1,
  type CellStyle,
  type CellValue,
  type OwnedRegion,
  type Ownership,
  type PlanBlock,
  type PlanCell,
  type PlanSheet,
  type StatusKind,
  type WritePlan,
} from "../domain";
import { cellPropertiesFormat, excelInput, STYLE_FORMATS } from "./cellStyles";
import {
  isPayloadTooLarge,
  OccupiedCellsError,
  ProtectedSheetError,
  SheetExistsError,
  WorkbookChangedError,
  WriteFailedError,
} from "./errors";
import { deleteRecordSheet, recordOwnership, sameOwnership, unionOwnership } from "./ownershipRecord";
import { readSheets, type RawSheet } from "./readSheets";
import { nextTask, ROWS_PER_TASK } from "./nextTask";
import { changedSheets, isFormula, snapshotOf, type WorkbookSnapshot } from "./snapshot";

export { removeResults, type RemoveReport } from "./removeResults";

export interface WriteReport {
  /** Status columns written right of each table. */
  blocks: { sheet: string; range: string; kinds: StatusKind[]; cells: number }[];
  /** Result sheets created. */
  sheets: { name: string; range: string; cells: number }[];
  /** What an earlier run wrote and this run took out first. */
  cleared: OwnedRegion[];
  deletedSheets: string[];
  /** Non-empty cells written, record excluded. */
  cellsWritten: number;
  ownershipSheet: string;
}

export interface WriteResultsOptions {
  /** Called after each batch of the write with batches done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Estimated request size per sync; the default stays under Excel on the web's 5 MB. */
  maxRequestBytes?: number;
  /** Passed to the change check's read. */
  cellBudget?: number;
}

/** A unit of queued work with its estimated request size. */
interface Step {
  bytes: number;
  queue: (context: Excel.RequestContext) => void;
}

const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
/** One 2-D assignment stays below this, so a huge column splits over several requests. */
const CHUNK_BYTES = 1_000_000;
const OVERHEAD_BYTES = 200;

/**
 * Executes the engine's write plan. Refuses, with nothing written, when the workbook changed since
 * `snapshot`, a target sheet or the workbook structure is protected, a target cell holds user
 * content or a result sheet's name is taken. Writes values first and formats after, with
 * calculation and the add-in's events suspended. The ownership record is written first as the union
 * of the old and new record, so a write that fails half way is rolled back, or, if even that
 * fails, cleaned up by the next run or Remove results.
 */
export async function writeResults(
  context: Excel.RequestContext,
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  options: WriteResultsOptions = {},
): Promise<WriteReport> {
  const { sheets: raws, structureProtected } = await readSheets(context, {
    withFormats: false,
    cellBudget: options.cellBudget,
  });
  const byName = new Map(raws.map((r) => [r.name, r]));
  await refuseUnsafeWrite(plan, snapshot, raws, byName, structureProtected);

  const union = unionOwnership(plan.previous, plan.ownership);
  const reused = reusedSheets(plan, byName);
  const steps = await planSteps(plan, union, byName, reused);
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  try {
    await runBatches(context, steps, maxBytes, options.onProgress);
  } catch (error) {
    const rollbackError = await rollback(context, union, reused).then(
      () => null,
      (e: unknown) => e ?? new Error("rollback failed"),
    );
    if (rollbackError !== null) {
      // Events would otherwise stay off for the rest of the session. If even this fails there is
      // nothing left to try; the write's own error, with the rollback's, is what the user sees.
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw new WriteFailedError(rollbackError === null, error, rollbackError);
  }
  return report(plan, byName);
}

async function refuseUnsafeWrite(
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  raws: RawSheet[],
  byName: Map<string, RawSheet>,
  structureProtected: boolean,
): Promise<void> {
  const changed = changedSheets(snapshot, await snapshotOf(raws));
  if (changed.length > 0) throw new WorkbookChangedError(changed);
  const record = byName.get(OWNERSHIP_SHEET);
  const recorded = record ? recordOwnership(record.values, record.rowIndex, record.columnIndex) : null;
  // The plan must have been made from this workbook's record, or it would clear the wrong cells.
  if (!sameOwnership(recorded, plan.recorded)) throw new WorkbookChangedError([OWNERSHIP_SHEET]);
  if (structureProtected) throw new ProtectedSheetError(null);
  const touched = new Set([
    ...plan.blocks.map((b) => b.sheet),
    ...(plan.previous?.regions ?? []).map((r) => r.sheet),
    OWNERSHIP_SHEET,
  ]);
  for (const name of touched) {
    const raw = byName.get(name);
    if (!raw) {
      if (plan.blocks.some((b) => b.sheet === name)) throw new WorkbookChangedError([name]);
      continue;
    }
    if (raw.protected) throw new ProtectedSheetError(name);
  }
  const previousSheets = new Set(plan.previous?.sheets ?? []);
  for (const sheet of plan.sheets)
    if (byName.has(sheet.name) && !previousSheets.has(sheet.name)) throw new SheetExistsError(sheet.name);
  const owned = (plan.previous?.regions ?? []).map((r) => ({
    sheet: r.sheet,
    bounds: regionBounds(r.range),
  }));
  for (const block of plan.blocks) {
    const raw = byName.get(block.sheet)!;
    const taken: string[] = [];
    for (let i = 0; i < block.cells.length; i++) {
      for (let j = 0; j < block.kinds.length; j++) {
        const row = block.row + i;
        const col = block.col + j;
        const ours = owned.some(
          (o) =>
            o.sheet === block.sheet &&
            o.bounds &&
            row >= o.bounds.r1 &&
            row <= o.bounds.r2 &&
            col >= o.bounds.c1 &&
            col <= o.bounds.c2,
        );
        if (!ours && !isEmptyAt(raw, row, col)) taken.push(toA1(row, col));
      }
    }
    if (taken.length > 0) throw new OccupiedCellsError(block.sheet, taken);
  }
}

function isEmptyAt(raw: RawSheet, row: number, col: number): boolean {
  const r = row - raw.rowIndex;
  const c = col - raw.columnIndex;
  if (r < 0 || c < 0 || r >= raw.rowCount || c >= raw.columnCount) return true;
  const v = raw.values[r][c];
  return (v === "" || v === null) && !isFormula(v, raw.formulas[r][c]);
}

/**
 * Result sheets written again: they keep their place and are emptied, not deleted and added, so that
 * the user's formulas and links to them keep working (a deleted sheet leaves them #REF!).
 */
function reusedSheets(plan: WritePlan, byName: Map<string, RawSheet>): Set<string> {
  const previous = new Set(plan.previous?.sheets ?? []);
  return new Set(
    plan.sheets.map((sheet) => sheet.name).filter((name) => previous.has(name) && byName.has(name)),
  );
}

/** Every write in order: record first, then what the old run wrote goes, then values, then formats, then the exact record. */
async function planSteps(
  plan: WritePlan,
  union: Ownership,
  byName: Map<string, RawSheet>,
  reused: Set<string>,
): Promise<Step[]> {
  const record = byName.get(OWNERSHIP_SHEET);
  const unionCells = ownershipCells(union);
  const recordRows = Math.max(unionCells.length, record ? record.rowIndex + record.rowCount : 0);
  // As wide as the widest record row (regions carry a fingerprint), or as the old record if wider.
  const widest = Math.max(...[...unionCells, ...ownershipCells(plan.ownership)].map((r) => r.length));
  const recordCols = Math.max(widest, record ? record.columnIndex + record.columnCount : 0);
  const steps: Step[] = [];

  if (!record) {
    steps.push({
      bytes: OVERHEAD_BYTES,
      queue: (ctx) => {
        // Hidden before anything is in it, so a failure never shows the user a half-written record.
        ctx.workbook.worksheets.add(OWNERSHIP_SHEET).visibility = "VeryHidden";
      },
    });
  }
  steps.push(
    ...(await gridSteps(
      OWNERSHIP_SHEET,
      0,
      0,
      padded(unionCells, recordRows, recordCols).map((r) => r.map(excelInput)),
      (range, rows) => (range.values = rows),
    )),
  );

  for (const region of plan.previous?.regions ?? []) {
    if (!byName.has(region.sheet)) continue;
    steps.push({
      bytes: OVERHEAD_BYTES,
      queue: (ctx) => {
        const range = ctx.workbook.worksheets.getItem(region.sheet).getRange(region.range);
        range.clear("All");
        range.conditionalFormats.clearAll();
      },
    });
  }
  for (const name of plan.previous?.sheets ?? []) {
    const raw = byName.get(name);
    if (!raw) continue;
    if (!reused.has(name)) {
      steps.push({ bytes: OVERHEAD_BYTES, queue: (ctx) => ctx.workbook.worksheets.getItem(name).delete() });
    } else if (raw.rowCount > 0) {
      steps.push({
        bytes: OVERHEAD_BYTES,
        queue: (ctx) => {
          const used = ctx.workbook.worksheets
            .getItem(name)
            .getRangeByIndexes(raw.rowIndex, raw.columnIndex, raw.rowCount, raw.columnCount);
          used.clear("All");
          used.conditionalFormats.clearAll();
        },
      });
    }
  }

  for (const block of plan.blocks) {
    const rows = block.cells.map((r) => r.map((c) => excelInput(c.value)));
    steps.push(
      ...(await gridSteps(block.sheet, block.row, block.col, rows, (range, chunk) => (range.values = chunk))),
    );
  }
  for (const sheet of plan.sheets) {
    if (!reused.has(sheet.name))
      steps.push({ bytes: OVERHEAD_BYTES, queue: (ctx) => void ctx.workbook.worksheets.add(sheet.name) });
    const width = sheetWidth(sheet);
    steps.push(
      ...(await gridSteps(
        sheet.name,
        0,
        0,
        sheet.cells.map((r) => padRow(r, width).map((c) => excelInput(c.value))),
        (range, chunk) => (range.values = chunk),
      )),
    );
  }

  for (const block of plan.blocks) steps.push(...(await blockFormatSteps(block)));
  for (const sheet of plan.sheets) steps.push(...(await sheetFormatSteps(sheet)));

  const finalCells = padded(ownershipCells(plan.ownership), recordRows, recordCols).map((r) =>
    r.map(excelInput),
  );
  steps.push(...(await gridSteps(OWNERSHIP_SHEET, 0, 0, finalCells, (range, rows) => (range.values = rows))));
  return steps;
}

/**
 * A 2-D assignment split into row chunks small enough for one request. Sizing the rows takes a
 * task at a time (ROWS_PER_TASK rows): a status block of 100k rows at once blocks the pane.
 */
async function gridSteps<T>(
  sheet: string,
  row0: number,
  col0: number,
  rows: T[][],
  assign: (range: Excel.Range, rows: T[][]) => void,
): Promise<Step[]> {
  const steps: Step[] = [];
  if (rows.length === 0 || rows[0].length === 0) return steps;
  const width = rows[0].length;
  let start = 0;
  let bytes = 0;
  const flush = (end: number): void => {
    const chunk = rows.slice(start, end);
    const first = start;
    steps.push({
      bytes: bytes + OVERHEAD_BYTES,
      queue: (ctx) =>
        assign(
          ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(row0 + first, col0, chunk.length, width),
          chunk,
        ),
    });
  };
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

/**
 * Formats of one status block: header rows by range, number formats per column, and colours by
 * conditional-format rules per column (one per style), so the format calls do not grow with rows.
 */
async function blockFormatSteps(block: PlanBlock): Promise<Step[]> {
  const steps: Step[] = [];
  const headerRows = block.cells
    .map((r, i) => (r.some((c) => c.style === "header") ? i : -1))
    .filter((i) => i >= 0);
  const bodyStart = headerRows.length > 0 ? Math.max(...headerRows) + 1 : 0;
  const bodyRows = block.cells.length - bodyStart;
  for (const i of headerRows) {
    steps.push({
      bytes: OVERHEAD_BYTES,
      queue: (ctx) =>
        applyStyle(
          ctx.workbook.worksheets
            .getItem(block.sheet)
            .getRangeByIndexes(block.row + i, block.col, 1, block.kinds.length).format,
          "header",
        ),
    });
  }
  for (let j = 0; j < block.kinds.length; j++) {
    // A task per status column: the four columns of a 100k-row block together held the pane 160 ms.
    if (j > 0) await nextTask();
    const column = block.cells.map((r) => r[j]);
    if (column.some((c) => c.numberFormat)) {
      steps.push(
        ...(await gridSteps(
          block.sheet,
          block.row,
          block.col + j,
          column.map((c) => [c.numberFormat ?? "General"]),
          (range, rows) => (range.numberFormat = rows),
        )),
      );
    }
    if (bodyRows <= 0) continue;
    const body = column.slice(bodyStart).filter((c) => c.value !== null);
    const styles = [...new Set(body.flatMap((c) => (c.style ? [c.style] : [])))];
    if (styles.length === 0) continue;
    const bodyRange = (ctx: Excel.RequestContext): Excel.Range =>
      ctx.workbook.worksheets
        .getItem(block.sheet)
        .getRangeByIndexes(block.row + bodyStart, block.col + j, bodyRows, 1);
    if (styles.every((s) => s === "draft")) {
      // Drafts are the only content of their column, so the whole column gets their look.
      steps.push({ bytes: OVERHEAD_BYTES, queue: (ctx) => applyStyle(bodyRange(ctx).format, "draft") });
      continue;
    }
    const prefixes = stylePrefixes(body);
    if (prefixes) {
      for (const [style, prefix] of prefixes) {
        steps.push({
          bytes: OVERHEAD_BYTES,
          queue: (ctx) => {
            const rule = bodyRange(ctx).conditionalFormats.add("ContainsText").textComparison;
            const f = STYLE_FORMATS[style];
            if (f.fill) rule.format.fill.color = f.fill;
            if (f.fontColor) rule.format.font.color = f.fontColor;
            if (f.bold) rule.format.font.bold = true;
            if (f.italic) rule.format.font.italic = true;
            rule.rule = { operator: "BeginsWith", text: prefix };
          },
        });
      }
    } else {
      // Texts no prefix tells apart: colour the cells themselves, still in one call.
      const props = column
        .slice(bodyStart)
        .map((c): Excel.SettableCellProperties[] => [
          c.value !== null ? { format: cellPropertiesFormat(c.style) ?? {} } : {},
        ]);
      steps.push(
        ...(await gridSteps(block.sheet, block.row + bodyStart, block.col + j, props, (range, rows) =>
          range.setCellProperties(rows),
        )),
      );
    }
  }
  return steps;
}

/**
 * For each style in a column, the longest prefix its texts share, provided no text of another style
 * starts with it: then one `BeginsWith` rule colours exactly that style's cells. Null when they cannot be told apart.
 */
function stylePrefixes(cells: PlanCell[]): Map<CellStyle, string> | null {
  if (cells.some((c) => typeof c.value !== "string")) return null;
  const texts = new Map<CellStyle | undefined, string[]>();
  for (const c of cells) {
    // One array per style, appended to: a spread per cell would make a 60k-row column take seconds.
    const list = texts.get(c.style);
    if (list) list.push(c.value as string);
    else texts.set(c.style, [c.value as string]);
  }
  const prefixes = new Map<CellStyle, string>();
  for (const [style, values] of texts) {
    if (!style || (STYLE_FORMATS[style].fill === undefined && !STYLE_FORMATS[style].fontColor)) continue;
    let prefix = values[0];
    for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
    if (prefix === "") return null;
    const lower = prefix.toLowerCase();
    // Excel compares text case-insensitively.
    for (const c of cells)
      if (c.style !== style && (c.value as string).toLowerCase().startsWith(lower)) return null;
    prefixes.set(style, prefix);
  }
  return prefixes;
}

async function sheetFormatSteps(sheet: PlanSheet): Promise<Step[]> {
  const steps: Step[] = [];
  const width = sheetWidth(sheet);
  const rows = sheet.cells.map((r) => padRow(r, width));
  // Per column, and only the columns that need it: most columns are plain text, and sending
  // defaults for them would only fill the request.
  for (let j = 0; j < width; j++) {
    const column = rows.map((r) => r[j]);
    if (column.some((c) => c.numberFormat)) {
      steps.push(
        ...(await gridSteps(
          sheet.name,
          0,
          j,
          column.map((c) => [c.numberFormat ?? "General"]),
          (range, chunk) => (range.numberFormat = chunk),
        )),
      );
    }
    const props = column.map(cellProperties);
    if (props.some((p) => p.format || p.hyperlink)) {
      // Fills, fonts and links differ per row, so they go per cell, but as one 2-D call.
      steps.push(
        ...(await gridSteps(
          sheet.name,
          0,
          j,
          props.map((p) => [p]),
          (range, chunk) => range.setCellProperties(chunk),
        )),
      );
    }
  }
  sheet.columnWidths.forEach((chars, j) => {
    steps.push({
      bytes: OVERHEAD_BYTES,
      queue: (ctx) =>
        (ctx.workbook.worksheets.getItem(sheet.name).getRangeByIndexes(0, j, 1, 1).format.columnWidth =
          charsToPoints(chars)),
    });
  });
  steps.push({
    bytes: OVERHEAD_BYTES,
    queue: (ctx) => ctx.workbook.worksheets.getItem(sheet.name).freezePanes.freezeRows(1),
  });
  return steps;
}

function cellProperties(cell: PlanCell): Excel.SettableCellProperties {
  const props: Excel.SettableCellProperties = {};
  const format = cellPropertiesFormat(cell.style);
  if (format) props.format = format;
  if (cell.link && cell.value !== null) {
    props.hyperlink = {
      documentReference: `${quoteSheet(cell.link.sheet)}!${cell.link.cell}`,
      textToDisplay: String(cell.value),
    };
  }
  return props;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  const f = STYLE_FORMATS[style];
  if (f.fill) format.fill.color = f.fill;
  if (f.bold) format.font.bold = true;
  if (f.italic) format.font.italic = true;
  if (f.fontColor) format.font.color = f.fontColor;
}

/** Plan widths are in characters (as ExcelJS has them); Office wants points: 7 px a character plus padding, 0.75 pt a pixel. */
function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}

function sheetWidth(sheet: PlanSheet): number {
  return Math.max(1, ...sheet.cells.map((r) => r.length));
}

function padRow(row: PlanCell[], width: number): PlanCell[] {
  return row.length >= width
    ? row
    : [...row, ...Array.from({ length: width - row.length }, (): PlanCell => ({ value: null }))];
}

function padded(cells: CellValue[][], rows: number, cols: number): CellValue[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => cells[i]?.[j] ?? null),
  );
}

/**
 * Packs the steps into requests under `maxBytes`, one sync each. Calculation is suspended per
 * request (the suspension ends at each sync) and the add-in's own events stay off until the last.
 * A request Office refuses as too large was not executed, so it is split and sent again.
 */
async function runBatches(
  context: Excel.RequestContext,
  steps: Step[],
  maxBytes: number,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const batches: Step[][] = [];
  let current: Step[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > maxBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  let done = 0;
  const send = async (batch: Step[], first: boolean, last: boolean): Promise<void> => {
    if (first) context.runtime.enableEvents = false;
    context.application.suspendApiCalculationUntilNextSync();
    for (const step of batch) step.queue(context);
    if (last) context.runtime.enableEvents = true;
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || batch.length === 1) throw error;
      const mid = Math.ceil(batch.length / 2);
      await send(batch.slice(0, mid), first, false);
      await send(batch.slice(mid), false, last);
      return;
    }
    done += batch.length;
    onProgress?.(done, steps.length);
  };
  for (let i = 0; i < batches.length; i++) await send(batches[i], i === 0, i === batches.length - 1);
}

/**
 * Takes out everything the union record claims; events back on. Result sheets the write was
 * refilling stay, emptied, so that the user's references to them keep working, and the record is
 * left claiming just them, so that the next run fills them again. Otherwise the record goes too.
 */
async function rollback(context: Excel.RequestContext, union: Ownership, reused: Set<string>): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const existing = new Set(worksheets.items.map((w) => w.name));
  const kept = [...reused].filter((name) => existing.has(name));
  context.application.suspendApiCalculationUntilNextSync();
  for (const region of union.regions) {
    if (!existing.has(region.sheet)) continue;
    const range = worksheets.getItem(region.sheet).getRange(region.range);
    range.clear("All");
    range.conditionalFormats.clearAll();
  }
  for (const name of union.sheets) {
    if (!existing.has(name)) continue;
    const sheet = worksheets.getItem(name);
    if (kept.includes(name)) {
      const used = sheet.getRange();
      used.clear("All");
      used.conditionalFormats.clearAll();
    } else sheet.delete();
  }
  if (existing.has(OWNERSHIP_SHEET)) {
    if (kept.length === 0) deleteRecordSheet(worksheets);
    else {
      const record = worksheets.getItem(OWNERSHIP_SHEET);
      record.getRange().clear("All");
      const cells = ownershipCells({ regions: [], sheets: kept });
      const width = Math.max(...cells.map((r) => r.length));
      record.getRangeByIndexes(0, 0, cells.length, width).values = padded(cells, cells.length, width).map(
        (r) => r.map(excelInput),
      );
    }
  }
  context.runtime.enableEvents = true;
  await context.sync();
}

function report(plan: WritePlan, byName: Map<string, RawSheet>): WriteReport {
  const filled = (cells: PlanCell[][]): number =>
    cells.reduce((n, r) => n + r.filter((c) => c.value !== null).length, 0);
  const blocks = plan.blocks.map((b) => ({
    sheet: b.sheet,
    range: rangeA1(b.row, b.col, b.row + b.cells.length - 1, b.col + b.kinds.length - 1),
    kinds: b.kinds,
    cells: filled(b.cells),
  }));
  const sheets = plan.sheets.map((s) => ({
    name: s.name,
    range: rangeA1(0, 0, s.cells.length - 1, sheetWidth(s) - 1),
    cells: filled(s.cells),
  }));
  return {
    blocks,
    sheets,
    cleared: (plan.previous?.regions ?? []).filter((r) => byName.has(r.sheet)),
    deletedSheets: (plan.previous?.sheets ?? []).filter((s) => byName.has(s)),
    cellsWritten: [...blocks, ...sheets].reduce((n, x) => n + x.cells, 0),
    ownershipSheet: OWNERSHIP_SHEET,
  };
}
