import fc from "fast-check";
import { anyLayout, anySeed, smallShape } from "../fixtures/arbitraries";
import type ExcelJS from "exceljs";
import { check } from "../../src/domain";
import { applyPlan } from "../../src/xlsx/applyPlan";
import { applyRemoval } from "../../src/xlsx/applyRemoval";
import { gridsFromWorkbook } from "../../src/xlsx/readXlsx";
import { generateWorkbook } from "../fixtures/generateWorkbook";
import { workbookOf } from "../fixtures/writeWorkbook";

const layout = anyLayout(2);
const shape = smallShape({ programmes: 3, partsPerProgramme: 2, linesPerPart: 4 });

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
      fc.property(shape, layout, anySeed, (s, l, seed) => {
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
      fc.property(shape, layout, anySeed, (s, l, seed) => {
        const wb = workbookOf(generateWorkbook(s, l, seed).specs);
        const before = snapshot(wb);
        checkAndApply(wb);
        applyRemoval(wb, check(gridsFromWorkbook(wb)).removal);
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
