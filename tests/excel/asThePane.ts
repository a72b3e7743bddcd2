import { check, type WritePlan } from "../../src/domain";
import {
  readWorkbook,
  removeResults,
  writeResults,
  type RemoveReport,
  type RemoveResultsOptions,
  type WriteReport,
} from "../../src/excel";
import type { FakeExcel } from "./fakeExcel";

/** What the task pane does to write: read, check, write the engine's plan. */
export async function checkAndWrite(fake: FakeExcel, edit?: (plan: WritePlan) => void): Promise<WriteReport> {
  const { grids, snapshot } = await readWorkbook(fake.context);
  const { plan } = check(grids);
  edit?.(plan);
  return writeResults(fake.context, plan, snapshot);
}

/** What the task pane does to remove: read, check, carry out the engine's removal plan. */
export async function checkAndRemove(fake: FakeExcel, options?: RemoveResultsOptions): Promise<RemoveReport> {
  const { grids, snapshot } = await readWorkbook(fake.context);
  return removeResults(fake.context, check(grids).removal, snapshot, options);
}
