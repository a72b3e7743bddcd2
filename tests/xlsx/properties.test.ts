import fc from "fast-check";
import ExcelJS from "exceljs";
import { anyLayout, anySeed, smallShape } from "../fixtures/arbitraries";
import { check } from "../../src/domain";
import { applyPlan } from "../../src/xlsx/applyPlan";
import { applyRemoval } from "../../src/xlsx/applyRemoval";
import { WorkbookPackage } from "../../src/xlsx/package/workbookPackage";
import { gridsFromWorkbook } from "../../src/xlsx/readXlsx";
import { generateWorkbook, type Layout, type Shape } from "../fixtures/generateWorkbook";
import { workbookOf } from "../fixtures/writeWorkbook";

const layout = anyLayout(2);
const shape = smallShape({ programmes: 3, partsPerProgramme: 2, linesPerPart: 4 });

async function load(file: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  return wb;
}

/** Every cell's value and style, sheet by sheet: what a user could see change. */
function snapshot(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null)
          out[`${ws.name}!${cell.address}`] = { v: cell.value, s: JSON.stringify(cell.style ?? {}) };
      }),
    ),
  );
  return out;
}

/** Per sheet its column widths and conditional formats: what a removal must also put back. */
function looks(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) => {
    const rules = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [];
    out[ws.name] = { widths: (ws.columns ?? []).map((c) => c.width ?? null), rules };
  });
  return out;
}

/** Checks the workbook file and writes the plan into it, as the command line does. */
async function checkAndApply(file: Buffer): Promise<Buffer> {
  const pkg = await WorkbookPackage.open(file);
  await applyPlan(pkg, check(gridsFromWorkbook(await load(file))).plan);
  return pkg.save();
}

async function generated(s: Shape, l: Layout, seed: number): Promise<Buffer> {
  return (await workbookOf(generateWorkbook(s, l, seed).specs).xlsx.writeBuffer()) as unknown as Buffer;
}

describe("the write plan through the package writer, on generated workbooks", () => {
  it("never changes an input cell, and applied twice gives what applied once gave", async () => {
    await fc.assert(
      fc.asyncProperty(shape, layout, anySeed, async (s, l, seed) => {
        const input = await generated(s, l, seed);
        const before = snapshot(await load(input));
        const once = await checkAndApply(input);
        const onceCells = snapshot(await load(once));
        for (const [address, cell] of Object.entries(before)) expect(onceCells[address]).toEqual(cell);
        const twice = await checkAndApply(once);
        expect(snapshot(await load(twice))).toEqual(onceCells);
      }),
      { numRuns: 40 },
    );
  });

  it("removes exactly what it wrote: cells, conditional formats, widths and sheets as before", async () => {
    await fc.assert(
      fc.asyncProperty(shape, layout, anySeed, async (s, l, seed) => {
        const input = await generated(s, l, seed);
        const before = await load(input);
        const written = await checkAndApply(input);
        const pkg = await WorkbookPackage.open(written);
        await applyRemoval(pkg, check(gridsFromWorkbook(await load(written))).removal);
        const after = await load(await pkg.save());
        expect(snapshot(after)).toEqual(snapshot(before));
        expect(looks(after)).toEqual(looks(before));
        expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
      }),
      { numRuns: 40 },
    );
  });
});
