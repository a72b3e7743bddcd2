import { check } from "../../src/domain";
import {
  OccupiedCellsError,
  ProtectedSheetError,
  readWorkbook,
  SheetExistsError,
  WorkbookChangedError,
  writeResults,
  WriteFailedError,
  type WriteProgress,
} from "../../src/excel";
import { checkAndRemove, checkAndWrite } from "./asThePane";
import type { FakeExcel, WorkbookDump } from "./fakeExcel";
import { budgetExcel, seedExcel } from "./workbooks";

/** The cells of the sheets that were there before the write, restricted to the addresses they had. */
function inputCells(before: WorkbookDump, after: WorkbookDump): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of before.sheets) {
    const now = after.sheets.find((s) => s.name === sheet.name);
    for (const address of Object.keys(sheet.cells)) out[`${sheet.name}!${address}`] = now?.cells[address];
  }
  return out;
}

function allInputCells(dump: WorkbookDump): Record<string, unknown> {
  return inputCells(dump, dump);
}

describe("writeResults on the seed workbook", () => {
  it("writes the status columns, the result sheets and the record, and says so", async () => {
    const fake = seedExcel();

    const report = await checkAndWrite(fake);

    expect(fake.sheetNames()).toEqual([
      "Overzicht",
      "Programma's",
      "Programmastructuur",
      "_stoplicht",
      "Controlerapport",
      "Verschillenanalyse",
      "Overschrijdingen",
    ]);
    expect(report.blocks[0]).toEqual({
      sheet: "Overzicht",
      range: "G3:J15",
      kinds: ["check", "variancePct", "light", "draft"],
      cells: 37,
    });
    expect(report.sheets.map((s) => s.name)).toEqual([
      "Controlerapport",
      "Verschillenanalyse",
      "Overschrijdingen",
    ]);
    expect(report.cleared).toEqual([]);
    expect(fake.cell("Overzicht", "G4")).toEqual({
      value: "Controle",
      type: "String",
      fill: "#D9D9D9",
      font: { bold: true },
    });
    expect(fake.cell("Overzicht", "I4")).toEqual({
      value: "Stoplicht",
      type: "String",
      fill: "#D9D9D9",
      font: { bold: true },
    });
    // Programme 1: budget 6.310.598, actual 6.320.874: overspend of 10.276 = -0,16 %.
    expect(fake.cell("Overzicht", "G5")).toEqual({ value: "OK", type: "String" });
    expect(fake.cell("Overzicht", "H5")).toEqual({
      value: -10276 / 6310598,
      type: "Double",
      numberFormat: "0.0%",
    });
    expect(fake.cell("Overzicht", "I5")).toEqual({ value: "Oranje", type: "String" });
    expect(fake.cell("Overzicht", "G13")).toEqual({ value: "Afronding ±€\u00a01", type: "String" });
    // A link is Excel's own hyperlink to the cell, no formula: the file gets a <hyperlink location>.
    expect(fake.cell("Controlerapport", "D9")).toEqual({
      value: "F5",
      type: "String",
      hyperlink: { documentReference: "'Programma''s'!F5", textToDisplay: "F5" },
      font: { color: "#0563C1", underline: "Single" },
    });
    // Status columns as wide as their texts ("Afronding ±€ 1"), in points: 7 px a character plus 5, 0.75 pt a pixel.
    const widths = fake.dump().sheets.find((s) => s.name === "Overzicht")!.columnWidths;
    expect(widths).toEqual({
      G: (16 * 7 + 5) * 0.75,
      H: (13 * 7 + 5) * 0.75,
      I: (12 * 7 + 5) * 0.75,
      J: (15 * 7 + 5) * 0.75,
    });
    // A document to hand on: a title, the message wrapped, landscape, one page wide, its header on every page.
    const controlerapport = fake.dump().sheets.find((s) => s.name === "Controlerapport")!;
    expect(controlerapport.frozenRows).toBe(7);
    expect(fake.cell("Controlerapport", "A1")).toEqual({
      value: "Controlerapport",
      type: "String",
      font: { bold: true, size: 14 },
    });
    expect(fake.cell("Controlerapport", "I9")).toMatchObject({ wrap: true });
    expect(controlerapport.page).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$7:$7",
      centerFooter: "Pagina &P van &N",
    });
    expect(fake.dump().sheets.find((s) => s.name === "_stoplicht")!.visibility).toBe("VeryHidden");
    expect(fake.cell("_stoplicht", "A2")).toEqual({ value: "region", type: "String" });
    expect(fake.cell("_stoplicht", "C2")).toEqual({ value: "G3:J15", type: "String" });
  });

  it("colours the check and light columns with one rule per colour per column, never with cell fills", async () => {
    const fake = seedExcel();

    await checkAndWrite(fake);

    const overzicht = fake.dump().sheets.find((s) => s.name === "Overzicht")!;
    expect(overzicht.conditionalFormats).toEqual([
      {
        range: "G5:G15",
        type: "ContainsText",
        fill: "#E2EFDA",
        rule: { operator: "BeginsWith", text: "OK" },
      },
      {
        range: "G5:G15",
        type: "ContainsText",
        fill: "#FFF2CC",
        rule: { operator: "BeginsWith", text: "Afronding ±€\u00a01" },
      },
      {
        range: "I5:I15",
        type: "ContainsText",
        fill: "#FFC000",
        rule: { operator: "BeginsWith", text: "Oranje" },
      },
      {
        range: "I5:I15",
        type: "ContainsText",
        fill: "#92D050",
        rule: { operator: "BeginsWith", text: "Groen" },
      },
      {
        range: "I5:I15",
        type: "ContainsText",
        fill: "#FF5050",
        rule: { operator: "BeginsWith", text: "Rood" },
      },
    ]);
    for (let row = 5; row <= 15; row++) {
      expect(overzicht.cells[`G${row}`].fill).toBeUndefined();
      expect(overzicht.cells[`I${row}`].fill).toBeUndefined();
    }
  });

  it("leaves every input cell exactly as it was", async () => {
    const fake = seedExcel();
    const before = fake.dump();

    await checkAndWrite(fake);

    expect(inputCells(before, fake.dump())).toEqual(allInputCells(before));
  });

  it("gives the same workbook when written a second time", async () => {
    const fake = seedExcel();
    await checkAndWrite(fake);
    const once = fake.dump();

    const second = await checkAndWrite(fake);

    expect(fake.dump()).toEqual(once);
    expect(second.cleared.length).toBe(11);
    expect(second.deletedSheets).toEqual(["Controlerapport", "Verschillenanalyse", "Overschrijdingen"]);
  });

  it("is undone exactly by Remove results", async () => {
    const fake = seedExcel();
    const before = fake.dump();
    await checkAndWrite(fake);
    await checkAndWrite(fake);

    const removed = await checkAndRemove(fake);

    expect(fake.dump()).toEqual(before);
    expect(removed.sheets).toEqual(["Controlerapport", "Verschillenanalyse", "Overschrijdingen"]);
    expect(removed.regions.length).toBe(11);
  });

  it("is undone by Remove results after the user renamed a sheet it wrote on", async () => {
    const fake = seedExcel();
    await checkAndWrite(fake);
    fake.renameSheet("Programma's", "Programma's 2024");
    const expected = seedExcel();
    expected.renameSheet("Programma's", "Programma's 2024");

    const removed = await checkAndRemove(fake);

    expect(fake.dump()).toEqual(expected.dump());
    expect(removed.kept).toEqual([]);
    expect(new Set(removed.regions.map((r) => r.sheet))).toEqual(new Set(["Overzicht", "Programma's 2024"]));
  });

  it("removes a recorded region a failed write left empty without calling it the user's", async () => {
    const fake = seedExcel();
    const before = fake.dump();
    await checkAndWrite(fake);
    // As a write whose rollback failed too leaves it: recorded, but one region never filled.
    for (let row = 3; row <= 15; row++)
      for (const col of "GHIJ") fake.setCell("Overzicht", `${col}${row}`, null);

    const removed = await checkAndRemove(fake);

    expect(removed.kept).toEqual([]);
    expect(fake.dump()).toEqual(before);
  });

  it("removes nothing from a workbook Stoplicht never wrote", async () => {
    const fake = seedExcel();
    const before = fake.dump();

    expect(await checkAndRemove(fake)).toEqual({
      regions: [],
      sheets: [],
      hadRecord: false,
      kept: [],
    });
    expect(fake.dump()).toEqual(before);
  });

  it.each([
    ["=SUM(A1:A3) te hoog", "an equals sign"],
    ["+31 6 1234 5678 bellen", "a plus sign"],
    ["-5% lager dan begroot", "a minus sign"],
    ["@controller nakijken", "an at sign"],
    ["1-2", "a date-like text"],
    ["50%", "a percentage-like text"],
  ])("keeps a drafted note %j (%s) as text", async (note) => {
    const fake = seedExcel();

    await checkAndWrite(fake, (plan) => {
      plan.blocks[0].cells[2][3] = { value: note, style: "draft" };
    });

    expect(fake.cell("Overzicht", "J5")).toEqual({
      value: note,
      type: "String",
      font: { italic: true, color: "#7F7F7F" },
    });
  });

  it("writes values before formats, with calculation and the add-in's events suspended", async () => {
    const fake = seedExcel();
    const { grids, snapshot } = await readWorkbook(fake.context);
    const { plan } = check(grids);
    const first = fake.writes.length;

    await writeResults(fake.context, plan, snapshot);

    const writes = fake.writes.slice(first);
    const bulk = writes.filter((w) => w.kind !== "enableEvents" && w.kind !== "suspendCalculation");
    expect(bulk.every((w) => !w.eventsEnabled && w.calculationSuspended)).toBe(true);
    expect(fake.eventsEnabled).toBe(true);
    const resultValues = bulk.filter((w) => w.kind === "values" && w.sheet !== "_stoplicht");
    const formats = bulk.filter(
      (w) =>
        w.kind === "numberFormat" ||
        w.kind === "setCellProperties" ||
        w.kind.startsWith("conditionalFormat") ||
        w.kind.startsWith("font") ||
        w.kind === "fill",
    );
    expect(resultValues.length).toBe(plan.blocks.length + plan.sheets.length);
    expect(Math.max(...resultValues.map((w) => bulk.indexOf(w)))).toBeLessThan(
      Math.min(...formats.map((w) => bulk.indexOf(w))),
    );
  });
});

