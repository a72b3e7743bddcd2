import path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { check, type WritePlan } from "../../src/domain";
import { applyPlan } from "../../src/xlsx/applyPlan";
import { WorkbookPackage } from "../../src/xlsx/package/workbookPackage";
import { gridsFromWorkbook } from "../../src/xlsx/readXlsx";

const FIXTURE = path.resolve(__dirname, "../fixtures/ipo-2024.xlsx");

async function planned(): Promise<{ pkg: WorkbookPackage; plan: WritePlan }> {
  const data = await fs.readFile(FIXTURE);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return { pkg: await WorkbookPackage.open(data), plan: check(gridsFromWorkbook(wb)).plan };
}

describe("the package writer refuses a plan that breaks its contract", () => {
  it("writes links on result sheets only: a status column holds no hyperlink of Stoplicht's", async () => {
    const { pkg, plan } = await planned();
    const block = plan.blocks[0];
    block.cells[block.headerRows][0] = { value: "A5", link: { sheet: "Overzicht", cell: "A5" } };
    await expect(applyPlan(pkg, plan)).rejects.toThrow("links on result sheets only");
  });

  it("never writes over a sheet of the user's that it was not told to refill", async () => {
    const { pkg, plan } = await planned();
    plan.sheets[0].name = "Programma's";
    await expect(applyPlan(pkg, plan)).rejects.toThrow(
      "The workbook already has a sheet named Programma's: Stoplicht does not write over it",
    );
  });
});
