import { check, type Finding } from "../../src/domain";
import { gridOf, gridsOf } from "../builders";
import { generateWorkbook } from "../fixtures/generateWorkbook";
import { seedWorkbook } from "../fixtures/seed";
import {
  codesInOwnColumn,
  dutchTextProgramme,
  englishProgramme,
  reorderedProgramme,
  seedWithFormulas,
  sheetPerProgramme,
} from "../fixtures/variants";

/**
 * Today's fixtures keep their findings while the engine learns other layouts: every finding of each
 * fixture (rule, severity, cell, figures and message), recorded before the engine was reworked.
 */
const line = (f: Finding) =>
  [
    f.severity,
    f.rule,
    `${f.sheet}!${f.cell}`,
    f.expected ?? "",
    f.actual ?? "",
    f.difference ?? "",
    f.message,
  ].join(" | ");

const [summary, , structure] = seedWorkbook();
const FIXTURES: [string, () => ReturnType<typeof gridsOf>][] = [
  ["the seed workbook", () => gridsOf(seedWorkbook())],
  ["the seed with SUM formulas", () => gridsOf(seedWithFormulas())],
  ["an English programme", () => [gridOf(englishProgramme())]],
  ["a programme with its columns reordered", () => [gridOf(reorderedProgramme())]],
  ["one sheet per programme", () => gridsOf([summary, ...sheetPerProgramme(), structure])],
  ["codes in their own column", () => [gridOf(codesInOwnColumn())]],
  ["amounts as Dutch text", () => [gridOf(dutchTextProgramme())]],
  [
    "a generated workbook",
    () => gridsOf(generateWorkbook({ programmes: 3, partsPerProgramme: 2, linesPerPart: 4 }).specs),
  ],
  [
    "a generated English workbook, codes in their own column, one sheet per programme",
    () =>
      gridsOf(
        generateWorkbook(
          { programmes: 2, partsPerProgramme: 3, linesPerPart: 3 },
          {
            columnOrder: [4, 3, 2, 1, 0],
            english: true,
            codesInOwnColumn: true,
            sheetPerProgramme: true,
            withSummary: true,
            amountsAsText: true,
            offsetRows: 2,
            offsetCols: 1,
          },
          7,
        ).specs,
      ),
  ],
];

describe("today's fixtures give the findings they gave before the layouts work", () => {
  it.each(FIXTURES)("%s", (_name, grids) => {
    expect(check(grids()).findings.map(line)).toMatchSnapshot();
  });
});
