import { check } from "../../src/domain";
import { officeWorkbook } from "../../src/taskpane/officeWorkbook";
import { createFakeExcel, installFakeOffice } from "../excel/fakeExcel";
import { seedWorkbook } from "../fixtures/seed";

/** The pane's gateway over the real adapter and the fake Excel host, as index.tsx wires it in Office. */
function setUp() {
  const fake = createFakeExcel({
    sheets: seedWorkbook().map((s) => ({ name: s.name, values: s.rows, formulas: s.formulas })),
  });
  installFakeOffice(globalThis as unknown as Record<string, unknown>, fake);
  return { fake, workbook: officeWorkbook() };
}

describe("officeWorkbook", () => {
  it("reads grids with progress, writes the plan and reports where, then removes exactly that", async () => {
    const { fake, workbook } = setUp();
    const progress: (number | null)[] = [];
    const { grids, snapshot } = await workbook.read((p) => progress.push(p.fraction));
    expect(grids.map((g) => g.sheet)).toEqual(["Overzicht", "Programma's", "Programmastructuur"]);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f) => f === null || (f >= 0 && f <= 1))).toBe(true);

    const result = check(grids, {});
    const written = await workbook.write(result.plan, snapshot, () => undefined);
    expect(written).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "columns",
          sheet: "Overzicht",
          range: expect.stringMatching(/^G3:/),
        }),
        expect.objectContaining({ kind: "sheet", sheet: "Controlerapport" }),
        expect.objectContaining({ kind: "sheet", sheet: "Verschillenanalyse" }),
      ]),
    );
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["Controlerapport", "Verschillenanalyse"]));

    // As the pane removes: the engine's removal plan of the workbook as it is now.
    const now = await workbook.read(() => undefined);
    const removing: (number | null)[] = [];
    const removed = await workbook.remove(check(now.grids, {}).removal, now.snapshot, (p) =>
      removing.push(p.fraction),
    );
    expect(removed.filter((p) => p.kind === "columns").map((p) => p.range)).toEqual(
      written.filter((p) => p.kind === "columns").map((p) => p.range),
    );
    expect(removing.at(-1)).toBe(1);
    expect(fake.sheetNames()).toEqual(["Overzicht", "Programma's", "Programmastructuur"]);
    const after = await workbook.read(() => undefined);
    expect(await workbook.remove(check(after.grids, {}).removal, after.snapshot, () => undefined)).toEqual(
      [],
    );
  });

  it("selects a cell and round-trips settings through the workbook", async () => {
    const { fake, workbook } = setUp();
    await workbook.selectCell("Programma's", "F12");
    expect(fake.activeSheet).toBe("Programma's");
    expect(fake.selection).toMatch(/F12$/);
    expect(await workbook.loadSettings()).toEqual({});
    await workbook.saveSettings({
      noteThreshold: 15000,
      accepted: [{ rule: "note.missing", sheet: "Overzicht", cell: "F9", reason: "Volgt" }],
    });
    expect(await workbook.loadSettings()).toEqual({
      noteThreshold: 15000,
      accepted: [{ rule: "note.missing", sheet: "Overzicht", cell: "F9", reason: "Volgt" }],
    });
  });
});