describe("writeResults refuses, with nothing written", () => {
  it("when a sheet it writes to is protected", async () => {
    const fake = seedExcel();
    const { grids, snapshot } = await readWorkbook(fake.context);
    const { plan } = check(grids);
    fake.protect("Programma's");
    const before = fake.dump();
    const writes = fake.writeCount;

    const error = await writeResults(fake.context, plan, snapshot).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProtectedSheetError);
    expect((error as ProtectedSheetError).sheet).toBe("Programma's");
    expect((error as ProtectedSheetError).messageIn("nl")).toBe(
      'Het blad "Programma\'s" is beveiligd. Hef de beveiliging op en probeer het opnieuw; er is niets geschreven.',
    );
    expect(fake.writeCount).toBe(writes);
    expect(fake.dump()).toEqual(before);
  });

  it("when the workbook structure is protected", async () => {
    const fake = seedExcel();
    const { grids, snapshot } = await readWorkbook(fake.context);
    fake.protectStructure();
    const before = fake.dump();

    const error = await writeResults(fake.context, check(grids).plan, snapshot).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProtectedSheetError);
    expect((error as ProtectedSheetError).sheet).toBeNull();
    expect(fake.dump()).toEqual(before);
  });

  it("when a target cell holds the user's content", async () => {
    const fake = seedExcel();
    const before = fake.dump();

    // A plan that puts the first status column over the amounts: column F, "Verschil".
    const error = await checkAndWrite(fake, (plan) => void (plan.blocks[0].col = 5)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OccupiedCellsError);
    expect((error as OccupiedCellsError).sheet).toBe("Overzicht");
    // F4 is the empty second row of the two-row header: only the filled cells are named.
    expect((error as OccupiedCellsError).cells.slice(0, 3)).toEqual(["F3", "F5", "F6"]);
    expect((error as OccupiedCellsError).message).toBe(
      'Sheet "Overzicht" already holds content in F3, F5, F6, F7, F8, …, where Stoplicht would write. Nothing was written.',
    );
    expect(fake.dump()).toEqual(before);
  });

  it("when a result sheet's name belongs to a sheet Stoplicht did not write", async () => {
    const fake = seedExcel();
    const before = fake.dump();

    const error = await checkAndWrite(
      fake,
      (plan) => void (plan.sheets[0].name = "Programmastructuur"),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SheetExistsError);
    expect((error as SheetExistsError).sheet).toBe("Programmastructuur");
    expect(fake.dump()).toEqual(before);
  });

  it("when the workbook changed between the read and the write", async () => {
    const fake = seedExcel();
    const { grids, snapshot } = await readWorkbook(fake.context);
    const { plan } = check(grids);
    fake.setCell("Programma's", "G3", "mijn eigen notitie");
    const before = fake.dump();

    const error = await writeResults(fake.context, plan, snapshot).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WorkbookChangedError);
    expect((error as WorkbookChangedError).sheets).toEqual(["Programma's"]);
    expect(fake.dump()).toEqual(before);
    expect(fake.cell("Programma's", "G3")).toEqual({ value: "mijn eigen notitie", type: "String" });
  });
});

