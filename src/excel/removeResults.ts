import type { OwnedRegion, RemovalPlan } from "../domain";
import { refuseUnsafeRemoval } from "./preflight";
import { readSheets } from "./readSheets";
import { removalSteps } from "./removalSteps";
import { DEFAULT_MAX_REQUEST_BYTES, runBatches } from "./runBatches";
import type { WorkbookSnapshot } from "./snapshot";

export interface RemoveReport {
  /** Status regions cleared. */
  regions: OwnedRegion[];
  /** Result sheets deleted. */
  sheets: string[];
  /** False when the workbook held no record, so nothing was removed. */
  hadRecord: boolean;
  /** What Stoplicht wrote but the user edited since: left in place as the user's (range "" for a sheet). */
  kept: OwnedRegion[];
}

export interface RemoveResultsOptions {
  /** Called after each batch with calls done and the total. */
  onProgress?: (done: number, total: number) => void;
  maxRequestBytes?: number;
  /** Passed to the change check's read. */
  cellBudget?: number;
}

/**
 * Carries out the engine's removal plan (made from the workbook as read into `snapshot`): refuses,
 * with nothing removed, when the workbook changed since or what goes is protected; then removes
 * in requests under the payload limit, the record last, so that a removal cut short is finished
 * by running it again.
 */
export async function removeResults(
  context: Excel.RequestContext,
  removal: RemovalPlan,
  snapshot: WorkbookSnapshot,
  options: RemoveResultsOptions = {},
): Promise<RemoveReport> {
  if (removal.recordSheet === null && removal.regions.length === 0 && removal.sheets.length === 0)
    return { regions: [], sheets: [], hadRecord: false, kept: removal.kept };
  const { sheets: raws, structureProtected } = await readSheets(context, {
    withFormats: false,
    cellBudget: options.cellBudget,
  });
  await refuseUnsafeRemoval(removal, snapshot, raws, structureProtected);
  const existing = new Set(raws.map((r) => r.name));
  const steps = removalSteps(removal, existing);
  await runBatches(context, steps, options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES, options.onProgress);
  return {
    regions: removal.regions
      .filter((r) => existing.has(r.sheet))
      .map(({ clear: _clear, resetWidths: _reset, ...region }) => region),
    sheets: removal.sheets.filter((s) => existing.has(s)),
    hadRecord: removal.recordSheet !== null,
    kept: removal.kept,
  };
}
