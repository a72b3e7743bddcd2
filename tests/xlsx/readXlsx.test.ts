import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { check } from "../../src/domain";
import { assertReadableXlsx, InputFileError } from "../../src/xlsx/inspectFile";
import { gridsFromWorkbook } from "../../src/xlsx/readXlsx";
import { openWorkbook } from "../../src/xlsx/xlsxFile";
import { PROGRAMMES, programmeRows } from "../fixtures/seed";
import { workbookOf } from "../fixtures/writeWorkbook";

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-xlsx-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Writes an ExcelJS workbook to disk and opens it the way the CLI does. */
async function roundTrip(wb: ExcelJS.Workbook) {
  const file = path.join(dir, "in.xlsx");
  await wb.xlsx.writeFile(file);
  return openWorkbook(file);
}

describe("reading .xlsx files into grids", () => {
  it("reads values, formulas with their cached results, number formats, errors, dates and rich text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad");
    ws.getCell("B2").value = 1234.5;
    ws.getCell("B2").numFmt = "#,##0.00";
    ws.getCell("B3").value = { formula: "B2*2", result: 2469 };
    ws.getCell("B4").value = { formula: "SUM(B2:B3)" } as ExcelJS.CellFormulaValue;
    ws.getCell("B5").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("B6").value = new Date("2024-12-31T00:00:00Z");
    ws.getCell("B7").value = { richText: [{ text: "Totaal " }, { text: "1", font: { bold: true } }] };
    const [grid] = (await roundTrip(wb)).grids;
    expect(grid.topLeft).toBe("B2");
    expect(grid.values.map((r) => r[0])).toEqual([
      1234.5,
      2469,
      null,
      { error: "#REF!" },
      { date: "2024-12-31T00:00:00.000Z" },
      "Totaal 1",
    ]);
    expect(grid.formulas!.map((r) => r[0] ?? null)).toEqual([null, "=B2*2", "=SUM(B2:B3)", null, null, null]);
    expect(grid.numberFormats![0][0]).toBe("#,##0.00");
  });

  it("checks hidden rows and columns like any other: a hidden line still counts in its total", async () => {
    const wb = workbookOf([{ name: "Verborgen", rows: programmeRows(PROGRAMMES[2]) }]);
    const ws = wb.getWorksheet("Verborgen")!;
    ws.getRow(3).hidden = true;
    ws.getColumn(2).hidden = true;
    const result = check((await roundTrip(wb)).grids);
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      "note.missing F5",
      "note.missing F7",
      "total.rounding B7",
    ]);
  });

  it("reads a header merged over two columns", async () => {
    const wb = workbookOf([
      {
        name: "Samengevoegd",
        rows: [
          ["Programma", "Rekening 2023", "Begroting 2024", "Begroting 2024", "Rekening 2024", "Verschil"],
          [null, null, "primitief", "na wijziging", null, null],
          ...programmeRows(PROGRAMMES[2]).slice(1),
        ],
      },
    ]);
    wb.getWorksheet("Samengevoegd")!.mergeCells("C1:D1");
    const result = check((await roundTrip(wb)).grids);
    expect(result.tables[0].columns.map((c) => c.role)).toEqual([
      "label",
      "priorActual",
      "original",
      "amended",
      "actual",
      "variance",
    ]);
  });

  it("reads a sheet used out to XFD1048576 as ragged rows", async () => {
    const wb = workbookOf([{ name: "Ver", rows: programmeRows(PROGRAMMES[2]) }]);
    wb.getWorksheet("Ver")!.getCell("XFD1048576").value = "x";
    const [grid] = (await roundTrip(wb)).grids;
    expect(grid.values).toHaveLength(1_048_576);
    expect(grid.values[1_048_575]).toHaveLength(16_384);
    expect(grid.values[100]).toHaveLength(0);
    expect(check([grid]).tables.map((t) => t.range)).toEqual(["A1:F7"]);
  });

  it("marks hidden sheets", () => {
    const wb = workbookOf([
      { name: "Zichtbaar", rows: [["a"]] },
      { name: "Verstopt", rows: [["b"]], hidden: true },
    ]);
    expect(gridsFromWorkbook(wb).map((g) => [g.sheet, g.hidden])).toEqual([
      ["Zichtbaar", false],
      ["Verstopt", true],
    ]);
  });
});

describe("files that are refused before ExcelJS reads them", () => {
  it("refuses a zip bomb: an entry that unpacks far beyond its size", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(60 * 1024 * 1024, 0x20));
    const file = path.join(dir, "bom.xlsx");
    await fs.writeFile(
      file,
      await zip.generateAsync({
        type: "nodebuffer",
        compression: "DEFLATE",
        compressionOptions: { level: 9 },
      }),
    );
    expect((await fs.stat(file)).size).toBeLessThan(200 * 1024);
    await expect(assertReadableXlsx(file)).rejects.toMatchObject({ problem: "zip-bomb" });
  });

  it("refuses an old .xls (a compound file without an encrypted package)", async () => {
    const file = path.join(dir, "oud.xls");
    await fs.writeFile(
      file,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
    );
    await expect(assertReadableXlsx(file)).rejects.toEqual(new InputFileError("legacy-xls", file));
  });

  it("refuses a zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hallo");
    const file = path.join(dir, "ander.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    await expect(assertReadableXlsx(file)).rejects.toMatchObject({ problem: "not-xlsx" });
  });
});