describe("a write that fails half way", () => {
  const RESULT_SHEETS = ["Controlerapport", "Verschillenanalyse", "Overschrijdingen"];

  /** How many writes one uninterrupted write of the seed makes, and the workbook it leaves. */
  async function uninterrupted(
    prepare?: (fake: FakeExcel) => Promise<void>,
  ): Promise<{ writes: number; dump: WorkbookDump }> {
    const fake = seedExcel();
    await prepare?.(fake);
    const { grids, snapshot } = await readWorkbook(fake.context);
    const { plan } = check(grids);
    const start = fake.writeCount;
    await writeResults(fake.context, plan, snapshot);
    return { writes: fake.writeCount - start, dump: fake.dump() };
  }

  it("on any write of a first run leaves the workbook as it was, and a retry writes it whole", async () => {
    const full = await uninterrupted();
    expect(full.writes).toBeGreaterThan(50);
    for (let n = 1; n <= full.writes; n++) {
      const fake = seedExcel();
      const before = fake.dump();
      const { grids, snapshot } = await readWorkbook(fake.context);
      fake.failOnWrite(n);

      const error = await writeResults(fake.context, check(grids).plan, snapshot).catch((e: unknown) => e);

      expect([n, error]).toEqual([n, expect.any(WriteFailedError)]);
      expect([n, (error as WriteFailedError).rolledBack]).toEqual([n, true]);
      expect([n, fake.dump()]).toEqual([n, before]);
      expect([n, fake.eventsEnabled]).toEqual([n, true]);
      await checkAndWrite(fake);
      expect([n, fake.dump()]).toEqual([n, full.dump]);
    }
  });

  it("on any write of a re-run leaves no half-written column, and a retry writes it whole", async () => {
    const full = await uninterrupted(async (fake) => void (await checkAndWrite(fake)));
    const original = seedExcel().dump();
    for (let n = 1; n <= full.writes; n += 3) {
      const fake = seedExcel();
      await checkAndWrite(fake);
      const { grids, snapshot } = await readWorkbook(fake.context);
      fake.failOnWrite(n);

      await expect(writeResults(fake.context, check(grids).plan, snapshot)).rejects.toBeInstanceOf(
        WriteFailedError,
      );

      // The earlier results were being replaced: rolled back means none of Stoplicht's cells
      // remain, but the result sheets keep their place, empty, for the user's references to them.
      // The record claims just those sheets, so that the retry fills them again.
      const dump = fake.dump();
      const ours = [...RESULT_SHEETS, "_stoplicht"];
      expect([n, dump.sheets.filter((sheet) => !ours.includes(sheet.name))]).toEqual([n, original.sheets]);
      const results = dump.sheets.filter((sheet) => RESULT_SHEETS.includes(sheet.name));
      expect([n, results.map((sheet) => [sheet.name, sheet.cells])]).toEqual([
        n,
        [
          ["Controlerapport", {}],
          ["Verschillenanalyse", {}],
          ["Overschrijdingen", {}],
        ],
      ]);
      const record = dump.sheets.find((sheet) => sheet.name === "_stoplicht")!;
      expect([
        n,
        record.visibility,
        ["A2", "B2", "A3", "B3", "A4", "B4"].map((a) => record.cells[a]?.value),
      ]).toEqual([
        n,
        "VeryHidden",
        ["sheet", "Controlerapport", "sheet", "Verschillenanalyse", "sheet", "Overschrijdingen"],
      ]);
      expect([n, Object.keys(record.cells).filter((a) => !/^[A-D][1-4]$/.test(a))]).toEqual([n, []]);
      await checkAndWrite(fake);
      expect([n, fake.dump()]).toEqual([n, full.dump]);
    }
  });

  it("whose rollback fails too is cleaned up exactly by Remove results, thanks to the record written first", async () => {
    const fake = seedExcel();
    const before = fake.dump();
    const { grids, snapshot } = await readWorkbook(fake.context);
    fake.failOnWrite(40);
    // Syncs 1-3 check for changes, 4 writes and fails; 5, the rollback's first, fails as well.
    fake.failOnSync(5);

    const error = await writeResults(fake.context, check(grids).plan, snapshot).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WriteFailedError);
    expect((error as WriteFailedError).rolledBack).toBe(false);
    expect(fake.eventsEnabled).toBe(true);
    expect(fake.dump()).not.toEqual(before);
    await checkAndRemove(fake);
    expect(fake.dump()).toEqual(before);
  });

  it("whose rollback fails too is finished by the next run, which writes the whole workbook", async () => {
    const full = await uninterrupted();
    const fake = seedExcel();
    const { grids, snapshot } = await readWorkbook(fake.context);
    fake.failOnWrite(60);
    fake.failOnSync(5);
    await expect(writeResults(fake.context, check(grids).plan, snapshot)).rejects.toMatchObject({
      rolledBack: false,
    });

    await checkAndWrite(fake);

    expect(fake.dump()).toEqual(full.dump);
  });
});

