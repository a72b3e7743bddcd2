/**
 * Peak memory of one check, in a process of its own so that nothing else the benchmark did
 * counts: prints the resident set before the check (workbook generated) and its peak after.
 * Run by bench/run.ts as `node --import tsx bench/peakMemory.ts <lines>`.
 */
import { check } from "../src/domain";
import { SIZES, workbookOfSize } from "./engineBench";

const lines = Number(process.argv[2]);
const size = SIZES.find((s) => s.lines === lines);
if (!size) throw new Error(`No benchmark size of ${lines} lines`);
const grids = workbookOfSize(size.shape);
const before = process.memoryUsage().rss;
const result = check(grids);
void result.plan.blocks.length;
// maxRSS is in kilobytes.
process.stdout.write(
  JSON.stringify({ beforeMB: before / 1024 / 1024, peakMB: process.resourceUsage().maxRSS / 1024 }),
);
