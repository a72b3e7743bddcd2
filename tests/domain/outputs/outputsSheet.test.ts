import { check } from "../../../src/domain";
import { outputsSheetCells } from "../../../src/domain/annualSheets/outputsSheet";
import { gridsOf } from "../../builders";
import { IPO_OUTPUTS, IPO_PROGRAMMES, outputSheet } from "../../fixtures/annual";
import { seedWorkbook } from "../../fixtures/seed";

describe("the sheet Output per programma", () => {
  const result = check(
    gridsOf([...seedWorkbook(), outputSheet(IPO_OUTPUTS, { programmes: IPO_PROGRAMMES })]),
  );
  const { perProgramme, outputs } = result.annual.outputs;

  it("counts the green, orange and red outputs per programme, with a total", () => {
    const cells = outputsSheetCells(perProgramme, outputs, "nl");
    expect(cells.slice(0, 5).map((r) => r.map((c) => c.value))).toEqual([
      ["Programma", "Naam", "Outputs", "Groen", "Oranje", "Rood", "Zonder kleur"],
      ["1", "Ruimte en Leefbaarheid", 13, 11, 1, 1, 0],
      ["3", "Landelijk Gebied", 10, 6, 1, 3, 0],
      ["10", "Overig", 1, 0, 0, 0, 1],
      ["Totaal", null, 24, 17, 2, 4, 1],
    ]);
    expect(cells[2][5]).toEqual({ value: 3, style: "red" });
  });

  it("lists every orange and red output with its explanation, or says it is missing, linked to its cell", () => {
    const cells = outputsSheetCells(perProgramme, outputs, "en");
    expect(cells[6].map((c) => c.value)).toEqual([
      "Sheet",
      "Cell",
      "Programme",
      "Policy line",
      "Output",
      "Content",
      "Money",
      "Explanation",
    ]);
    const listed = cells
      .slice(7)
      .map((r) => `${r[1].value} ${r[3].value} ${r[5].value}/${r[6].value} ${r[7].value}`);
    expect(listed).toEqual([
      "A14 1.1.2 Green/Red Ad 2. De bijdrage aan het kennisplatform viel hoger uit dan geraamd.",
      "A16 1.1.2 Orange/Green Explanation missing",
      expect.stringMatching(/^A42 3\.1\.1 Red\/Green Ad 2\. 3\. 4\. De gewenste .* Versterking is gewenst/),
      expect.stringMatching(/^A43 3\.1\.1 Red\/Green Ad 2\. 3\. 4\./),
      expect.stringMatching(/^A44 3\.1\.1 Red\/Green Ad 2\. 3\. 4\./),
      "A62 3.1.2 Orange/Green Ad 1. De besluitvorming over het provinciaal wolvenplan is uitgesteld van Q4 2024 naar Q1 2025.",
    ]);
    expect(cells[8][1].link).toEqual({ sheet: "Output", cell: "A16" });
    expect(cells[8][7].style).toBe("warning");
  });
});
