import { formulaTerms } from "../../../src/domain/detect/formulaTerms";
import type { Cents } from "../../../src/domain/money";
import { setRoundingUnits } from "../../../src/domain/detect/roundingUnits";
import { tableCurrency } from "../../../src/domain/detect/tableUnits";
import { findHeaders } from "../../../src/domain/detect/findHeaders";
import { SheetView } from "../../../src/domain/detect/sheetView";
import { gridOf } from "../../builders";
import { line, stageTable, total } from "./stageBuilders";

describe("formulaTerms: what a total's formula adds and subtracts", () => {
  it.each<[string, { plus: number[]; minus: number[] } | null]>([
    ["=SUM(B2:B4)", { plus: [1, 2, 3], minus: [] }],
    ["=SUM(B10,B20,B30)", { plus: [9, 19, 29], minus: [] }],
    ["=SUM(B13:B14,B25)", { plus: [12, 13, 24], minus: [] }],
    ["=B10+B20", { plus: [9, 19], minus: [] }],
    ["=B15-B23", { plus: [14], minus: [22] }],
    ["=SUM(B2:B3)-SUM(B5:B5)", { plus: [1, 2], minus: [4] }],
    ["=SUM(C2:C4)", null],
    ["=Sheet2!B2+B3", null],
    ["=ROUND(B2,0)", null],
  ])("reads %s", (formula, expected) => {
    expect(formulaTerms(formula, 1)).toEqual(expected);
  });
});

describe("setRoundingUnits: what each column's figures may be off by", () => {
  it.each<[string, number, number[][], [number, number]]>([
    ["whole euros", 1, [[100], [200], [300]], [100, 100]],
    ["figures to the cent: exact", 1, [[100.25], [200], [300.25]], [1, 1]],
    [
      "lines of one decimal under totals in whole thousands",
      1000,
      [[551.7], [846.1], [1398]],
      [10_000, 100_000],
    ],
  ])("reads %s", (_name, scale, figures, units) => {
    const specs = [line("a", ...figures[0]), line("b", ...figures[1]), total("T", ...figures[2])];
    const { rows, amounts } = stageTable(specs, [{ role: "actual" }]);
    amounts[0].scale = scale;
    amounts[0].cents = figures.map((f) => Math.round(f[0] * 100 * scale) as Cents);
    setRoundingUnits(amounts, rows, "detail");
    expect([amounts[0].unit, amounts[0].totalUnit]).toEqual(units);
  });
});

describe("tableCurrency: the currency a table states", () => {
  it.each<[string, (string | null)[], string | null]>([
    ['_("$"* #,##0_)', ['_("$"* #,##0_)'], "USD"],
    ["[$€-413] #.##0", ["[$€-413] #.##0"], "EUR"],
    ['"£"#,##0', ['"£"#,##0'], "GBP"],
    ["#,##0", ["#,##0"], null],
  ])("reads the number format %s", (_name, formats, currency) => {
    const grid = {
      ...gridOf({
        name: "S",
        rows: [
          ["Item", "Budget", "Actual"],
          ["a", 1, 2],
        ],
      }),
      numberFormats: [
        [null, null, null],
        [null, ...formats, ...formats],
      ],
    };
    const view = new SheetView(grid);
    const header = findHeaders(view)[0];
    const { amounts } = stageTable([line("a", 1, 2)], [{ role: "amended" }, { role: "actual" }]);
    expect(tableCurrency(view, header, amounts, 0)).toBe(currency);
  });
});
