import { spawnSync } from "node:child_process";
import { promises as fs, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";

/**
 * A second, independent reader: LibreOffice opens the workbook Stoplicht wrote and exports every
 * sheet. CI installs it (.ci/run); on a machine without it the test says so and skips.
 */
const soffice = ["soffice", "libreoffice"].find(
  (cmd) => spawnSync(cmd, ["--version"], { encoding: "utf8" }).status === 0,
);
if (!soffice && process.env.CI)
  throw new Error("LibreOffice (soffice) is required in CI: .ci/run installs libreoffice-calc-nogui");
const maybe = soffice ? it : it.skip;
if (!soffice)
  console.warn("Skipping the LibreOffice test: no soffice on PATH (apt-get install libreoffice-calc-nogui).");

/** Has LibreOffice open a workbook and export every sheet as CSV; the files' names, sorted. */
function exportSheets(file: string, dir: string): string[] {
  // Filter options: comma, quote, UTF-8, from row 1, …, -1 = every sheet to its own file.
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  const result = spawnSync(
    soffice!,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      filter,
      "--outdir",
      dir,
      file,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(result.status).toBe(0);
  const stem = path.basename(file).replace(/\.[^.]+$/, "");
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".csv"))
    .sort();
}

maybe("LibreOffice opens the checked workbook and reads the status columns and result sheets", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-lo-"));
  try {
    const out = path.join(dir, "checked.xlsx");
    const code = await runCli([path.resolve(__dirname, "../fixtures/ipo-2024.xlsx"), "--out", out], {
      out: () => undefined,
      err: () => undefined,
      interactive: false,
    });
    expect(code).toBe(0);
    expect(exportSheets(out, dir)).toEqual([
      "checked-Controlerapport.csv",
      "checked-Overschrijdingen.csv",
      "checked-Overzicht.csv",
      "checked-Programma's.csv",
      "checked-Programmastructuur.csv",
      "checked-Verschillenanalyse.csv",
      "checked-_stoplicht.csv",
    ]);
    const programmes = (await fs.readFile(path.join(dir, "checked-Programma's.csv"), "utf8")).split("\n");
    expect(programmes[0]).toBe(
      "Programma / Programmaonderdeel,Rekening 2023,Primitieve begroting 2024,Begroting 2024 na wijziging,Rekening 2024,Verschil,Controle,Verschil %,Stoplicht,Toelichting",
    );
    expect(programmes[4]).toMatch(
      /^1\.1\.3 Water,1372537,1479962,1479962,1564204,-84242,OK,-5\.\d+%,Rood,"\[Concept\] Overschrijding/,
    );
    const report = (await fs.readFile(path.join(dir, "checked-Controlerapport.csv"), "utf8")).split("\n");
    expect(report[0]).toMatch(/^Controlerapport,/);
    expect(report[1]).toMatch(/^Werkmap: ipo-2024\.xlsx,/);
    expect(report[6]).toBe(
      "Ernst,Regel,Blad,Cel,Omschrijving,Verwacht,Werkelijk,Verschil,Melding,Volgt uit,Status",
    );
    expect(report[7]).toMatch(
      /^Waarschuwing,Naam wijkt af,Overzicht,A5,1\. Ruimte en Leefbaarheid · Programma,/,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

/** Has LibreOffice open a workbook and save it as a flat OpenDocument spreadsheet; its XML. */
function asFlatOds(file: string, dir: string): string {
  const result = spawnSync(
    soffice!,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "fods",
      "--outdir",
      dir,
      file,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(result.status).toBe(0);
  return readFileSync(path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, "")}.fods`), "utf8");
}

maybe(
  "LibreOffice colours the status columns by their rules, follows the result sheets' links and prints them as documents",
  async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-lo-"));
    try {
      const out = path.join(dir, "checked.xlsx");
      const code = await runCli([path.resolve(__dirname, "../fixtures/ipo-2024.xlsx"), "--out", out], {
        out: () => undefined,
        err: () => undefined,
        interactive: false,
      });
      expect(code).toBe(0);
      const ods = asFlatOds(out, dir);
      // The traffic light of Programma's: one "begins with" condition per colour over its body.
      const lights =
        /<calcext:conditional-format calcext:target-range-address="&apos;Programma&apos;&apos;s&apos;\.I2:[^"]*\.I14">([\s\S]*?)<\/calcext:conditional-format>/.exec(
          ods,
        );
      expect(lights).not.toBeNull();
      const conditions = [
        ...lights![1].matchAll(
          /apply-style-name="([^"]+)" calcext:value="begins-with\(&quot;(\w+)&quot;\)"/g,
        ),
      ];
      const colourOf = (style: string) =>
        new RegExp(
          `style:display-name="${style}"[^>]*>\\s*<style:table-cell-properties fo:background-color="(#\\w+)"`,
        ).exec(ods)?.[1];
      expect(Object.fromEntries(conditions.map(([, style, text]) => [text, colourOf(style)]))).toEqual({
        Groen: "#92d050",
        Oranje: "#ffc000",
        Rood: "#ff5050",
      });
      // The result sheets print as documents: landscape, one page wide, the table's header on every
      // page, the pages numbered; amounts in euros, messages wrapped.
      for (const sheet of ["Controlerapport", "Verschillenanalyse"]) {
        const table = new RegExp(`<table:table table:name="${sheet}" table:style-name="(\\w+)"`).exec(ods)!;
        const master = new RegExp(
          `style:name="${table[1]}" style:family="table" style:master-page-name="([^"]+)"`,
        ).exec(ods)![1];
        const layout = new RegExp(
          `<style:master-page style:name="${master}"[^>]*style:page-layout-name="(\\w+)"`,
        ).exec(ods)![1];
        const page = new RegExp(
          `<style:page-layout style:name="${layout}">\\s*<style:page-layout-properties([^>]*)>`,
        ).exec(ods)![1];
        expect(page).toContain('style:print-orientation="landscape"');
        expect(page).toContain('style:scale-to-X="1"');
        const body = ods.slice(table.index, ods.indexOf("</table:table>", table.index));
        expect(/<table:table-header-rows>([\s\S]*?)<\/table:table-header-rows>/.exec(body)?.[1]).toContain(
          sheet === "Controlerapport" ? "<text:p>Melding</text:p>" : "<text:p>Toelichting</text:p>",
        );
        const footer = new RegExp(
          `<style:master-page style:name="${master}"[\\s\\S]*?<style:footer>([\\s\\S]*?)</style:footer>`,
        ).exec(ods)![1];
        expect(footer).toMatch(/Pagina .*<text:page-number>.*van .*<text:page-count>/);
      }
      expect(ods).toMatch(/<number:text>€ <\/number:text>/);
      expect(ods).toMatch(/fo:wrap-option="wrap"/);
      // A finding's cell links to that cell of the workbook.
      expect(ods).toContain(`<text:a xlink:href="#Overzicht.A5" xlink:type="simple">A5</text:a>`);
      expect(ods).toContain(
        `<text:a xlink:href="#&apos;Programma&apos;&apos;s&apos;.F5" xlink:type="simple">F5</text:a>`,
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
);

