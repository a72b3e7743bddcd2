import { WRITE_STAGES, type WriteProgress, type WriteStage } from "../excel/writeStage";
import type { Progress } from "./host";
import type { Strings } from "./i18n";

/** The steps of Resultaten schrijven as the pane shows them: the plan, the writer's stages, the read after. */
export type WriteTaskStage = "plan" | WriteStage | "reread";

export const WRITE_TASK_STAGES: readonly WriteTaskStage[] = ["plan", ...WRITE_STAGES, "reread"];

/**
 * Where each step starts on the bar, and where the writer's batches end. The batches (clear,
 * values, formats, record) advance the bar by the planned steps done; the others are shorter and
 * advance it by a fixed share, so the bar never goes back.
 */
const PLAN_END = 0.05;
const VERIFY_END = 0.15;
const BATCHES_END = 0.85;

export type WriteTaskProgress =
  { stage: "plan" } | WriteProgress | { stage: "reread"; fraction: number | null };

/** A write's progress as one determinate bar over the whole task, with the step it is at in words. */
export function writeTaskProgress(p: WriteTaskProgress, s: Strings): Progress {
  const index = WRITE_TASK_STAGES.indexOf(p.stage);
  const text = s.progressStep(index + 1, WRITE_TASK_STAGES.length, s.writeStage[p.stage]);
  if (p.stage === "plan") return { fraction: 0, text };
  if (p.stage === "verify") return { fraction: PLAN_END, text };
  if (p.stage === "reread") return { fraction: BATCHES_END + (1 - BATCHES_END) * (p.fraction ?? 0), text };
  const done = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  return { fraction: VERIFY_END + (BATCHES_END - VERIFY_END) * done, text };
}
