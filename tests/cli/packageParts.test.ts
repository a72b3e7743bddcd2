import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { check, readOwnership, regionBounds } from "../../src/domain";
import { runCli } from "../../src/cli/runCli";
import { gridsFromWorkbook } from "../../src/xlsx/readXlsx";

// The checked workbook is the input's package with only the plan's changes: charts, pivot tables,
// images, comments, validations, conditional formats, custom XML and macros arrive byte for byte.

const FIXTURES = path.resolve(__dirname, "../fixtures");
let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-parts-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await runCli(args, {
    out: () => undefined,
    err: (l) => err.push(l),
    interactive: false,
    now: () => new Date(2025, 5, 12),
  });
  return { code, err: err.join("\n") };
}

/** Every file of a zip package with its (uncompressed) bytes. */
async function entriesOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("nodebuffer"));
  return out;
}

/** The worksheet part of each named sheet, read from the package's workbook part and its relationships. */
function sheetParts(entries: Map<string, Buffer>, names: string[]): string[] {
  const workbook = entries.get("xl/workbook.xml")!.toString("utf8");
  const rels = entries.get("xl/_rels/workbook.xml.rels")!.toString("utf8");
  return names.map((name) => {
    const escaped = name.replace(/'/g, "&apos;");
    const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
    const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    return `xl/${target.replace(/^\/?xl\//, "")}`;
  });
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The entries whose bytes differ between two packages (both must hold them). */
function changedEntries(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  return [...a].filter(([name, bytes]) => b.has(name) && !bytes.equals(b.get(name)!)).map(([name]) => name);
}

const WRITTEN_PARTS = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/workbook.xml",
];

describe.each([
  ["features.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
  ["features.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"],
])("the checked workbook of %s", (fixture, workbookType) => {
  const input = path.join(FIXTURES, fixture);
  const checked = () => path.join(dir, fixture.replace(/\.(xlsx|xlsm)$/, ".checked.$1"));

  it("holds every part of the input, each byte for byte unless the plan writes into it", async () => {
    const source = path.join(dir, fixture);
    await fs.copyFile(input, source);
    expect((await run(source)).code).toBe(0);
    const [before, after] = [await entriesOf(input), await entriesOf(checked())];
    // The fixture holds what the test is about.
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/chartsheets/sheet1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/media/image1.png",
      "xl/comments2.xml",
      "customXml/item1.xml",
      ...(fixture.endsWith(".xlsm") ? ["xl/vbaProject.bin"] : []),
    ])
      expect(before.has(part)).toBe(true);

    expect([...before.keys()].filter((name) => !after.has(name))).toEqual([]);
    const plan = check(gridsFromWorkbook(await load(input))).plan;
    const statusSheets = [...new Set(plan.blocks.map((b) => b.sheet))];
    expect(statusSheets).toEqual(["Overzicht", "Programma's"]);
    expect(changedEntries(before, after).sort()).toEqual(
      [...sheetParts(before, statusSheets), ...WRITTEN_PARTS].sort(),
    );
    // New: the three result sheets and the record, and nothing else.
    const added = [...after.keys()].filter((name) => !before.has(name));
    expect(added.sort()).toEqual(
      sheetParts(after, ["Controlerapport", "Verschillenanalyse", "Overschrijdingen", "_stoplicht"]).sort(),
    );
    const types = after.get("[Content_Types].xml")!.toString("utf8");
    expect(types).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/>`);
  });

  it("is written again unchanged, part for part, when run on its own output", async () => {
    // Under the input's name again: the result sheets' title blocks name the workbook checked.
    await fs.mkdir(path.join(dir, "first"), { recursive: true });
    await fs.mkdir(path.join(dir, "second"), { recursive: true });
    const first = path.join(dir, "first", path.basename(input));
    const second = path.join(dir, "second", path.basename(input));
    expect((await run(input, "--out", first)).code).toBe(0);
    expect((await run(first, "--out", second)).code).toBe(0);
    const [a, b] = [await entriesOf(first), await entriesOf(second)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(changedEntries(a, b)).toEqual([]);
  });

  it("replaces only its own cells and sheets when a figure changed since the first run", async () => {
    const first = path.join(dir, `first${path.extname(fixture)}`);
    const edited = path.join(dir, `edited${path.extname(fixture)}`);
    const second = path.join(dir, `second${path.extname(fixture)}`);
    expect((await run(input, "--out", first)).code).toBe(0);
    // The user corrects the actuals of 1.2.1 in Excel: E14 of Programma's. A wrong figure now.
    const zip = await JSZip.loadAsync(await fs.readFile(first));
    const [programmes] = sheetParts(await entriesOf(first), ["Programma's"]);
    const xml = await zip.file(programmes)!.async("string");
    const patched = xml.replace(/(<c r="E14"[^>]*><v>)[^<]*(<\/v>)/, "$16330874$2");
    expect(patched).not.toBe(xml);
    zip.file(programmes, patched);
    await fs.writeFile(edited, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

    expect((await run(edited, "--out", second)).code).toBe(1);

    const [a, b] = [await entriesOf(edited), await entriesOf(second)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const ours = sheetParts(a, [
      "Overzicht",
      "Programma's",
      "Controlerapport",
      "Verschillenanalyse",
      "Overschrijdingen",
      "_stoplicht",
    ]);
    const changed = changedEntries(a, b);
    for (const part of changed) expect([...ours, "xl/styles.xml"]).toContain(part);
    expect(changed).toContain(programmes);
    // On the sheets with status columns, every cell outside what Stoplicht recorded is as it was.
    const [wbA, wbB] = [await load(edited), await load(second)];
    const record = [readOwnership(gridsFromWorkbook(wbA))!, readOwnership(gridsFromWorkbook(wbB))!];
    for (const sheet of ["Overzicht", "Programma's"]) {
      const regions = record
        .flatMap((r) => r.regions)
        .filter((r) => r.sheet === sheet)
        .map((r) => regionBounds(r.range)!);
      const outside = (row: number, col: number) =>
        !regions.some((g) => row - 1 >= g.r1 && row - 1 <= g.r2 && col - 1 >= g.c1 && col - 1 <= g.c2);
      const cells = (wb: ExcelJS.Workbook) => {
        const out: Record<string, unknown> = {};
        wb.getWorksheet(sheet)!.eachRow((row, r) =>
          row.eachCell((cell, c) => {
            if (outside(r, c)) out[cell.address] = { v: cell.value, s: cell.style };
          }),
        );
        return out;
      };
      expect(cells(wbB)).toEqual(cells(wbA));
    }
    expect(String(wbB.getWorksheet("Programma's")!.getCell("G14").value)).toMatch(/^FOUT/);
  });
});
