/**
 * Syncs and time of one read → check → write cycle of the Excel adapter through the fake host, for
 * generated budgets. The fake enforces Excel on the web's 5 MB payload limit, so the sync count
 * shows what the batching costs: constant while a workbook fits the payload budget, then growing
 * with its size in megabytes, never with its rows one by one.
 *
 * Run: npx tsx bench/excelSyncs.ts
 */
import { check } from "../src/domain";
import { readWorkbook, writeResults } from "../src/excel";
import { createFakeExcel } from "../tests/excel/fakeExcel";
import { budgetSheet } from "./budgetWorkbook";

export interface ExcelSyncsResult {
  rows: number;
  /** All syncs of the cycle: read plus write (the write's change check included). */
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  /** Wall time of the whole cycle, engine included. */
  ms: number;
  checkMs: number;
  findings: number;
}

export async function benchExcelSyncs(rows: number): Promise<ExcelSyncsResult> {
  const fake = createFakeExcel({ sheets: [budgetSheet(rows)] });
  const start = performance.now();
  const { grids, snapshot } = await readWorkbook(fake.context);
  const readSyncs = fake.syncCount;
  const checkStart = performance.now();
  const result = check(grids);
  const checkMs = performance.now() - checkStart;
  await writeResults(fake.context, result.plan, snapshot);
  const ms = performance.now() - start;
  return {
    rows,
    syncs: fake.syncCount,
    readSyncs,
    writeSyncs: fake.syncCount - readSyncs,
    ms: Math.round(ms),
    checkMs: Math.round(checkMs),
    findings: result.findings.length,
  };
}

async function main(): Promise<void> {
  const results: ExcelSyncsResult[] = [];
  for (const rows of [1_000, 10_000, 100_000]) results.push(await benchExcelSyncs(rows));
  console.table(
    results.map((r) => ({
      rows: r.rows,
      syncs: r.syncs,
      "read syncs": r.readSyncs,
      "write syncs": r.writeSyncs,
      findings: r.findings,
      "check ms": r.checkMs,
      "total ms": r.ms,
    })),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
