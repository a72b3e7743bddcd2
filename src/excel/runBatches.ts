import { isPayloadTooLarge } from "./errors";
import type { Step } from "./steps";
import type { WriteStage } from "./writeStage";

/** Steps done of all, and the stage of a write the next batch is in (the last one's when all are done). */
export type OnBatchProgress = (done: number, total: number, stage?: WriteStage) => void;

/** Estimated request size per sync; the default stays under Excel on the web's 5 MB. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/**
 * Packs the steps into requests under `maxBytes`, one sync each. Calculation is suspended per
 * request (the suspension ends at each sync) and the add-in's own events stay off until the last.
 * A request Office refuses as too large was not executed, so it is split and sent again.
 */
export async function runBatches(
  context: Excel.RequestContext,
  steps: Step[],
  maxBytes: number,
  onProgress?: OnBatchProgress,
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
  // A batch is said to be in the stage most of its bytes are in: a small write is one request.
  const stageAt = (i: number): WriteStage | undefined => {
    const bytes = new Map<WriteStage, number>();
    for (const s of batches[i] ?? batches[batches.length - 1] ?? [])
      if (s.stage) bytes.set(s.stage, (bytes.get(s.stage) ?? 0) + s.bytes);
    return [...bytes].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  onProgress?.(0, steps.length, stageAt(0));
  /** The stage of the batch after the one being sent: what the write is at once that one is done. */
  let stage: WriteStage | undefined;
  // Progress counts the planned steps: halves of a split step count as half a step each.
  const send = async (batch: Step[], first: boolean, last: boolean, weight = 1): Promise<void> => {
    if (first) context.runtime.enableEvents = false;
    context.application.suspendApiCalculationUntilNextSync();
    for (const step of batch) step.queue(context);
    if (last) context.runtime.enableEvents = true;
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      if (batch.length === 1) {
        const halves = batch[0].split?.();
        if (!halves) throw error;
        await send([halves[0]], first, false, weight / 2);
        await send([halves[1]], false, last, weight / 2);
        return;
      }
      const mid = Math.ceil(batch.length / 2);
      await send(batch.slice(0, mid), first, false, weight);
      await send(batch.slice(mid), false, last, weight);
      return;
    }
    done += batch.length * weight;
    onProgress?.(done, steps.length, stage);
  };
  for (let i = 0; i < batches.length; i++) {
    stage = stageAt(i + 1);
    await send(batches[i], i === 0, i === batches.length - 1);
  }
}
