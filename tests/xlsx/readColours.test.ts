import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { check } from "../../src/domain";
import { openWorkbook } from "../../src/xlsx/xlsxFile";
import { gridsOf } from "../builders";
import { annualWorkbook, annualWorkbookFilled } from "../fixtures/annual";

const FIXTURES = path.resolve(__dirname, "../fixtures");

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-colours-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A sheet of outputs whose light cells B2 and C2 the test colours as it likes. */
async function lightsFile(paint: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Output");
  ws.addRow(["Geplande output 2024", "Inhoud", "Geld", "Toelichting"]);
  ws.addRow(["1. Eerste", null, "●"]);
  ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  paint(ws);
  const file = path.join(dir, "lights.xlsx");
  await wb.xlsx.writeFile(file);
  return openWorkbook(file);
}

/** How far two colours are apart: the largest difference of one channel. */
function channelsOff(a: string, b: string): number {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [channels(a), channels(b)];
  return Math.max(...x.map((v, i) => Math.abs(v - y[i])));
}

const solid = (colour: Partial<ExcelJS.Color> & { tint?: number; indexed?: number }): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: colour as Partial<ExcelJS.Color>,
});

describe("reading the colours of lights from a file", () => {
  it.each<[string, ExcelJS.Fill, string, string]>([
    ["an ARGB fill", solid({ argb: "FF00B050" }), "#00B050", "green"],
    // ExcelJS writes the theme of Office 2007: its Accent 6 is orange, its Accent 2 red.
    ["a theme colour, from the workbook's own theme", solid({ theme: 9 }), "#F79646", "orange"],
    // Excel shows Accent 2 "Lighter 40%" as #DA9694; its rounding may differ by one a channel.
    ["a theme colour lightened by a tint", solid({ theme: 5, tint: 0.3999755851924192 }), "#DA9694", "red"],
    ["a colour of the old indexed palette", solid({ indexed: 10 }), "#FF0000", "red"],
  ])("reads %s", async (_name, fill, hex, light) => {
    const opened = await lightsFile((ws) => {
      ws.getCell("B2").fill = fill;
    });
    const [grid] = opened.grids;
    expect(channelsOff(grid.fills![1][1]!, hex)).toBeLessThanOrEqual(1);
    expect(check(opened.grids).annual.outputs.outputs[0].inhoud.light).toBe(light);
  });

  it("reads the colour of a dot's font", async () => {
    const opened = await lightsFile((ws) => {
      ws.getCell("C2").font = { color: { argb: "FFFFC000" } };
    });
    expect(opened.grids[0].fontColors?.[1][2]).toBe("#FFC000");
    expect(check(opened.grids).annual.outputs.outputs[0].geld).toMatchObject({
      light: "orange",
      source: "font",
    });
  });

  it("reads colours only in the light columns: a filled output text has none in the grid", async () => {
    const opened = await lightsFile((ws) => {
      ws.getCell("B2").fill = solid({ argb: "FF00B050" });
    });
    const [grid] = opened.grids;
    expect(grid.fills?.[1][0]).toBeNull();
    expect(grid.fills?.[0]).toEqual([null, null, null, null]);
  });

  it("gives a sheet without outputs no colours at all", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad");
    ws.addRow(["Programma", "Begroting", "Rekening"]);
    ws.getCell("B1").fill = solid({ argb: "FF00B050" });
    const file = path.join(dir, "plain.xlsx");
    await wb.xlsx.writeFile(file);
    const [grid] = (await openWorkbook(file)).grids;
    expect(grid.fills).toBeUndefined();
    expect(grid.fontColors).toBeUndefined();
  });

  it.each([
    ["ipo-2024-annual.xlsx", annualWorkbook],
    ["ipo-2024-annual-filled.xlsx", annualWorkbookFilled],
  ])("finds in the fixture %s what the engine finds in the grids it was built from", async (file, specs) => {
    const fromFile = check((await openWorkbook(path.join(FIXTURES, file))).grids);
    const fromGrids = check(gridsOf(specs()));
    expect(fromFile.annual.outputs.outputs).toEqual(fromGrids.annual.outputs.outputs);
    expect(fromFile.findings).toEqual(fromGrids.findings);
    // Every light read as a colour from the file's fills or dots, or as n.v.t.; none unread.
    const lights = fromFile.annual.outputs.outputs.flatMap((o) => [o.inhoud, o.geld]);
    expect(lights).toHaveLength(48);
    expect(lights.filter((l) => l.light === "unread" || l.light === null)).toEqual([]);
  });
});
