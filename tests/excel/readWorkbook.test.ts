import { check, type Grid } from "../../src/domain";
import { readWorkbook, UsedRangeTooLargeError } from "../../src/excel";
import { gridOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";
import { createFakeExcel } from "./fakeExcel";
import { budgetExcel, seedExcel } from "./workbooks";

describe("readWorkbook", () => {
  it("reads every seed sheet into the grid the engine's tests use, cell for cell", async () => {
    const { grids } = await readWorkbook(seedExcel().context);

    const expected = seedWorkbook().map((spec) => gridOf(spec));
    expect(grids.map((g) => g.sheet)).toEqual(expected.map((g) => g.sheet));
    grids.forEach((grid, i) => {
      expect(grid.topLeft).toBe("A1");
      expect(grid.values).toEqual(expected[i].values);
      expect(grid.formulas).toBeUndefined();
      expect(grid.numberFormats).toBeUndefined();
      expect(grid.hidden).toBe(false);
    });
  });

  it("reads merged areas and the columns' own widths, in characters", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Blad",
          values: [["Titel"], [], ["a", 1, "opmerking"]],
          merged: ["A1:D1", "C3:E3"],
          columnWidths: [(48 * 7 + 5) * 0.75, null, null, (30 * 7 + 5) * 0.75],
        },
      ],
    });

    const [grid] = (await readWorkbook(fake.context)).grids;

    expect(grid.merged).toEqual(["A1:D1", "C3:E3"]);
    expect(grid.columnWidths?.slice(0, 5)).toEqual([48, null, null, 30, null]);
  });

  describe("the labels' indents", () => {
    // Personeel heads the two lines indented under it; Salarissen was keyed 70.000 for 60.000.
    const values = [
      ["Lasten", "Begroting 2024", "Rekening 2024"],
      ["Personeel", 100000, 110000],
      ["Salarissen", 70000, 65000],
      ["Sociale lasten", 40000, 45000],
      ["Inhuur", 30000, 25000],
      ["Materieel", 50000, 50000],
      ["Huisvesting", 20000, 21000],
      ["Totaal lasten", 200000, 206000],
    ];
    const indents = [[null], [null], [1], [1], [null], [null], [null], [null]];

    it("are read for the label column, cell by cell, and only where a cell has one", async () => {
      const fake = createFakeExcel({ sheets: [{ name: "Lasten", values, indents }] });

      const [grid] = (await readWorkbook(fake.context)).grids;

      expect(grid.indents?.map((row) => row[0])).toEqual([null, null, 1, 1, null, null, null, null]);
      expect(grid.indents?.every((row) => row.slice(1).every((level) => level === null))).toBe(true);
    });

    it("let the check find a line under a heading that does not add up, as it does in the file", async () => {
      const fake = createFakeExcel({ sheets: [{ name: "Lasten", values, indents }] });

      const { grids } = await readWorkbook(fake.context);
      const errors = check(grids).findings.filter((f) => f.severity === "error");

      expect(errors.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
        ["total.mismatch", "B2", 110000, 100000],
      ]);
    });

    it("leave a workbook without indents as it was: no indents in its grids", async () => {
      const [grid] = (await readWorkbook(createFakeExcel({ sheets: [{ name: "Lasten", values }] }).context))
        .grids;

      expect(grid.indents).toBeUndefined();
      expect(check([grid]).findings.filter((f) => f.severity === "error")).toEqual([]);
    });
  });

  it("reads more merged areas than Excel returns at once (512) in bands of rows", async () => {
    const rows = 1200;
    const merged = Array.from({ length: rows / 2 }, (_, i) => `B${2 * i + 1}:C${2 * i + 2}`);
    const fake = createFakeExcel({
      sheets: [{ name: "Blad", values: Array.from({ length: rows }, (_, i) => [`regel ${i + 1}`]), merged }],
    });

    const [grid] = (await readWorkbook(fake.context)).grids;

    expect(grid.merged).toEqual(merged);
  });

  it("finds the same findings as the engine does on the seed's grids", async () => {
    const { grids } = await readWorkbook(seedExcel().context);

    expect(check(grids).findings).toEqual(check(seedWorkbook().map((s) => gridOf(s))).findings);
  });

  it("translates errors, dates, formulas, number formats, text that looks like a formula, and the used range's origin", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Data",
          topLeft: "B3",
          values: [
            ["Label", 12.5, { error: "#N/A" }],
            ["=not a formula", null, { date: "2024-12-31T00:00:00.000Z" }],
            [true, 30, null],
          ],
          formulas: [
            [null, null, null],
            [null, "=B3*2", null],
            [null, "=SUM(C3:C4)", null],
          ],
          numberFormats: [
            [null, "#,##0.00", null],
            [null, null, null],
            [null, "0.0%", null],
          ],
        },
        { name: "Hidden", values: [["x"]], visibility: "VeryHidden" },
        { name: "Empty", values: [] },
      ],
    });

    const { grids } = await readWorkbook(fake.context);

    const expected: Grid[] = [
      {
        sheet: "Data",
        topLeft: "B3",
        values: [
          ["Label", 12.5, { error: "#N/A" }],
          ["=not a formula", null, { date: "2024-12-31T00:00:00.000Z" }],
          [true, 30, null],
        ],
        formulas: [
          [null, null, null],
          [null, "=B3*2", null],
          [null, "=SUM(C3:C4)", null],
        ],
        numberFormats: [
          [null, "#,##0.00", null],
          [null, null, "yyyy-mm-dd"],
          [null, "0.0%", null],
        ],
        hidden: false,
      },
      {
        sheet: "Hidden",
        topLeft: "A1",
        values: [["x"]],
        formulas: undefined,
        numberFormats: undefined,
        hidden: true,
      },
      { sheet: "Empty", topLeft: "A1", values: [], hidden: false },
    ];
    expect(grids).toEqual(expected);
  });

  it("takes the same number of syncs for 10 and for 10.000 rows", async () => {
    const syncs = async (rows: number): Promise<number> => {
      const fake = budgetExcel(rows);
      const { grids } = await readWorkbook(fake.context);
      expect(grids[0].values.length).toBeGreaterThanOrEqual(rows - 3);
      return fake.syncCount;
    };

    const small = await syncs(10);
    const large = await syncs(10_000);

    expect(large).toBe(small);
    // Names, used ranges, values, then merged areas and column widths, then the labels' indents.
    expect(small).toBe(5);
  });

  it("stays under Excel on the web's 5 MB response limit for 100.000 rows by taking more syncs", async () => {
    const fake = budgetExcel(100_000);

    const { grids } = await readWorkbook(fake.context);

    expect(grids[0].values.length).toBe(100_000);
    expect(fake.maxPayload.response).toBeLessThan(5 * 1024 * 1024);
    expect(fake.syncCount).toBeGreaterThan(3);
  });

  it("reads smaller blocks when Excel refuses a response as too large, and returns the same grids", async () => {
    const normal = await readWorkbook(budgetExcel(2_000).context);
    const limited = budgetExcel(2_000);
    limited.setPayloadLimit(60_000);
    const progress: number[] = [];

    const retried = await readWorkbook(limited.context, { onProgress: (done) => progress.push(done) });

    expect(retried.grids).toEqual(normal.grids);
    expect(retried.snapshot).toEqual(normal.snapshot);
    expect(limited.syncCount).toBeGreaterThan(3);
    expect(progress[progress.length - 1]).toBe(normal.grids[0].values.length);
  });

  it("gives the same snapshot for the same workbook and a different one after an edit", async () => {
    const fake = seedExcel();
    const first = await readWorkbook(fake.context);
    const again = await readWorkbook(fake.context);
    fake.setCell("Programma's", "E3", 160325);
    const edited = await readWorkbook(fake.context);

    expect(again.snapshot).toEqual(first.snapshot);
    expect(edited.snapshot.sheets.find((s) => s.name === "Programma's")!.hash).not.toBe(
      first.snapshot.sheets.find((s) => s.name === "Programma's")!.hash,
    );
    expect(edited.snapshot.sheets.find((s) => s.name === "Overzicht")).toEqual(
      first.snapshot.sheets.find((s) => s.name === "Overzicht"),
    );
  });
});

describe("readWorkbook on a sheet used sparsely far out", () => {
  it("refuses at once, naming the sheet and how far it runs, instead of reading block after block", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Ver weg", values: seedWorkbook()[1].rows.slice(0, 14) }],
    });
    fake.setCell("Ver weg", "XFD1048576", "verdwaald");
    const syncsBefore = fake.syncCount;
    const error = await readWorkbook(fake.context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsedRangeTooLargeError);
    expect((error as UsedRangeTooLargeError).messageIn("nl")).toBe(
      'Het gebruikte bereik van blad "Ver weg" loopt tot A1:XFD1048576 (17.179.869.184 cellen): te groot om te lezen. Wis de verre cellen (Ctrl+End laat zien waar) en probeer opnieuw.',
    );
    expect(fake.syncCount - syncsBefore).toBe(2);
  });
});