describe("writeResults at scale", () => {
  async function cycle(rows: number): Promise<{ readSyncs: number; writeSyncs: number; fake: FakeExcel }> {
    const fake = budgetExcel(rows);
    const { grids, snapshot } = await readWorkbook(fake.context);
    const readSyncs = fake.syncCount;
    await writeResults(fake.context, check(grids).plan, snapshot);
    return { readSyncs, writeSyncs: fake.syncCount - readSyncs, fake };
  }

  it("takes the same number of syncs for 10 and for 10.000 rows", async () => {
    const small = await cycle(10);
    const large = await cycle(10_000);

    expect(large.readSyncs).toBe(small.readSyncs);
    expect(large.writeSyncs).toBe(small.writeSyncs);
    // Read: names, used ranges, values, then merged areas and widths, then the labels' indents.
    // Write: the change check's three, then the write.
    expect([small.readSyncs, small.writeSyncs]).toEqual([5, 4]);
    expect(large.fake.maxPayload.request).toBeLessThan(5 * 1024 * 1024);
  });

  it("splits a request Excel refuses as too large and writes the same workbook", async () => {
    const normal = await cycle(2_000);
    const fake = budgetExcel(2_000);
    const { grids, snapshot } = await readWorkbook(fake.context);
    fake.setPayloadLimit(20_000);

    await writeResults(fake.context, check(grids).plan, snapshot);

    expect(fake.dump()).toEqual(normal.fake.dump());
  });
});

