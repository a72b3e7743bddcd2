import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/runCli";
import { gridsFromWorkbook } from "../../src/xlsx/readXlsx";

// Merged areas read as empty in their covered cells, but ExcelJS passes a value written into one
// on to the area's first cell: the user's text. These runs go through the command line, as a user would.

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-merged-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<number> {
  return runCli(args, { out: () => undefined, err: () => undefined, interactive: false });
}

async function read(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet("Begroting")!;
}

/** A programme table with its explanation in E; the one of line 1.1 merged over E2:G2 when `merged`. */
async function budgetWithNotes(file: string, merged = true): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Begroting");
  ws.addRow(["Programma", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil", "Toelichting"]);
  ws.addRow(["1.1 Ruimte", 100000, 20000, 80000, "Onderbesteding door vertraging project Zuidas"]);
  ws.addRow(["1.2 Water", 50000, 60000, -10000, "Hogere kosten"]);
  ws.addRow(["Totaal 1", 150000, 80000, 70000]);
  if (merged) ws.mergeCells("E2:G2");
  await wb.xlsx.writeFile(file);
}

describe("merged cells", () => {
  it("are read as merged areas of the grid", async () => {
    const input = path.join(dir, "in.xlsx");
    await budgetWithNotes(input);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    expect(gridsFromWorkbook(wb)[0].merged).toEqual(["E2:G2"]);
  });

  it("keep the status columns out: they go right of a note merged over three columns", async () => {
    const input = path.join(dir, "in.xlsx");
    const output = path.join(dir, "out.xlsx");
    await budgetWithNotes(input);

    expect(await run(input, "--out", output)).toBe(0);

    const ws = await read(output);
    expect(ws.getCell("E2").value).toBe("Onderbesteding door vertraging project Zuidas");
    expect(ws.getCell("E2").isMerged && ws.getCell("G2").isMerged).toBe(true);
    expect(["H1", "I1", "J1"].map((a) => ws.getCell(a).value)).toEqual([
      "Controle",
      "Verschil %",
      "Stoplicht",
    ]);
    expect(ws.getCell("H2").value).toBe("OK");
  });

  it("keep a heading the user merged over Stoplicht's columns after a first run, when run again", async () => {
    const input = path.join(dir, "in.xlsx");
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Begroting");
    ws.addRow(["Programma", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil"]);
    ws.addRow(["1 Ruimte"]);
    ws.addRow(["1.1 Ruimtelijke ontwikkeling", 100000, 20000, 80000]);
    ws.addRow(["1.2 Water", 50000, 60000, -10000]);
    ws.addRow(["Totaal 1", 150000, 80000, 70000]);
    await wb.xlsx.writeFile(input);
    expect(await run(input, "--out", first)).toBe(0);
    // The user makes the programme heading a banner over the whole row, Stoplicht's empty cells included.
    const checked = new ExcelJS.Workbook();
    await checked.xlsx.readFile(first);
    expect(checked.getWorksheet("Begroting")!.getCell("E1").value).toBe("Controle");
    checked.getWorksheet("Begroting")!.mergeCells("A2:H2");
    await checked.xlsx.writeFile(first);

    expect(await run(first, "--out", second)).toBe(0);

    const after = await read(second);
    expect(after.getCell("A2").value).toBe("1 Ruimte");
    // The merged row now covers the old status columns: the new ones go right of it, the old are gone.
    expect(["E3", "I1", "I3"].map((a) => after.getCell(a).value)).toEqual([null, "Controle", "OK"]);
  });
});
