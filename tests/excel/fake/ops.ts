/** What a queued call is, and the sizes and shapes the host measures it by. */

export interface Op {
  /** Set for writes: what the write log calls it, and the sheet it changes (checked for protection). */
  write?: { kind: string; sheet: () => string | null; address?: () => string | null };
  requestBytes: number;
  apply: () => number | void;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
export const WHOLE_SHEET = { r1: 0, c1: 0, r2: 1_048_575, c2: 16_383 };

export function jsonBytes(x: unknown): number {
  return JSON.stringify(x ?? null).length;
}

/** Ends the current task; the caller goes on in a new one. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `1.9` < `1.13`: ExcelApi versions compared as numbers, part by part. */
export function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
