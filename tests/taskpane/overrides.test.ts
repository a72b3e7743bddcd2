import { check } from "../../src/domain";
import {
  columnRole,
  tableAnchor,
  tableColumnLetters,
  tableKind,
  withOverride,
} from "../../src/taskpane/overrides";
import { gridOf, gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";

const result = check(gridsOf(seedWorkbook()));
const summary = result.tables[0];
const explanation = result.tables[1];

describe("table overrides", () => {
  it("keys a table by its sheet and the A1 of its top-left header cell", () => {
    expect(tableAnchor(summary)).toBe("A3");
    expect(tableColumnLetters(summary)).toEqual(["A", "B", "C", "D", "E", "F"]);
  });

  it("adds, then amends, one entry per table", () => {
    const one = withOverride([], summary, { letter: "B", role: "ignore" });
    expect(one).toEqual([{ sheet: "Overzicht", anchor: "A3", columns: { B: "ignore" } }]);
    const two = withOverride(one, summary, { kind: "detail" });
    expect(two).toEqual([{ sheet: "Overzicht", anchor: "A3", kind: "detail", columns: { B: "ignore" } }]);
    const three = withOverride(two, explanation, { letter: "C", role: "label" });
    expect(three).toHaveLength(2);
    expect(one).toHaveLength(1);
  });

  it("reads the override first, then the detected role, and ignores a column the engine did not use", () => {
    const overrides = { tables: withOverride([], summary, { letter: "B", role: "ignore" }) };
    expect(columnRole(overrides, summary, "B")).toBe("ignore");
    expect(columnRole(overrides, summary, "E")).toBe("actual");
    expect(columnRole(overrides, summary, "Z")).toBe("ignore");
    expect(tableKind(overrides, summary)).toBe("summary");
    expect(tableKind({ tables: withOverride([], summary, { kind: "detail" }) }, summary)).toBe("detail");
  });

  it("is applied by the engine at the next check", () => {
    const tables = withOverride([], summary, { kind: "detail" });
    const next = check(gridsOf(seedWorkbook()), { tables });
    expect(next.tables.find((t) => t.sheet === "Overzicht" && t.range.startsWith("A3:"))?.kind).toBe(
      "detail",
    );
  });

  it("keeps amending the same table after an override moved its left edge", () => {
    const grids = [
      gridOf({
        name: "S",
        rows: [
          [
            "Programma",
            "Begroting 2024",
            "Realisatie 2024",
            "Programma",
            "Begroting 2024",
            "Realisatie 2024",
          ],
          ["1 Ruimte", 100, 90, "1 Ruimte", 100, 90],
          ["Totaal", 100, 90, "Totaal", 100, 90],
        ],
      }),
    ];
    const right = check(grids).tables[1];
    const one = withOverride([], right, { letter: "A", role: "label" });
    const moved = check(grids, { tables: one }).tables[1];
    expect(moved.range).toBe("A1:F3");
    const two = withOverride(one, moved, { letter: "F", role: "ignore" });
    expect(two).toEqual([{ sheet: "S", anchor: "D1", columns: { A: "label", F: "ignore" } }]);
    const [left, after] = check(grids, { tables: two }).tables;
    expect(after.columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:label", "4:amended"]);
    expect(left.columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:label", "1:amended", "2:actual"]);
  });
});
