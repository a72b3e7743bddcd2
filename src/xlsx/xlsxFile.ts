import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Grid, WritePlan } from "../domain";
import { applyPlan } from "./applyPlan";
import { keepInputNames, readInputNames, type InputNames } from "./definedNames";
import { gridsFromWorkbook } from "./readXlsx";
import { assertReadableXlsx, InputFileError } from "./inspectFile";

/** A workbook file read for checking: the grids for the engine and the workbook to write into. */
export interface OpenedWorkbook {
  path: string;
  workbook: ExcelJS.Workbook;
  grids: Grid[];
  /** The input's defined names as the file holds them, for the checked workbook. */
  names: InputNames;
}

/** Reads an .xlsx file; throws InputFileError with a plain sentence when it cannot be read. */
export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  await assertReadableXlsx(file);
  const workbook = new ExcelJS.Workbook();
  let names: InputNames;
  try {
    // Read once: ExcelJS reads the workbook from these bytes, the defined names come from them as
    // they are (ExcelJS's reading loses some), so both describe the same file.
    const data = await fs.readFile(file);
    // ExcelJS types its buffers as ArrayBuffers; in Node it takes and gives Node Buffers.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    names = await readInputNames(await JSZip.loadAsync(data));
  } catch (e) {
    throw new InputFileError("corrupt", file, e);
  }
  return { path: file, workbook, grids: gridsFromWorkbook(workbook), names };
}

/**
 * Writes the plan into a copy of the workbook at `out`. The file appears whole or not at all: it is
 * written to a temporary file beside the target and renamed when complete. Its defined names are
 * the input's own (see definedNames.ts), put back before anything reaches the disk.
 */
export async function writeCheckedWorkbook(
  opened: OpenedWorkbook,
  plan: WritePlan,
  out: string,
): Promise<void> {
  applyPlan(opened.workbook, plan);
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const written = await opened.workbook.xlsx.writeBuffer();
    await fs.writeFile(tmp, await keepInputNames(written as unknown as Buffer, opened.names));
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
