/**
 * Rows the pane's thread works through before it lets the browser run other tasks (input,
 * painting): a 100k-line sheet read in one go kept it busy for half a second.
 */
export const ROWS_PER_TASK = 5000;

/** Ends the current task; the caller goes on in a new one. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
