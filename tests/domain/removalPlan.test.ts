import fc from "fast-check";
import { check, OWNERSHIP_SHEET, type Grid } from "../../src/domain";
import { subtract } from "../../src/domain/rectangles";
import { afterWrite } from "../afterWrite";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";

const grids = gridsOf(seedWorkbook());
const plan = check(grids).plan;

/** The seed after the plan was written, with one sheet changed by the user since. */
function afterWriteAnd(edit: (g: Grid) => Grid = (g) => g): Grid[] {
  return afterWrite(grids, plan).map((g) => (grids.some((x) => x.sheet === g.sheet) ? edit(g) : g));
}

describe("the removal plan", () => {
  it("takes out every region, result sheet and width a write left, then the record", () => {
    const removal = check(afterWriteAnd()).removal;
    expect(removal.regions.map((r) => [r.sheet, r.range, r.clear])).toEqual(
      plan.ownership.regions.map((r) => [r.sheet, r.range, [r.range]]),
    );
    expect(removal.regions[0].resetWidths).toEqual([6, 7, 8, 9]);
    expect(removal.sheets).toEqual(["Controlerapport", "Verschillenanalyse", "Overschrijdingen"]);
    expect(removal.kept).toEqual([]);
    expect(removal.recordSheet).toBe(OWNERSHIP_SHEET);
  });

  it("is empty for a workbook Stoplicht never wrote", () => {
    expect(check(grids).removal).toEqual({ regions: [], sheets: [], kept: [], recordSheet: null });
  });

  it("leaves a merged area the user made over its columns since, with the text in its first cell", () => {
    // A heading merged over the summary's empty first header row, G3:J3 included.
    const merged = afterWriteAnd((g) => (g.sheet === "Overzicht" ? { ...g, merged: ["A3:J3"] } : g));
    const region = check(merged).removal.regions.find((r) => r.sheet === "Overzicht")!;
    expect(region.range).toBe("G3:J15");
    expect(region.clear).toEqual(["G4:J15"]);
  });

  it("leaves a width the user changed since", () => {
    const resized = afterWriteAnd((g) =>
      g.sheet === "Overzicht"
        ? { ...g, columnWidths: [null, null, null, null, null, null, 30, 13, 12, 15] }
        : g,
    );
    expect(check(resized).removal.regions[0].resetWidths).toEqual([7, 8, 9]);
  });

  it("keeps what the user typed over, and says so", () => {
    const typed = afterWriteAnd((g) => {
      if (g.sheet !== "Programma's") return g;
      const values = g.values.map((r) => [...r]);
      values[4][9] = "Hogere kosten door extra metingen.";
      return { ...g, values } as Grid;
    });
    const removal = check(typed).removal;
    expect(removal.kept.map((r) => `${r.sheet}!${r.range}`)).toEqual(["Programma's!G1:J14"]);
    expect(removal.regions.map((r) => r.range)).not.toContain("G1:J14");
  });

  it("skips a region whose sheet was deleted since", () => {
    const gone = afterWriteAnd().filter((g) => g.sheet !== "Overzicht");
    expect(check(gone).removal.regions.map((r) => r.sheet)).not.toContain("Overzicht");
  });
});

describe("subtract", () => {
  const rect = fc
    .tuple(fc.nat(12), fc.nat(12), fc.nat(6), fc.nat(6))
    .map(([r1, c1, h, w]) => ({ r1, c1, r2: r1 + h, c2: c1 + w }));

  it("leaves exactly the cells of the rectangle outside every hole, each once (property)", () => {
    fc.assert(
      fc.property(rect, fc.array(rect, { maxLength: 4 }), (r, holes) => {
        const parts = subtract(r, holes);
        for (let row = r.r1; row <= r.r2; row++)
          for (let col = r.c1; col <= r.c2; col++) {
            const inHole = holes.some((h) => row >= h.r1 && row <= h.r2 && col >= h.c1 && col <= h.c2);
            const covering = parts.filter((p) => row >= p.r1 && row <= p.r2 && col >= p.c1 && col <= p.c2);
            expect(covering.length).toBe(inHole ? 0 : 1);
          }
        for (const p of parts) expect(p.r1 <= p.r2 && p.c1 <= p.c2).toBe(true);
      }),
    );
  });
});
