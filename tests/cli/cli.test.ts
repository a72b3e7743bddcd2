import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../../src/cli/runCli";
import { changed } from "../builders";
import { seedWorkbook } from "../fixtures/seed";
import { writeWorkbook } from "../fixtures/writeWorkbook";

const FIXTURE = path.resolve(__dirname, "../fixtures/ipo-2024.xlsx");
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-cli-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    interactive: false,
    now: () => new Date(2025, 5, 12),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const rowValues = (ws: ExcelJS.Worksheet, row: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => {
    const v = ws.getCell(row, from + i).value;
    if (v && typeof v === "object" && "result" in v) return v.result;
    return v && typeof v === "object" && "text" in v ? v.text : v;
  });

describe("stoplicht on the seed workbook", () => {
  it("checks, prints the summary and writes the result without touching the input", async () => {
    const input = path.join(dir, "begroting.xlsx");
    await fs.copyFile(FIXTURE, input);
    const before = sha(input);
    const { code, out } = await run(input);
    expect(code).toBe(0);
    expect(sha(input)).toBe(before);
    // The verdict first, under the title, as the pane leads with it.
    expect(out.split("\n").slice(0, 3)).toEqual([
      `Stoplicht: ${path.relative(process.cwd(), input)}`,
      "Geen fouten. 9 verschillen boven €\u00a050.000 zonder toelichting. 5 andere waarschuwingen.",
      "12 tabellen gevonden (1 overzicht, 10 detail, 1 toelichting)",
    ]);
    expect(out).toContain("Bevindingen: 0 fouten, 14 waarschuwingen, 37 info");
    expect(out).toContain("WAARSCHUWING Overzicht!A5");
    const wb = await read(path.join(dir, "begroting.checked.xlsx"));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Overzicht", "visible"],
      ["Programma's", "visible"],
      ["Programmastructuur", "visible"],
      ["_stoplicht", "veryHidden"],
      ["Controlerapport", "visible"],
      ["Verschillenanalyse", "visible"],
      ["Overschrijdingen", "visible"],
    ]);
    const p = wb.getWorksheet("Programma's")!;
    expect(rowValues(p, 1, 1, 10)).toEqual([
      "Programma / Programmaonderdeel",
      "Rekening 2023",
      "Primitieve begroting 2024",
      "Begroting 2024 na wijziging",
      "Rekening 2024",
      "Verschil",
      "Controle",
      "Verschil %",
      "Stoplicht",
      "Toelichting",
    ]);
    expect(rowValues(p, 5, 1, 9)).toEqual([
      "1.1.3 Water",
      1372537,
      1479962,
      1479962,
      1564204,
      -84242,
      "OK",
      -84242 / 1479962,
      "Rood",
    ]);
    expect(p.getCell("H5").numFmt).toBe("0.0%");
    // The traffic light is coloured by one conditional format per colour over the column's body:
    // a "begins with" rule as Excel writes one, with its text and the formula Excel evaluates.
    const rules = (p as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] })
      .conditionalFormattings;
    expect(rules.find((cf) => cf.ref === "I2:I14")!.rules).toContainEqual(
      expect.objectContaining({
        type: "beginsWith",
        formulae: ['LEFT(I2,LEN("Rood"))="Rood"'],
        style: expect.objectContaining({ fill: expect.objectContaining({ bgColor: { argb: "FFFF5050" } }) }),
      }),
    );
    expect(await sheetXml(path.join(dir, "begroting.checked.xlsx"), "Programma's")).toMatch(
      /<conditionalFormatting sqref="I2:I14">(<cfRule [^>]*>.*?<\/cfRule>)*<cfRule type="beginsWith" dxfId="\d+" priority="\d+" operator="beginsWith" text="Rood"><formula>LEFT\(I2,LEN\(&quot;Rood&quot;\)\)=&quot;Rood&quot;<\/formula><\/cfRule>/,
    );
    expect(p.getColumn("G").width).toBe("Afronding ±€\u00a01".length + 2);
    expect(String(p.getCell("J5").value)).toMatch(/^\[Concept\] Overschrijding van €\u00a084\.242/);
    const report = wb.getWorksheet("Controlerapport")!;
    // A title block naming the workbook checked and the day, then the findings, rules by name.
    expect(report.getCell("A1").value).toBe("Controlerapport");
    expect(report.getCell("A2").value).toBe("Werkmap: begroting.xlsx");
    expect(report.getCell("A3").value).toBe("Gecontroleerd op 12 juni 2025");
    expect(rowValues(report, 8, 1, 5)).toEqual([
      "Waarschuwing",
      "Naam wijkt af",
      "Overzicht",
      "A5",
      "1. Ruimte en Leefbaarheid · Programma",
    ]);
    // The cell links to the finding's cell as a hyperlink into the workbook, as the add-in writes it.
    expect(report.getCell("D8").value).toBe("A5");
    expect(await sheetXml(path.join(dir, "begroting.checked.xlsx"), "Controlerapport")).toContain(
      '<hyperlink ref="D8" location="Overzicht!A5" display="A5"/>',
    );
  });

  it("writes Programma's!H3 of the bundled sample as Excel's =F3/D3: −6.911 / 194.788, shown as −3,5 %", async () => {
    const out = path.join(dir, "sample.xlsx");
    const sample = path.resolve(__dirname, "../../samples/ipo-jaarverslag-2024.xlsx");
    expect((await run(sample, "--out", out)).code).toBe(0);
    const h3 = (await read(out)).getWorksheet("Programma's")!.getCell("H3");
    expect([h3.value, h3.numFmt]).toEqual([-6911 / 194788, "0.0%"]);
    // 0.0% rounds the percentage to one decimal: −3,548 % shows −3,5 %.
    expect(((h3.value as number) * 100).toFixed(1)).toBe("-3.5");
  });

  it("replaces its own columns and sheets when run on its own output: same shape, nothing doubled", async () => {
    // The output under the input's name again, in a folder of its own: the title blocks name the
    // workbook checked, and the same name gives the same sheets.
    await fs.mkdir(path.join(dir, "first"));
    await fs.mkdir(path.join(dir, "second"));
    const first = path.join(dir, "first", path.basename(FIXTURE));
    const second = path.join(dir, "second", path.basename(FIXTURE));
    expect((await run(FIXTURE, "--out", first)).code).toBe(0);
    expect((await run(first, "--out", second)).code).toBe(0);
    const [a, b] = [await read(first), await read(second)];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name)!;
      expect([other.rowCount, other.columnCount]).toEqual([ws.rowCount, ws.columnCount]);
      ws.eachRow((row, r) => expect(other.getRow(r).values).toEqual(row.values));
    }
  });

  it("keeps a user's column right of a table and writes past it", async () => {
    const input = path.join(dir, "eigen.xlsx");
    await writeWorkbook(changed(seedWorkbook(), "Programma's", "G5", "=niet overschrijven"), input);
    expect((await run(input)).code).toBe(0);
    const p = (await read(path.join(dir, "eigen.checked.xlsx"))).getWorksheet("Programma's")!;
    expect(p.getCell("G5").value).toBe("=niet overschrijven");
    expect(rowValues(p, 1, 7, 11)).toEqual([null, "Controle", "Verschil %", "Stoplicht", "Toelichting"]);
  });

  it("keeps text that starts with = as text in everything it writes", async () => {
    const input = path.join(dir, "vijandig.xlsx");
    await writeWorkbook(
      changed(seedWorkbook(), "Programma's", "A3", '=HYPERLINK("http://example.invalid","klik") 1.1.1'),
      input,
    );
    await run(input);
    const wb = await read(path.join(dir, "vijandig.checked.xlsx"));
    // Stoplicht writes no formulas at all (its links are hyperlinks), and the input had none.
    const formulas: string[] = [];
    const hostile: unknown[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${cell.formula}`);
          if (String(cell.value).includes("=HYPERLINK(")) hostile.push(cell.value);
        }),
      ),
    );
    expect(formulas).toEqual([]);
    expect(hostile.length).toBeGreaterThan(0);
    for (const v of hostile) expect(typeof v).toBe("string");
  });

  it("speaks English with --lang en", async () => {
    const { code, out } = await run(FIXTURE, "--lang", "en", "--out", path.join(dir, "en.xlsx"));
    expect(code).toBe(0);
    expect(out).toContain("Findings: 0 errors, 14 warnings, 37 info");
    expect(out).toContain("No errors. 9 variances above €50,000 without an explanation. 5 other warnings.");
    const wb = await read(path.join(dir, "en.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Overzicht",
      "Programma's",
      "Programmastructuur",
      "_stoplicht",
      "Findings",
      "Variance analysis",
      "Overspends",
    ]);
    expect(wb.getWorksheet("Programma's")!.getCell("I5").value).toBe("Red");
  });

  it("writes the JSON report of DESIGN.md with --json, and no workbook with --no-write", async () => {
    const json = path.join(dir, "r.json");
    const { code, out } = await run(FIXTURE, "--json", json, "--no-write", "--threshold", "100000");
    expect(code).toBe(0);
    expect(out).toContain("Niets geschreven (--no-write).");
    const report = JSON.parse(await fs.readFile(json, "utf8"));
    expect(Object.keys(report)).toEqual([
      "version",
      "workbook",
      "tables",
      "findings",
      "summary",
      "variances",
      // Added for the rest of the annual report (issue 18): after the contract's fields.
      "outputs",
      "contribution",
      "overspends",
      // Added for the verdict (issue 17).
      "verdict",
      "overview",
    ]);
    expect(report.verdict).toBe(
      "Geen fouten. 4 verschillen boven €\u00a0100.000 zonder toelichting. 5 andere waarschuwingen.",
    );
    expect(report.overview.programmes[6]).toEqual({
      name: "7 Digitalisering",
      sheet: "Overzicht",
      cell: "A11",
      code: "7",
      variance: 337630,
      currency: "EUR",
      light: "orange",
      errors: 0,
      // Above € 100.000 only its total's variance needs a note; the unlabelled total is the other warning.
      warnings: 2,
      problem: "Toelichting ontbreekt, Totaal zonder omschrijving",
    });
    expect(report.version).toBe(1);
    expect(report.workbook).toBe("ipo-2024.xlsx");
    expect(report.summary).toEqual({ errors: 0, warnings: 9, infos: 37, accepted: 0 });
    expect(report.findings[0]).toMatchObject({
      rule: "structure.name-mismatch",
      severity: "warning",
      sheet: "Overzicht",
      cell: "A5",
    });
    expect(await fs.readdir(dir)).toEqual(["r.json"]);
  });

  it("takes an organisation's note rule as an amount and a percentage: --note-percent with --note-combine", async () => {
    const json = path.join(dir, "r.json");
    const notes = async (...args: string[]) => {
      expect((await run(FIXTURE, "--json", json, "--no-write", ...args)).code).toBe(0);
      const report = JSON.parse(await fs.readFile(json, "utf8"));
      return report.findings
        .filter((f: { rule: string }) => f.rule === "note.missing")
        .map((f: { cell: string }) => f.cell);
    };
    // "Afwijkingen boven 5%, tenzij kleiner dan € 15.000": both limits must be passed.
    const both = await notes("--threshold", "15000", "--note-percent", "5", "--note-combine", "and");
    expect(both).toEqual([
      "F5",
      "F9",
      "F10",
      "F12",
      "F22",
      "F51",
      "F53",
      "F73",
      "F75",
      "F82",
      "F83",
      "F91",
      "F95",
      "F102",
    ]);
    // Either limit: more variances need a note; the default (€ 50.000 alone) fewer.
    expect((await notes("--threshold", "15000", "--note-percent", "5", "--note-combine", "or")).length).toBe(
      30,
    );
    expect(await notes()).toEqual(["F5", "F12", "F22", "F32", "F73", "F75", "F82", "F91", "F102"]);
  });

  it.each([
    ["--note-percent", "veel"],
    ["--note-combine", "beide"],
  ])("refuses %s %s with exit 2 and a sentence", async (option, value) => {
    const { code, err } = await run(FIXTURE, "--no-write", option, value);
    expect(code).toBe(2);
    expect(err).toMatch(/invalid|ongeldig/i);
  });
});

/** The XML of a worksheet of a workbook file, found by its name. */
async function sheetXml(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const escaped = name.replace(/'/g, "&apos;");
  const id = new RegExp(`<sheet [^>]*name="(?:${name}|${escaped})"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  return zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
}

/** The `<definedNames>` element of a workbook file as written, or null when it has none. */
async function definedNamesIn(file: string): Promise<string | null> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  return /<definedNames>[\s\S]*?<\/definedNames>/.exec(xml)?.[0] ?? null;
}

/** Gives a workbook file these defined names, written into its workbook part the way Excel writes them. */
async function giveNames(file: string, names: string[]): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const element = `<definedNames>${names.join("")}</definedNames>`;
  const patched = xml.includes("<definedNames>")
    ? xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, element)
    : xml.replace("<calcPr", `${element}<calcPr`);
  zip.file("xl/workbook.xml", patched);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("defined names", () => {
  // Sheets of the seed workbook: 0 Overzicht, 1 Programma's, 2 Programmastructuur.
  const PRINT_AREA = `<definedName name="_xlnm.Print_Area" localSheetId="1">'Programma''s'!$A$1:$F$20</definedName>`;
  const PRINT_TITLES = `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Programma''s'!$1:$1</definedName>`;
  const NAMES = [
    PRINT_AREA,
    PRINT_TITLES,
    `<definedName name="Drempel">50000</definedName>`,
    `<definedName name="Dyn">OFFSET(Overzicht!$A$1,0,0,COUNTA(Overzicht!$A:$A),1)</definedName>`,
    `<definedName name="LokaalBtw" localSheetId="2">0.21</definedName>`,
  ];
  /** The result sheets' own print titles: their table's header on every page. */
  const titles = (index: number, reference: string, row = 7) =>
    `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${reference}!$${row}:$${row}</definedName>`;
  // The seed overspends: Overschrijdingen follows, its header in its first row.
  const RESULT_TITLES =
    titles(4, "Controlerapport") + titles(5, "Verschillenanalyse") + titles(6, "Overschrijdingen", 1);

  it("keeps constants, formulas and the print area of Programma's as they were, run after run", async () => {
    const input = path.join(dir, "namen.xlsx");
    await fs.copyFile(FIXTURE, input);
    await giveNames(input, NAMES);
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    expect((await run(input, "--out", first)).code).toBe(0);
    // Its own output is a workbook it can read again (exit 0 or 1, not 2 "damaged").
    const again = await run(first, "--out", second);
    expect([again.code, again.err]).toEqual([0, ""]);
    expect(await definedNamesIn(first)).toBe(
      `<definedNames>${NAMES.join("")}${RESULT_TITLES}</definedNames>`,
    );
    expect(await definedNamesIn(second)).toBe(
      `<definedNames>${NAMES.join("")}${RESULT_TITLES}</definedNames>`,
    );
  });

  it("keeps a sheet's names with that sheet, also a result sheet refilled in place, and drops those of a result sheet it deletes", async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await run(FIXTURE, "--out", first)).code).toBe(0);
    // The user adds a sheet after the result sheets and gives it a name of its own, and sets a
    // print area on the Controlerapport: sheets 0-2 the seed's, 3 _stoplicht, 4 Controlerapport,
    // 5 Verschillenanalyse, 6 Overschrijdingen, 7 Bijlage.
    const wb = await read(first);
    wb.addWorksheet("Bijlage").getCell("A1").value = "Onderbouwing";
    const input = path.join(dir, "bijlage.xlsx");
    await wb.xlsx.writeFile(input);
    const REPORT_AREA = `<definedName name="_xlnm.Print_Area" localSheetId="4">Controlerapport!$A$1:$E$10</definedName>`;
    const BRON = `<definedName name="Bron" localSheetId="7">Bijlage!$A$1</definedName>`;
    await giveNames(input, [PRINT_AREA, REPORT_AREA, BRON]);
    const nl = path.join(dir, "nl.xlsx");
    expect((await run(input, "--out", nl)).code).toBe(0);
    // The result sheets are refilled where they are, so every sheet keeps its place and its names.
    expect((await read(nl)).worksheets.map((w) => w.name)).toEqual([
      "Overzicht",
      "Programma's",
      "Programmastructuur",
      "_stoplicht",
      "Controlerapport",
      "Verschillenanalyse",
      "Overschrijdingen",
      "Bijlage",
    ]);
    expect(await definedNamesIn(nl)).toBe(
      `<definedNames>${PRINT_AREA}${REPORT_AREA}${BRON}${RESULT_TITLES}</definedNames>`,
    );
    // In English the Controlerapport gives way to Findings, added at the end: its print area goes
    // with it, and Bijlage moves up to 4.
    const en = path.join(dir, "en.xlsx");
    expect((await run(input, "--out", en, "--lang", "en")).code).toBe(0);
    expect((await read(en)).worksheets.map((w) => w.name)).toEqual([
      "Overzicht",
      "Programma's",
      "Programmastructuur",
      "_stoplicht",
      "Bijlage",
      "Findings",
      "Variance analysis",
      "Overspends",
    ]);
    expect(await definedNamesIn(en)).toBe(
      `<definedNames>${PRINT_AREA}<definedName name="Bron" localSheetId="4">Bijlage!$A$1</definedName>` +
        `${titles(5, "Findings")}${titles(6, "'Variance analysis'")}${titles(7, "Overspends", 1)}</definedNames>`,
    );
  });
});

