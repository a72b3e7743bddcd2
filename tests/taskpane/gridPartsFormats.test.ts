import { gridParts, joinGridParts, ROWS_PER_MESSAGE } from "../../src/taskpane/engine";
import type { Grid } from "../../src/domain";

describe("grids sent to the engine in slices", () => {
  it("carry the colours of output lights slice by slice, and join back to the same grid", () => {
    const rows = ROWS_PER_MESSAGE + 3;
    const values = Array.from({ length: rows }, (_, r) => [`${r + 1}. Output`, null, "●"]);
    const fills = values.map((_, r) => [null, r % 2 === 0 ? "#00B050" : "#FF0000", null]);
    const fontColors = values.map((_, r) => [null, null, r % 3 === 0 ? "#FFC000" : null]);
    const grid: Grid = { sheet: "Output", topLeft: "A1", values, fills, fontColors };
    const parts = gridParts([grid]);
    expect(parts.map((p) => p.slice.fills?.length)).toEqual([ROWS_PER_MESSAGE, 3]);
    expect(parts[1].slice.fontColors?.[0]).toEqual(fontColors[ROWS_PER_MESSAGE]);
    expect(joinGridParts(parts, 1)).toEqual([grid]);
  });

  it("carry the labels' indents slice by slice: a schedule nested by indentation reads the same in the worker", () => {
    const rows = ROWS_PER_MESSAGE + 2;
    const values = Array.from({ length: rows }, (_, r) => [`Regel ${r + 1}`, r]);
    const indents = values.map((_, r) => [r % 4 === 0 ? null : 1 + (r % 2), null]);
    const grid: Grid = { sheet: "Lasten", topLeft: "A1", values, indents };
    const parts = gridParts([grid]);
    expect(parts.map((p) => p.slice.indents?.length)).toEqual([ROWS_PER_MESSAGE, 2]);
    expect(parts[1].slice.indents?.[1]).toEqual(indents[ROWS_PER_MESSAGE + 1]);
    expect(joinGridParts(parts, 1)).toEqual([grid]);
  });
});
