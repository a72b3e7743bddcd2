/**
 * The task pane's longest task while it scans and checks, in headless Chromium: the production
 * build with office.js answered by the stand-in (tests/e2e/paneHarness.ts), on the workbook of over
 * 300 tables (`#big`) and on one of 100.000 budget lines (`#huge`). A task of the pane's that runs
 * 200 ms or more is a pane the user sees freeze; Office restarts one that blocks about 5 s. The fake
 * host's own work runs in tasks of its own and is left out: in Office it is Excel's.
 * The browser test (tests/e2e) holds what keeps these short; this measures them.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { CHROMIUM, longestPaneTask, openPane, startPaneSession } from "../tests/e2e/paneHarness";

export interface PaneTasks {
  workbook: string;
  hash: string;
  runs: number;
  /** The longest task of the pane's own in each run, ms; 0 when none ran 50 ms or more (a long task). */
  longestMs: number[];
}

const WORKBOOKS = [
  { workbook: "seed + 30 copies of its programme sheet (over 300 tables)", hash: "#big" },
  { workbook: "100.000 budget lines (the 100k size above)", hash: "#huge" },
];

/** Null when there is no Chromium to run the pane in. */
export async function benchPaneTasks(runs = 3): Promise<PaneTasks[] | null> {
  if (!existsSync(CHROMIUM)) return null;
  // The pane as it is built from this run's sources.
  const build = spawnSync("npm", ["run", "build"], { cwd: path.resolve(__dirname, ".."), encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stdout}${build.stderr}`);
  const session = await startPaneSession();
  try {
    const out: PaneTasks[] = [];
    for (const { workbook, hash } of WORKBOOKS) {
      const longestMs: number[] = [];
      for (let i = 0; i < runs; i++) {
        const { page } = await openPane(session, { hash, observeLongTasks: true });
        await page.getByRole("button", { name: "Werkmap scannen" }).waitFor();
        // From here on: what the stand-in did to set up its workbook does not count.
        const start = await page.evaluate(() => performance.now());
        await page.getByRole("button", { name: "Werkmap scannen" }).click();
        await page.getByRole("heading", { name: /tabellen gevonden/ }).waitFor();
        await page.getByRole("button", { name: "Controleren", exact: true }).first().click();
        await page.getByRole("region", { name: "Samenvatting" }).waitFor();
        const { longest, hostTasks } = await longestPaneTask(page, start);
        if (hostTasks === 0) throw new Error(`The stand-in ran no host task of its own for ${hash}.`);
        longestMs.push(longest);
        await page.close();
      }
      out.push({ workbook, hash, runs, longestMs });
    }
    return out;
  } finally {
    await session.close();
  }
}
