/**
 * One workbook file written twice over: through the command line (the package writer's file, read
 * back with ExcelJS and its links from the package) and through the Office adapter on the fake host loaded with the same file.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { check } from "../../src/domain";
import { readWorkbook, writeResults } from "../../src/excel";
import { runCli } from "../../src/cli/runCli";
import { fakeFromWorkbook } from "./fakeFromWorkbook";
import { fileLinks } from "./fileLinks";
import { filePrintTitles } from "./filePrintTitles";
import { viewOfExcelJs, viewOfFake, type WorkbookView } from "./workbookView";

/** The day both write on: the result sheets' title blocks name it. */
export const CHECK_DAY = "2025-06-12";

/** The CLI's output after `runs` runs (each on the previous output, under the input's name), as a view. */
export async function writtenByCli(file: string, runs = 1): Promise<WorkbookView> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-equivalence-"));
  try {
    let input = file;
    for (let i = 1; i <= runs; i++) {
      // The title blocks name the workbook checked: each run's output keeps the input's name.
      await fs.mkdir(path.join(dir, `run${i}`));
      const out = path.join(dir, `run${i}`, path.basename(file));
      const errors: string[] = [];
      const code = await runCli([input, "--out", out], {
        out: () => undefined,
        err: (l) => errors.push(l),
        interactive: false,
        now: () => new Date(`${CHECK_DAY}T12:00:00`),
      });
      if (code === 2) throw new Error(`The CLI refused ${file}: ${errors.join(" ")}`);
      input = out;
    }
    const data = await fs.readFile(input);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    return viewOfExcelJs(wb, await fileLinks(data), await filePrintTitles(data));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The fake host loaded with the file, after `runs` writes as the pane makes them, as a view. */
export async function writtenByOffice(file: string, runs = 1): Promise<WorkbookView> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const fake = fakeFromWorkbook(wb);
  for (let i = 1; i <= runs; i++) {
    const { grids, snapshot } = await readWorkbook(fake.context);
    const about = { workbook: path.basename(file), date: CHECK_DAY };
    await writeResults(fake.context, check(grids, {}, about).plan, snapshot);
  }
  return viewOfFake(fake.dump());
}
