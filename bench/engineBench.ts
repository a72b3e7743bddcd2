/**
 * Engine benchmarks: the engine against a bare pass over the same cells (the floor) and against
 * the same checks as spreadsheet formulas evaluated by HyperFormula (what a user would build).
 */
import { HyperFormula } from "hyperformula";
import { check, parseAmount, type Grid } from "../src/domain";
import { gridsOf } from "../tests/builders";
import { generateWorkbook, type Shape } from "../tests/fixtures/generateWorkbook";

export const SIZES: { lines: number; shape: Shape }[] = [
  { lines: 1_000, shape: { programmes: 10, partsPerProgramme: 5, linesPerPart: 20 } },
  { lines: 10_000, shape: { programmes: 50, partsPerProgramme: 10, linesPerPart: 20 } },
  { lines: 100_000, shape: { programmes: 100, partsPerProgramme: 20, linesPerPart: 50 } },
];

export function workbookOfSize(shape: Shape): Grid[] {
  return gridsOf(generateWorkbook(shape, undefined, 42).specs);
}

/** Warm-up before timing: long enough for the JIT to compile the hot functions at every size. */
const WARM_UP_MS = 500;
const WARM_UP_RUNS = 5;
/** Turns the paired functions take: enough that a slow spell of the machine falls on both alike. */
const ROUNDS = 10;

/**
 * Mean wall time of `runs` calls of each function, in milliseconds, after a warm-up: the steady
 * state of a pane that checks again and again. The functions take turns, `runs / ROUNDS` calls at a
 * time, so that a ratio of two of them compares the same minutes of a shared machine: timed one
 * after the other, a slow spell in one half made the engine ÷ bare pass ratio swing from 2× to 4×
 * between runs of the same code. The mean, not the median: a call either meets a garbage
 * collection or not, and at 10k lines about every other one does, so the median jumps between the
 * two while the mean charges each call its share. Give every size about the same number of lines in
 * all, so that each pays for its collections alike. With `--expose-gc` (as `npm run bench` runs)
 * the heap is collected once before the timed turns, not between them: a collection there would
 * take each turn's garbage off its bill.
 */
export function timeTakingTurns(fns: (() => void)[], runs: number): number[] {
  for (const fn of fns) {
    const start = performance.now();
    for (let i = 0; i < WARM_UP_RUNS || performance.now() - start < WARM_UP_MS; i++) fn();
  }
  (globalThis as { gc?: () => void }).gc?.();
  const perTurn = Math.max(1, Math.round(runs / ROUNDS));
  const totals = fns.map(() => 0n);
  for (let round = 0; round < ROUNDS; round++) {
    fns.forEach((fn, k) => {
      const t = process.hrtime.bigint();
      for (let i = 0; i < perTurn; i++) fn();
      totals[k] += process.hrtime.bigint() - t;
    });
  }
  return totals.map((total) => Number(total) / 1e6 / (perTurn * ROUNDS));
}

/** One pass that reads every cell as an amount, as any check must at least do. */
export function barePass(grids: Grid[]): number {
  let sum = 0;
  for (const g of grids) {
    for (const row of g.values) {
      for (const v of row) {
        const a = parseAmount(v);
        if (a.kind === "number" || a.kind === "text") sum += a.cents;
      }
    }
  }
  return sum;
}

/**
 * The same checks written as formulas next to the data: per line and total the variance check
 * `=D−E−F`, per total a SUMIF over the codes of its programme per amount column. Returns the
 * number of formulas evaluated.
 */
export function formulaApproach(grids: Grid[]): { ms: number; formulas: number } {
  const sheet = grids.find((g) => g.sheet === "Programma's")!;
  const rows = sheet.values;
  const n = rows.length;
  const data: (string | number | null)[][] = [];
  let formulas = 0;
  rows.forEach((row, i) => {
    const out: (string | number | null)[] = row.map((v) =>
      typeof v === "number" || typeof v === "string" ? v : null,
    );
    const label = typeof row[0] === "string" ? row[0] : "";
    const code = /^(\d+(?:\.\d+)*)/.exec(label)?.[1] ?? /^Totaal (\d+)\./.exec(label)?.[1] ?? "";
    out[6] = code;
    if (typeof row[3] === "number") {
      out[7] = `=D${i + 1}-E${i + 1}-F${i + 1}`;
      formulas++;
    }
    const total = /^Totaal (\d+)\./.exec(label);
    if (total) {
      ["B", "C", "D", "E", "F"].forEach((c, k) => {
        out[8 + k] = `=SUMIF($G$1:$G$${n},"${total[1]}.*.*",${c}$1:${c}$${n})-${c}${i + 1}`;
        formulas++;
      });
    }
    data.push(out);
  });
  const t = process.hrtime.bigint();
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", useWildcards: true });
  hf.getSheetValues(0);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  hf.destroy();
  return { ms, formulas };
}

export function engineRun(grids: Grid[]): void {
  check(grids);
}
