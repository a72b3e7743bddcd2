import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Grid, WritePlan } from "../domain";
import { applyPlan } from "./applyPlan";
import { isMacroEnabled } from "./package/macroEnabled";
import { WorkbookPackage } from "./package/workbookPackage";
import { gridsFromWorkbook } from "./readXlsx";
import { assertReadableXlsx, InputFileError } from "./inspectFile";

/** A workbook file read for checking: the grids for the engine and the file's bytes to write into. */
export interface OpenedWorkbook {
  path: string;
  /** The file as read: the checked workbook is this package with the plan's changes. */
  data: Buffer;
  grids: Grid[];
  /** Whether the workbook holds macros (.xlsm): the result keeps them, and must be named .xlsm. */
  macroEnabled: boolean;
}

/** Reads an .xlsx file; throws InputFileError with a plain sentence when it cannot be read. */
export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  await assertReadableXlsx(file);
  const workbook = new ExcelJS.Workbook();
  let data: Buffer;
  let macroEnabled: boolean;
  try {
    // Read once: ExcelJS reads the cells from these bytes, and the result is written into them.
    data = await fs.readFile(file);
    // ExcelJS types its buffers as ArrayBuffers; in Node it takes and gives Node Buffers.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    macroEnabled = await isMacroEnabled(data);
  } catch (e) {
    throw new InputFileError("corrupt", file, e);
  }
  return { path: file, data, grids: gridsFromWorkbook(workbook), macroEnabled };
}

/**
 * Writes the plan into a copy of the workbook at `out`: the input's package with only the plan's
 * changes, every other part byte for byte. The file appears whole or not at all: it is written to
 * a temporary file beside the target and renamed when complete.
 */
export async function writeCheckedWorkbook(
  opened: OpenedWorkbook,
  plan: WritePlan,
  out: string,
): Promise<void> {
  const pkg = await WorkbookPackage.open(opened.data);
  await applyPlan(pkg, plan);
  const bytes = await pkg.save();
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
