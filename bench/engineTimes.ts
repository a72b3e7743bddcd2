/**
 * The engine's timings at one size, in a process of its own: the check, the bare pass and the
 * check with its write plan, as means over equal work, taking turns (engineBench.timeTakingTurns). A fresh process per
 * size keeps what an earlier size or benchmark left in the heap (ExcelJS, HyperFormula, the other
 * workbooks) from taxing this one's garbage collections. Prints JSON.
 * Run by bench/run.ts as `node --expose-gc --import tsx bench/engineTimes.ts <lines>`.
 */
import { check } from "../src/domain";
import { SIZES, barePass, engineRun, timeTakingTurns, workbookOfSize } from "./engineBench";

const lines = Number(process.argv[2]);
const size = SIZES.find((s) => s.lines === lines);
if (!size) throw new Error(`No benchmark size of ${lines} lines`);
const grids = workbookOfSize(size.shape);
const runs = Math.round(2_000_000 / lines);
const [engineMs, bareMs] = timeTakingTurns([() => engineRun(grids), () => barePass(grids)], runs);
const [withPlanMs] = timeTakingTurns([() => void check(grids).plan], Math.ceil(runs / 4));
process.stdout.write(JSON.stringify({ engineMs, bareMs, withPlanMs }));
