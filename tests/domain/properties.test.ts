import fc from "fast-check";
import { anyLayout, anySeed, smallShape } from "../fixtures/arbitraries";
import { check, toA1 } from "../../src/domain";
import { gridsOf, withCell } from "../builders";
import { generateWorkbook } from "../fixtures/generateWorkbook";

const layout = anyLayout();
const shape = smallShape();

describe("generated workbooks", () => {
  it("with consistent totals give no error and no warning, whatever the layout", () => {
    // What the figures say (a variance without a note, overspends above the tolerance) is no
    // inconsistency: random figures may well say it.
    const aboutContent = new Set(["note.missing", "overspend.over-tolerance"]);
    fc.assert(
      fc.property(shape, layout, anySeed, (s, l, seed) => {
        const { specs } = generateWorkbook(s, l, seed);
        const result = check(gridsOf(specs));
        expect(result.findings.filter((f) => f.severity !== "info" && !aboutContent.has(f.rule))).toEqual([]);
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
        anySeed,
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
