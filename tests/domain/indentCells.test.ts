import { indentCells, withIndents, type Grid } from "../../src/domain";

describe("the cells whose indents the check reads", () => {
  const grid: Grid = {
    sheet: "Lasten",
    topLeft: "B3",
    values: [
      ["Lasten", "Begroting", "Rekening", "Toelichting"],
      ["1.1", 10, 12, null],
      ["Personeel", 10, 12, "Meer inhuur"],
      ["Salarissen", 6, 7, null],
      ["Totaal", 16, 19, "Zie boven"],
      [null, 1, 2, 3],
    ],
  };

  it("are the columns where labels outnumber amounts, from their first label to their last", () => {
    // B holds labels (a code alone is none), E the notes under their heading; C and D hold amounts.
    expect(indentCells([grid])).toEqual([{ sheet: "Lasten", ranges: ["B3:B7", "E3:E7"] }]);
  });

  it("are none on a sheet of figures only, or an empty one", () => {
    const figures: Grid = {
      sheet: "Cijfers",
      topLeft: "A1",
      values: [
        [1, 2],
        [3, 4],
        ["Totaal", 10],
      ],
    };
    expect(indentCells([figures, { sheet: "Leeg", topLeft: "A1", values: [] }])).toEqual([]);
  });

  it("are put in place in the grid, and a grid with no indented cell is left as it was", () => {
    const read = [{ range: "B3:B7", indents: [[0], [0], [0], [1], [0]] }];
    expect(withIndents(grid, read).indents?.map((row) => row[0])).toEqual([null, null, null, 1, null, null]);
    expect(withIndents(grid, [{ range: "B3:B7", indents: [[0], [0], [0], [0], [null]] }])).toBe(grid);
  });
});
