/**
 * The command line's start-up: the whole `node bin/stoplicht.cjs --no-write` process on the
 * bundled sample (12 tables), against a process that only loads ExcelJS, the floor of any run that
 * reads an .xlsx. And, for comparison, the command as it started before it shipped compiled:
 * through tsx, compiling the TypeScript on every run. The three take turns, run after run, so that
 * a slow spell of a shared machine falls on all of them alike.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildCli } from "../scripts/buildCli";

export interface CliStartup {
  runs: number;
  /** Median wall time of each process, ms. */
  cliMs: number;
  exceljsMs: number;
  tsxMs: number;
  cliOverExceljs: number;
}

const root = path.resolve(__dirname, "..");
const COMMANDS = {
  cli: [path.join(root, "bin", "stoplicht.cjs"), "--no-write"],
  exceljs: ["-e", "require('exceljs')"],
  tsx: ["--import", "tsx", path.join(root, "src", "cli", "main.ts"), "--no-write"],
} as const;

function timeProcess(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${child.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number, d = 0) => Math.round(n * 10 ** d) / 10 ** d;

export async function benchCliStartup(runs = 9): Promise<CliStartup> {
  // The build the command runs, from the sources of this run.
  await buildCli();
  const times = { cli: [] as number[], exceljs: [] as number[], tsx: [] as number[] };
  // One of each first, untimed: the first start reads the files from disk, later ones from the cache.
  for (const args of Object.values(COMMANDS)) timeProcess(args);
  for (let i = 0; i < runs; i++)
    for (const [name, args] of Object.entries(COMMANDS))
      times[name as keyof typeof times].push(timeProcess(args));
  const [cliMs, exceljsMs, tsxMs] = [median(times.cli), median(times.exceljs), median(times.tsx)];
  return {
    runs,
    cliMs: round(cliMs),
    exceljsMs: round(exceljsMs),
    tsxMs: round(tsxMs),
    cliOverExceljs: round(cliMs / exceljsMs, 2),
  };
}
