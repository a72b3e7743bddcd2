import { check } from "../../src/domain";
import { afterWrite } from "../afterWrite";
import { gridsOf } from "../builders";
import { annualWorkbook } from "../fixtures/annual";
import { seedWorkbook } from "../fixtures/seed";

const names = (result: ReturnType<typeof check>) => result.plan.sheets.map((s) => `${s.name} (${s.role})`);

describe("the result sheets of the annual report in the write plan", () => {
  const grids = gridsOf(annualWorkbook());
  const first = check(grids);

  it("follow the findings and the variances, each where the workbook has what it shows", () => {
    expect(names(first)).toEqual([
      "Controlerapport (findings)",
      "Verschillenanalyse (variances)",
      "Overschrijdingen (overspends)",
      "Output per programma (outputs)",
      "Bijdrage per provincie (contribution)",
    ]);
    // A workbook without outputs or provinces gets the overspends only.
    expect(names(check(gridsOf(seedWorkbook())))).toEqual([
      "Controlerapport (findings)",
      "Verschillenanalyse (variances)",
      "Overschrijdingen (overspends)",
    ]);
  });

  it("are named in English when asked", () => {
    expect(check(grids, { language: "en" }).plan.sheets.map((s) => s.name)).toEqual([
      "Findings",
      "Variance analysis",
      "Overspends",
      "Outputs per programme",
      "Contribution per province",
    ]);
  });

  it("are recorded, refilled in place when written again, and all taken out by Remove results", () => {
    expect(first.plan.ownership.sheets).toEqual(first.plan.sheets.map((s) => s.name));
    const second = check(afterWrite(grids, first.plan));
    expect(second.plan.sheets).toEqual(first.plan.sheets.map((s) => ({ ...s, refill: true })));
    expect(second.removal.sheets).toEqual(first.plan.sheets.map((s) => s.name));
    // What Stoplicht wrote is never read as the workbook's own: no more tables, outputs or provinces.
    expect(second.tables.length).toBe(first.tables.length);
    expect(second.annual.outputs.outputs).toEqual(first.annual.outputs.outputs);
    expect(second.annual.contribution?.table.sheet).toBe("Bijlage 1");
    expect(second.findings).toEqual(first.findings);
  });

  it("leave a user's sheet of the same name alone", () => {
    const own = [...grids, { sheet: "Bijdrage per provincie", topLeft: "A1", values: [["van mij"]] }];
    expect(
      check(own)
        .plan.sheets.map((s) => s.name)
        .at(-1),
    ).toBe("Bijdrage per provincie (2)");
  });

  it("keep Bijlage 1's columns as wide as its table, not as its notes underneath", () => {
    const sheet = first.plan.sheets.find((s) => s.role === "contribution")!;
    expect(sheet.cells).toHaveLength(1 + 12 + 1 + 4);
    expect(sheet.columnWidths[0]).toBeLessThan(20);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cells[1][1]).toEqual({ value: 0.0652, style: "share" });
    expect(first.plan.styles.share).toEqual({ numberFormat: "0.00%" });
  });
});