describe("writeResults reports where it is", () => {
  it("goes through its stages in order, its steps done only growing to all of them, and names each sheet's role", async () => {
    const fake = seedExcel();
    const { grids, snapshot } = await readWorkbook(fake.context);
    const seen: WriteProgress[] = [];
    // Small requests, so that each stage takes requests of its own as on a large workbook.
    const report = await writeResults(fake.context, check(grids).plan, snapshot, {
      maxRequestBytes: 2_000,
      onProgress: (p) => seen.push(p),
    });
    expect([...new Set(seen.map((p) => p.stage))]).toEqual([
      "verify",
      "clear",
      "values",
      "formats",
      "record",
    ]);
    const batches = seen.filter((p) => p.stage !== "verify");
    const done = batches.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(batches.at(-1)!.done).toBe(batches.at(-1)!.total);
    expect(batches.length).toBeGreaterThan(5);
    expect(report.sheets.map((s) => [s.name, s.role])).toEqual([
      ["Controlerapport", "findings"],
      ["Verschillenanalyse", "variances"],
      ["Overschrijdingen", "overspends"],
    ]);
  });

  it("calls a write of one request by the stage most of it is in", async () => {
    const fake = seedExcel();
    const { grids, snapshot } = await readWorkbook(fake.context);
    const seen: WriteProgress[] = [];
    await writeResults(fake.context, check(grids).plan, snapshot, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => [p.stage, p.done])).toEqual([
      ["verify", 0],
      [expect.stringMatching(/^(values|formats)$/), 0],
      [expect.stringMatching(/^(values|formats)$/), seen.at(-1)!.total],
    ]);
  });
});

