import {
  OWNERSHIP_SHEET,
  rangeA1,
  type OwnedRegion,
  type Ownership,
  type PlanCell,
  type PlanSheet,
  type StatusKind,
  type WritePlan,
} from "../domain";
import { WriteFailedError } from "./errors";
import { unionOwnership } from "./ownershipRecord";
import { refuseUnsafeWrite } from "./preflight";
import { readSheets } from "./readSheets";
import { rollback, type WidthToReset } from "./rollback";
import { DEFAULT_MAX_REQUEST_BYTES, runBatches } from "./runBatches";
import type { WorkbookSnapshot } from "./snapshot";
import { sheetWidth, writeSteps } from "./writeSteps";
import type { WriteProgress } from "./writeStage";

export interface WriteReport {
  /** Status columns written right of each table. */
  blocks: { sheet: string; range: string; kinds: StatusKind[]; cells: number }[];
  /** Result sheets written (added or refilled), with what each holds. */
  sheets: { name: string; role: PlanSheet["role"]; range: string; cells: number }[];
  /** What an earlier run wrote and this run took out first. */
  cleared: OwnedRegion[];
  /** Result sheets of an earlier run deleted, or refilled in place. */
  deletedSheets: string[];
  /** Non-empty cells written, record excluded. */
  cellsWritten: number;
  ownershipSheet: string;
}

export interface WriteResultsOptions {
  /** Called with the stage the write is at, and after each batch with the planned steps done and their total. */
  onProgress?: (progress: WriteProgress) => void;
  /** Estimated request size per sync; the default stays under Excel on the web's 5 MB. */
  maxRequestBytes?: number;
  /** Passed to the change check's read. */
  cellBudget?: number;
}

/**
 * Executes the engine's write plan. Refuses, with nothing written, when the workbook changed since
 * `snapshot`, a target sheet or the workbook structure is protected, a target cell holds user
 * content, a result sheet's name is taken, or Excel cannot show merged cells. Writes values first
 * and formats after, with calculation and the add-in's events suspended. The ownership record is
 * written first as the union of the old and new record, so a write that fails half way is rolled
 * back, or, if even that fails, cleaned up by the next run or Remove results.
 */
export async function writeResults(
  context: Excel.RequestContext,
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  options: WriteResultsOptions = {},
): Promise<WriteReport> {
  options.onProgress?.({ stage: "verify", done: 0, total: 0 });
  const { sheets: raws, structureProtected } = await readSheets(context, {
    withFormats: false,
    cellBudget: options.cellBudget,
  });
  await refuseUnsafeWrite(plan, snapshot, raws, structureProtected);
  const byName = new Map(raws.map((r) => [r.name, r]));

  const refilled = new Set(plan.sheets.filter((s) => s.refill && byName.has(s.name)).map((s) => s.name));
  const union = unionOwnership(previousOf(plan, refilled), plan.ownership);
  const steps = await writeSteps(plan, union, byName);
  try {
    await runBatches(
      context,
      steps,
      options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
      (done, total, stage) => options.onProgress?.({ stage: stage ?? "values", done, total }),
    );
  } catch (error) {
    const rollbackError = await rollback(context, union, refilled, widthsSet(plan)).then(
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
  return report(plan, byName, refilled);
}

/** What the earlier run wrote, as a record: the regions and sheets the plan removes, and the sheets it refills. */
function previousOf(plan: WritePlan, refilled: ReadonlySet<string>): Ownership {
  return {
    regions: plan.removal.regions.map(({ clear: _clear, resetWidths: _reset, ...region }) => region),
    sheets: [...plan.removal.sheets, ...refilled],
  };
}

/** Every column whose width the write changes: back to standard if it is rolled back. */
function widthsSet(plan: WritePlan): WidthToReset[] {
  return [
    ...plan.removal.regions.flatMap((r) => r.resetWidths.map((col) => ({ sheet: r.sheet, col }))),
    ...plan.blocks.flatMap((b) =>
      b.columns.flatMap((c, j) => (c.width === null ? [] : [{ sheet: b.sheet, col: b.col + j }])),
    ),
  ];
}

function report(
  plan: WritePlan,
  byName: ReadonlyMap<string, unknown>,
  refilled: ReadonlySet<string>,
): WriteReport {
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
    role: s.role,
    range: rangeA1(0, 0, s.cells.length - 1, sheetWidth(s) - 1),
    cells: filled(s.cells),
  }));
  return {
    blocks,
    sheets,
    cleared: plan.removal.regions
      .filter((r) => byName.has(r.sheet))
      .map(({ clear: _clear, resetWidths: _reset, ...region }) => region),
    deletedSheets: [...plan.removal.sheets.filter((s) => byName.has(s)), ...refilled],
    cellsWritten: [...blocks, ...sheets].reduce((n, x) => n + x.cells, 0),
    ownershipSheet: OWNERSHIP_SHEET,
  };
}