describe("exit codes", () => {
  it("exits 1 when it finds an error, and names the cell", async () => {
    const input = path.join(dir, "fout.xlsx");
    await writeWorkbook(changed(seedWorkbook(), "Programma's", "E14", 6330874), input);
    const { code, out } = await run(input, "--no-write");
    expect(code).toBe(1);
    expect(out).toContain("FOUT         Programma's!E14");
    expect(out.split("\n")[1]).toMatch(/^1 fout, waaruit \d+ andere fouten? volg/);
  });

  async function expectRefusal(args: string[], message: string): Promise<void> {
    const before = await fs.readdir(dir);
    const { code, err, out } = await run(...args);
    expect([code, err]).toEqual([2, message]);
    expect(out).toBe("");
    expect(await fs.readdir(dir)).toEqual(before);
  }

  it("exits 2 for a missing file", async () => {
    await expectRefusal(
      [path.join(dir, "weg.xlsx")],
      `Het bestand ${path.relative(process.cwd(), path.join(dir, "weg.xlsx"))} bestaat niet.`,
    );
  });

  it.each([
    ["not a zip", Buffer.from("Dit is geen werkmap"), "is geen Excel-werkmap (.xlsx)."],
    [
      "a truncated xlsx",
      readFileSync(FIXTURE).subarray(0, 4000),
      "is beschadigd of onvolledig en kan niet worden gelezen.",
    ],
    [
      "a password-protected xlsx",
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
        Buffer.from("EncryptedPackage", "utf16le"),
      ]),
      "is met een wachtwoord beveiligd; sla het zonder wachtwoord op en probeer opnieuw.",
    ],
  ])("exits 2 for %s with one plain sentence and writes nothing", async (_, bytes, sentence) => {
    const input = path.join(dir, "in.xlsx");
    await fs.writeFile(input, bytes);
    await expectRefusal([input], `${path.relative(process.cwd(), input)} ${sentence}`);
  });

  it("exits 2 for an empty workbook and for one without a budget table", async () => {
    const empty = path.join(dir, "leeg.xlsx");
    await writeWorkbook([{ name: "Blad1", rows: [] }], empty);
    await expectRefusal([empty], `De werkmap ${path.relative(process.cwd(), empty)} is leeg.`);
    const text = path.join(dir, "tekst.xlsx");
    await writeWorkbook([{ name: "Blad1", rows: [["Alleen tekst"], ["Nog meer tekst", "en nog"]] }], text);
    await expectRefusal(
      [text],
      `In ${path.relative(process.cwd(), text)} staat geen begrotingstabel (geen kolommen als Begroting, Rekening, Verschil gevonden).`,
    );
  });

  it("exits 2 and writes nothing when --out names the other kind of workbook than the input is", async () => {
    const macros = path.join(dir, "macro.xlsm");
    await fs.copyFile(path.resolve(__dirname, "../fixtures/features.xlsm"), macros);
    await expectRefusal(
      [macros, "--out", path.join(dir, "uit.xlsx")],
      `${path.relative(process.cwd(), macros)} bevat macro's, en het resultaat houdt ze: kies met --out een naam op .xlsm, anders opent Excel het niet.`,
    );
    await expectRefusal(
      [FIXTURE, "--out", path.join(dir, "uit.xlsm"), "--lang", "en"],
      `${path.relative(process.cwd(), FIXTURE)} holds no macros: choose a name ending in .xlsx with --out, or Excel will not open the result.`,
    );
  });

  it("exits 2 and refuses to write the result over its input", async () => {
    const input = path.join(dir, "zelf.xlsx");
    await fs.copyFile(FIXTURE, input);
    const before = sha(input);
    const { code, err } = await run(input, "--out", input);
    expect(code).toBe(2);
    expect(err).toContain("zou");
    expect(sha(input)).toBe(before);
  });

  it("exits 2 and refuses to write the JSON report over its input: the workbook keeps its bytes", async () => {
    const input = path.join(dir, "zelf.xlsx");
    await fs.copyFile(FIXTURE, input);
    const before = sha(input);
    await expectRefusal(
      [input, "--json", input, "--no-write"],
      `Het rapport zou de werkmap ${path.relative(process.cwd(), input)} zelf overschrijven; kies met --json een ander bestand.`,
    );
    await expectRefusal(
      [input, "--json", input, "--lang", "en"],
      `The report would overwrite the workbook ${path.relative(process.cwd(), input)} itself; choose another file with --json.`,
    );
    expect(sha(input)).toBe(before);
  });

  it("exits 2 and writes nothing when --json names the result workbook, in the user's language", async () => {
    const out = path.join(dir, "uit.xlsx");
    const shownOut = path.relative(process.cwd(), out);
    await expectRefusal(
      [FIXTURE, "--out", out, "--json", out],
      `Het rapport en het resultaat zouden allebei naar ${shownOut} gaan; kies met --json een ander bestand.`,
    );
    await expectRefusal(
      [FIXTURE, "--out", out, "--json", out, "--lang", "en"],
      `The report and the result would both go to ${shownOut}; choose another file with --json.`,
    );
    // Without --out the result goes to <name>.checked.xlsx beside the input.
    const input = path.join(dir, "begroting.xlsx");
    await fs.copyFile(FIXTURE, input);
    const checked = path.join(dir, "begroting.checked.xlsx");
    await expectRefusal(
      [input, "--json", checked],
      `Het rapport en het resultaat zouden allebei naar ${path.relative(process.cwd(), checked)} gaan; kies met --json een ander bestand.`,
    );
  });

  it("exits 2 and writes no report when the workbook cannot be written", async () => {
    const { code, err } = await run(
      FIXTURE,
      "--json",
      path.join(dir, "r.json"),
      "--out",
      path.join(dir, "bestaat-niet", "uit.xlsx"),
    );
    expect(code).toBe(2);
    expect(err).toMatch(
      /^Kan .*uit\.xlsx niet schrijven \(map bestaat niet.*\); er is niets weggeschreven\.$/,
    );
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it("exits 2 and writes no workbook when the report cannot be written", async () => {
    const { code, err } = await run(
      FIXTURE,
      "--json",
      path.join(dir, "bestaat-niet", "r.json"),
      "--out",
      path.join(dir, "uit.xlsx"),
    );
    expect(code).toBe(2);
    expect(err).toMatch(/^Kan .*r\.json niet schrijven \(map bestaat niet.*\); er is niets weggeschreven\.$/);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it("exits 2 when the output cannot be written, and leaves no partial file", async () => {
    const target = path.join(dir, "bestaat-niet", "uit.xlsx");
    const { code, err } = await run(FIXTURE, "--out", target);
    expect(code).toBe(2);
    expect(err).toMatch(/^Kan .*uit\.xlsx niet schrijven \(map bestaat niet/);
    const asFolder = path.join(dir, "map.xlsx");
    await fs.mkdir(asFolder);
    expect((await run(FIXTURE, "--out", asFolder)).code).toBe(2);
    expect((await fs.readdir(dir)).sort()).toEqual(["map.xlsx"]);
    expect(await fs.readdir(asFolder)).toEqual([]);
  });

  // A folder the user may not write to. CI runs as root, whom file permissions do not stop, so
  // the test uses /sys, which refuses even root; elsewhere it says so and skips.
  const readOnly = "/sys";
  const canTestReadOnly = (() => {
    try {
      writeFileSync(path.join(readOnly, ".stoplicht-probe"), "");
      return false;
    } catch (e) {
      return ["EACCES", "EPERM", "EROFS"].includes((e as NodeJS.ErrnoException).code ?? "");
    }
  })();
  if (!canTestReadOnly)
    console.warn("Skipping the read-only folder test: no folder here that refuses writes.");
  (canTestReadOnly ? it : it.skip)(
    "exits 2 for a read-only output folder, naming the reason, and leaves nothing there",
    async () => {
      const before = await fs.readdir(readOnly);
      const { code, err } = await run(FIXTURE, "--out", path.join(readOnly, "uit.xlsx"));
      expect(code).toBe(2);
      expect(err).toBe(
        "Kan /sys/uit.xlsx niet schrijven (geen schrijfrechten / no permission); er is niets weggeschreven.",
      );
      expect(await fs.readdir(readOnly)).toEqual(before);
    },
  );

  it("exits 2 for a bad option", async () => {
    expect((await run(FIXTURE, "--lang", "fr")).code).toBe(2);
    expect((await run(FIXTURE, "--threshold", "veel")).code).toBe(2);
  });

  it("runs as the installed command, with the bundled sample when given no workbook", () => {
    const bin = path.resolve(__dirname, "../../bin/stoplicht.cjs");
    const ok = spawnSync(process.execPath, [bin, "--no-write"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("Stoplicht: samples/ipo-jaarverslag-2024.xlsx");
    const missing = spawnSync(process.execPath, [bin, path.join(dir, "weg.xlsx")], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("starts from the build, compiling no TypeScript", async () => {
    // Lists every module the process loaded, as it exits.
    const preload = path.join(dir, "modules.cjs");
    await fs.writeFile(
      preload,
      "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));",
    );
    const bin = path.resolve(__dirname, "../../bin/stoplicht.cjs");
    const run = spawnSync(process.execPath, ["--require", preload, bin, "--no-write"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const loaded = JSON.parse(run.stderr) as string[];
    expect(loaded).toContain(path.resolve(__dirname, "../../build/cli/stoplicht.cjs"));
    expect(loaded.filter((file) => /\.tsx?$|[/\\]tsx[/\\]/.test(file))).toEqual([]);
  });

  it("says what to run when the command line was never built", async () => {
    // The command as it is in a checkout where `npm ci` has not built it: bin/ without build/ beside it.
    await fs.mkdir(path.join(dir, "bin"));
    const bin = path.join(dir, "bin", "stoplicht.cjs");
    await fs.copyFile(path.resolve(__dirname, "../../bin/stoplicht.cjs"), bin);
    const run = spawnSync(process.execPath, [bin, "--no-write"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`voer \`npm run build:cli\` uit in ${dir}`);
    expect(run.stderr).toContain(`run \`npm run build:cli\` in ${dir}`);
  });
});