describe("cells the user typed over after a write", () => {
  it("are left in place by Remove results, which removes the rest and says what it kept", async () => {
    const fake = seedExcel();
    await checkAndWrite(fake);
    fake.setCell("Programma's", "J5", "Hogere kosten door extra metingen.");
    const report = await checkAndRemove(fake);
    expect(report.kept).toEqual([expect.objectContaining({ sheet: "Programma's", range: "G1:J14" })]);
    expect(fake.cell("Programma's", "J5")?.value).toBe("Hogere kosten door extra metingen.");
    expect(fake.cell("Programma's", "G5")?.value).toBe("OK");
    expect(fake.cell("Programma's", "G17")).toBeUndefined();
    expect(fake.dump().sheets.map((s) => s.name)).toEqual(["Overzicht", "Programma's", "Programmastructuur"]);
  });

  it("are kept by a re-run, which writes its columns past them", async () => {
    const fake = seedExcel();
    await checkAndWrite(fake);
    fake.setCell("Programma's", "J5", "Hogere kosten door extra metingen.");
    await checkAndWrite(fake);
    expect(fake.cell("Programma's", "J5")?.value).toBe("Hogere kosten door extra metingen.");
    expect(fake.cell("Programma's", "K1")?.value).toBe("Controle");
  });
});

describe("a re-run", () => {
  it("empties and refills its result sheets instead of deleting them, so links to them survive", async () => {
    const fake = seedExcel();
    await checkAndWrite(fake);
    const once = fake.dump();
    const before = fake.writes.length;
    await checkAndWrite(fake);
    // The fake logs a deleted sheet without its name: no sheet at all may be deleted.
    expect(fake.writes.slice(before).filter((w) => w.kind === "deleteSheet")).toEqual([]);
    expect(fake.dump()).toEqual(once);
  });
});
