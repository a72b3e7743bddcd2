import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Grid, WritePlan } from "../domain";
import { applyPlan } from "./applyPlan";
import { gridsFromWorkbook } from "./readXlsx";
import { assertReadableXlsx, InputFileError } from "./inspectFile";

/** A workbook file read for checking: the grids for the engine and the workbook to write into. */
export interface OpenedWorkbook {
  path: string;
  workbook: ExcelJS.Workbook;
  grids: Grid[];
}

/** Reads an .xlsx file; throws InputFileError with a plain sentence when it cannot be read. */
export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  await assertReadableXlsx(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    throw new InputFileError("corrupt", file, e);
  }
  return { path: file, workbook, grids: gridsFromWorkbook(workbook) };
}

/**
 * Writes the plan into a copy of the workbook at `out`. The file appears whole or not at all: it is
 * written to a temporary file beside the target and renamed when complete.
 */
export async function writeCheckedWorkbook(
  opened: OpenedWorkbook,
  plan: WritePlan,
  out: string,
): Promise<void> {
  applyPlan(opened.workbook, plan);
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await opened.workbook.xlsx.writeFile(tmp);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
