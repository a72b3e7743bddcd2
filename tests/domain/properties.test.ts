import fc from "fast-check";
import { check, toA1 } from "../../src/domain";
import { gridsOf, withCell } from "../builders";
import { generateWorkbook, type Layout } from "../fixtures/generateWorkbook";

const layout: fc.Arbitrary<Layout> = fc.record({
  columnOrder: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
  english: fc.boolean(),
  codesInOwnColumn: fc.boolean(),
  sheetPerProgramme: fc.boolean(),
  withSummary: fc.boolean(),
  amountsAsText: fc.boolean(),
  offsetRows: fc.integer({ min: 0, max: 3 }),
  offsetCols: fc.integer({ min: 0, max: 3 }),
});
const shape = fc.record({
  programmes: fc.integer({ min: 1, max: 4 }),
  partsPerProgramme: fc.integer({ min: 1, max: 3 }),
  linesPerPart: fc.integer({ min: 1, max: 5 }),
});

describe("generated workbooks", () => {
  it("with consistent totals give no error and no warning, whatever the layout", () => {
    fc.assert(
      fc.property(shape, layout, fc.integer({ min: 1, max: 1e6 }), (s, l, seed) => {
        const { specs } = generateWorkbook(s, l, seed);
        const result = check(gridsOf(specs));
        expect(result.findings.filter((f) => f.severity !== "info" && f.rule !== "note.missing")).toEqual([]);
        expect(result.tables.length).toBe(s.programmes + (l.withSummary ? 1 : 0));
      }),
      { numRuns: 150 },
    );
  });

  it("with one amount moved by more than the rounding bound give an error at the right cell", () => {
    fc.assert(
      fc.property(
        shape,
        layout,
        fc.integer({ min: 1, max: 1e6 }),
        fc.nat(),
        fc.integer({ min: 100, max: 1e6 }),
        fc.boolean(),
        (s, l, seed, pick, size, up) => {
          const { specs, amounts } = generateWorkbook(s, l, seed);
          const target = amounts[pick % amounts.length];
          const spec = specs.find((x) => x.name === target.sheet)!;
          const old = spec.rows[target.row][target.col];
          const value =
            (typeof old === "number" ? old : Number(String(old).replace(/\./g, ""))) + (up ? size : -size);
          const moved = specs.map((x) => (x === spec ? withCell(x, target.row, target.col, value) : x));
          const errors = check(gridsOf(moved))
            .findings.filter((f) => f.severity === "error")
            .map((f) => `${f.sheet}!${f.cell}`);
          // A moved total is wrong itself; a moved line makes the total that adds it up wrong.
          const wrong = target.kind === "line" || target.kind === "summary-line" ? target.total! : target;
          expect(errors).toContain(`${wrong.sheet}!${toA1(wrong.row, wrong.col)}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
