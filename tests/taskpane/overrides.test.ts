import { check } from "../../src/domain";
import {
  columnRole,
  tableAnchor,
  tableColumnLetters,
  tableKind,
  withOverride,
} from "../../src/taskpane/overrides";
import { gridsOf } from "../builders";
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
});
