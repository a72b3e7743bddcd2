import { MergedCellsUnknownError, WorkbookChangedError, readWorkbook, removeResults } from "../../src/excel";
import { check } from "../../src/domain";
import { checkAndRemove, checkAndWrite } from "./asThePane";
import { generateWorkbook } from "../fixtures/generateWorkbook";
import { createFakeExcel, installFakeOffice } from "./fakeExcel";
import { seedExcel } from "./workbooks";

describe("Remove results at 100.000 lines", () => {
  // The benchmark's largest workbook: 100 programmes of 1.000 lines, a summary, 7.580 findings. The
  // removal that compared every written cell in one response failed here (7,3 MB over Excel on the
  // web's 5 MB) and left all of it behind.
  it("takes out everything a write put in, within the payload limit, with progress to the end", async () => {
    const { specs } = generateWorkbook(
      { programmes: 100, partsPerProgramme: 20, linesPerPart: 50 },
      undefined,
      42,
    );
    const fake = createFakeExcel({
      sheets: specs.map((s) => ({ name: s.name, values: s.rows, formulas: s.formulas })),
    });
    const before = fake.dump();
    await checkAndWrite(fake);
    const written = fake.dump();
    expect(written.sheets.map((s) => s.name)).toEqual([
      "Overzicht",
      "Programma's",
      "_stoplicht",
      "Controlerapport",
      "Verschillenanalyse",
      "Overschrijdingen",
    ]);
    expect(Object.keys(written.sheets[1].columnWidths).length).toBeGreaterThan(0);

    // The fake host refuses any request or response over 5 MB, as Excel on the web does: a removal
    // that completes kept within the limit (a read it refused is read again in smaller blocks).
    const progress: [number, number][] = [];
    const report = await checkAndRemove(fake, { onProgress: (done, total) => progress.push([done, total]) });

    // Every cell, format, width and sheet as before the first write.
    expect(fake.dump()).toEqual(before);
    expect(report.hadRecord).toBe(true);
    expect(report.regions.length).toBeGreaterThan(100);
    expect(report.sheets).toEqual(["Controlerapport", "Verschillenanalyse", "Overschrijdingen"]);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
  }, 600_000);
});

describe("Remove results", () => {
  it("refuses, with nothing removed, when the workbook changed after the removal was planned", async () => {
    const fake = seedExcel();
    await checkAndWrite(fake);
    const { grids, snapshot } = await readWorkbook(fake.context);
    fake.setCell("Programma's", "A200", "nieuw");
    const before = fake.dump();

    const error = await removeResults(fake.context, check(grids).removal, snapshot).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WorkbookChangedError);
    expect(fake.dump()).toEqual(before);
  });

  it("clears around a merged area the user made over its cells since, and keeps the area's text", async () => {
    const fake = seedExcel();
    const before = fake.dump();
    await checkAndWrite(fake);
    // A remark above the status columns, merged down over Stoplicht's empty cell J3 and across K.
    // Excel refuses to clear part of a merged area: clearing G3:J15 whole would fail.
    fake.setCell("Overzicht", "J2", "Opmerking");
    fake.merge("Overzicht", "J2:K3");

    const report = await checkAndRemove(fake);

    expect(report.kept).toEqual([]);
    const overzicht = fake.dump().sheets.find((s) => s.name === "Overzicht")!;
    expect([overzicht.cells.J2?.value, overzicht.merged]).toEqual(["Opmerking", ["J2:K3"]]);
    const original = before.sheets.find((s) => s.name === "Overzicht")!;
    expect({ ...overzicht.cells, J2: undefined }).toEqual(original.cells);
    expect(overzicht.columnWidths).toEqual({});
    expect(overzicht.conditionalFormats).toEqual([]);
  });

  it("leaves a column width the user changed since, and narrows the others", async () => {
    const fake = seedExcel();
    await checkAndWrite(fake);
    fake.setColumnWidth("Overzicht", 9, 200);

    await checkAndRemove(fake);

    expect(fake.dump().sheets.find((s) => s.name === "Overzicht")!.columnWidths).toEqual({ J: 200 });
  });
});

describe("an Excel without ExcelApi 1.13, which cannot show merged cells", () => {
  const global = globalThis as Record<string, unknown>;
  afterEach(() => delete global.Office);

  it("refuses to write beside the tables, with nothing written, and says why", async () => {
    const fake = seedExcel("1.12");
    installFakeOffice(global, fake);
    const before = fake.dump();

    const error = await checkAndWrite(fake).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MergedCellsUnknownError);
    expect((error as MergedCellsUnknownError).messageIn("nl")).toMatch(
      /samengevoegd.*Er is niets geschreven\.$/,
    );
    expect(fake.dump()).toEqual(before);
  });

  it("still removes what a newer Excel or the command line wrote", async () => {
    const fake = seedExcel();
    const before = fake.dump();
    await checkAndWrite(fake);
    // The workbook opened in an older Excel: Office answers that 1.13 is missing.
    installFakeOffice(global, seedExcel("1.12"));

    await checkAndRemove(fake);

    expect(fake.dump()).toEqual(before);
  });
});