maybe.each(["features.xlsx", "features.xlsm"])(
  "LibreOffice opens the checked %s with its chart sheet, pivot table and Stoplicht's sheets",
  async (fixture) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-lo-"));
    try {
      const out = path.join(dir, `checked${path.extname(fixture)}`);
      const code = await runCli([path.resolve(__dirname, "../fixtures", fixture), "--out", out], {
        out: () => undefined,
        err: () => undefined,
        interactive: false,
      });
      expect(code).toBe(0);
      expect(exportSheets(out, dir)).toEqual([
        "checked-Controlerapport.csv",
        "checked-Draaitabel.csv",
        "checked-Gegevens.csv",
        "checked-Grafiek.csv",
        "checked-Overschrijdingen.csv",
        "checked-Overzicht.csv",
        "checked-Programma's.csv",
        "checked-Programmastructuur.csv",
        "checked-Verschillenanalyse.csv",
        "checked-_stoplicht.csv",
      ]);
      const programmes = (await fs.readFile(path.join(dir, "checked-Programma's.csv"), "utf8")).split("\n");
      expect(programmes[0]).toMatch(/,Verschil,Controle,Verschil %,Stoplicht,Toelichting$/);
      // LibreOffice lays the pivot table out anew from the definition and cache it read: its row
      // header is the field's name, where the cells the file holds say "Rijlabels".
      const pivot = await fs.readFile(path.join(dir, "checked-Draaitabel.csv"), "utf8");
      expect(pivot).toContain("Soort,Som van Aantal");
      expect(pivot).toContain("Baten,1");
      expect(pivot).toContain("Lasten,2");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
);

maybe(
  "LibreOffice reads Bijlage 1, the overspends and the outputs per programme Stoplicht wrote",
  async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-lo-"));
    try {
      const out = path.join(dir, "checked.xlsx");
      const code = await runCli([path.resolve(__dirname, "../fixtures/ipo-2024-annual.xlsx"), "--out", out], {
        out: () => undefined,
        err: () => undefined,
        interactive: false,
      });
      expect(code).toBe(0);
      expect(exportSheets(out, dir)).toEqual(
        expect.arrayContaining([
          "checked-Bijdrage per provincie.csv",
          "checked-Output per programma.csv",
          "checked-Overschrijdingen.csv",
        ]),
      );
      const csv = async (sheet: string) =>
        (await fs.readFile(path.join(dir, `checked-${sheet}.csv`), "utf8")).split("\n");
      const bijlage = await csv("Bijdrage per provincie");
      expect(bijlage[0]).toBe(
        "Provincie,Verdeelsleutel,Bijdrage begroting,Restitutie,Bijdrage op rekeningbasis",
      );
      // The export gives the values as stored (a percentage as such): rows 2–13 the provinces, 14 the total.
      expect(bijlage[1]).toBe("Groningen,6.52%,1861257,45275,1815982");
      expect(bijlage[13]).toBe("Totaal,100%,28546886,694404,27852482");
      const overspends = await csv("Overschrijdingen");
      expect(overspends[1]).toMatch(
        /^Programma,Overzicht,E5,1,Ruimte en Leefbaarheid,6310598,6320874,10276,0,Nee,10276,3\.68\d*%$/,
      );
      const outputs = await csv("Output per programma");
      expect(outputs.slice(0, 3)).toEqual([
        // The list of outputs under the counts is a column wider: an empty field at the end.
        "Programma,Naam,Outputs,Groen,Oranje,Rood,Zonder kleur,",
        "1,Ruimte en Leefbaarheid,13,11,1,1,0,",
        "3,Landelijk Gebied,10,6,1,3,0,",
      ]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
);
