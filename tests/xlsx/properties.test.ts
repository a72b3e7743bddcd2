import fc from "fast-check";
import type ExcelJS from "exceljs";
import { check, readOwnership } from "../../src/domain";
import { applyPlan, removeOwned } from "../../src/xlsx/applyPlan";
import { gridsFromWorkbook } from "../../src/xlsx/readXlsx";
import { generateWorkbook, type Layout } from "../fixtures/generateWorkbook";
import { workbookOf } from "../fixtures/writeWorkbook";

const layout: fc.Arbitrary<Layout> = fc.record({
  columnOrder: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
  english: fc.boolean(),
  codesInOwnColumn: fc.boolean(),
  sheetPerProgramme: fc.boolean(),
  withSummary: fc.boolean(),
  amountsAsText: fc.boolean(),
  offsetRows: fc.integer({ min: 0, max: 2 }),
  offsetCols: fc.integer({ min: 0, max: 2 }),
});
const shape = fc.record({
  programmes: fc.integer({ min: 1, max: 3 }),
  partsPerProgramme: fc.integer({ min: 1, max: 2 }),
  linesPerPart: fc.integer({ min: 1, max: 4 }),
});

/** Every cell's value and style, sheet by sheet: what a user could see change. */
function snapshot(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null)
          out[`${ws.name}!${cell.address}`] = { v: cell.value, s: JSON.stringify(cell.style ?? {}) };
      }),
    ),
  );
  return out;
}

function checkAndApply(wb: ExcelJS.Workbook): void {
  applyPlan(wb, check(gridsFromWorkbook(wb)).plan);
}

describe("the write plan through the ExcelJS adapter, on generated workbooks", () => {
  it("never changes an input cell, and applied twice gives what applied once gave", () => {
    fc.assert(
      fc.property(shape, layout, fc.integer({ min: 1, max: 1e6 }), (s, l, seed) => {
        const wb = workbookOf(generateWorkbook(s, l, seed).specs);
        const before = snapshot(wb);
        checkAndApply(wb);
        const once = snapshot(wb);
        for (const [address, cell] of Object.entries(before)) expect(once[address]).toEqual(cell);
        checkAndApply(wb);
        expect(snapshot(wb)).toEqual(once);
      }),
      { numRuns: 40 },
    );
  });

  it("removes exactly what it wrote", () => {
    fc.assert(
      fc.property(shape, layout, fc.integer({ min: 1, max: 1e6 }), (s, l, seed) => {
        const wb = workbookOf(generateWorkbook(s, l, seed).specs);
        const before = snapshot(wb);
        checkAndApply(wb);
        removeOwned(wb, readOwnership(gridsFromWorkbook(wb)));
        expect(snapshot(wb)).toEqual(before);
        expect(wb.worksheets.map((w) => w.name)).toEqual(
          Object.keys(before)
            .map((k) => k.split("!")[0])
            .filter((n, i, a) => a.indexOf(n) === i),
        );
      }),
      { numRuns: 40 },
    );
  });
});
