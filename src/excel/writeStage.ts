/**
 * What a write is doing, in the order it does it: the pane shows the step it is at. `verify`
 * reads the workbook to refuse a write over a change; `clear` takes an earlier run's results out
 * (with the record first widened to cover both); `values` and `formats` write the plan; `record`
 * writes the exact record of what is Stoplicht's now.
 */
export type WriteStage = "verify" | "clear" | "values" | "formats" | "record";

export const WRITE_STAGES: readonly WriteStage[] = ["verify", "clear", "values", "formats", "record"];

/** How far a write is: the stage it is at, and the planned steps done of all (0 of 0 while verifying). */
export interface WriteProgress {
  stage: WriteStage;
  done: number;
  total: number;
}
