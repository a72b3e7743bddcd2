import { resolveRoles } from "../../../src/domain/detect/columnModel";
import { classifyHeader } from "../../../src/domain/detect/classifyHeader";
import type { HeaderColumn } from "../../../src/domain/detect/findHeaders";

/** Header columns as findHeaders gives them: texts, with a group where given as "group / measure". */
const columns = (...headers: string[]) =>
  new Map<number, HeaderColumn>(
    headers.map((h, col) => {
      const [group, measure] = h.includes(" / ") ? h.split(" / ") : ["", h];
      const text = group ? `${group} ${measure}` : measure;
      return [col, { ...classifyHeader(text), text, group, measure }];
    }),
  );
const roles = (...headers: string[]) => resolveRoles(columns(...headers)).map((c) => c.role);

describe("resolveRoles: each column's role, none dropped", () => {
  it.each<[string, string[], string[]]>([
    [
      "this year's and last year's actuals",
      ["Programma", "Rekening 2023", "Begroting 2024", "Rekening 2024", "Verschil"],
      ["label", "priorActual", "amended", "actual", "variance"],
    ],
    [
      "a next year's budget beside this year's",
      ["Programma", "Begroting 2024", "Realisatie 2024", "Begroting 2025"],
      ["label", "amended", "actual", "budget"],
    ],
    [
      "budgets of several years beside an older actual",
      ["Programma", "Rekening 2016", "Begroting 2017", "Begroting 2018"],
      ["label", "actual", "budget", "budget"],
    ],
    [
      "a budget beside last year's accounts, compared with no actual of its year",
      ["Programma", "Jaarrekening 2015", "Begroting 2017", "Verschil"],
      ["label", "actual", "budget", "variance"],
    ],
    [
      "two amendments and the budget after the last",
      [
        "Programma",
        "Primitieve begroting 2024",
        "Begroting 2024 na 1e wijziging",
        "Begroting 2024 na 2e wijziging",
        "Rekening 2024",
      ],
      ["label", "original", "amended", "amended", "actual"],
    ],
    [
      "expenditure beside a budget, as what was spent",
      ["Service", "Budget", "Expenditure", "Variance"],
      ["label", "amended", "actual", "variance"],
    ],
    [
      "month and year-to-date groups and an annual budget, each its own series",
      ["", "Dec Actuals", "Dec Budgets", "YTD Actuals", "YTD Budgets", "Annual Budget"],
      ["actual", "amended", "actual", "amended", "amended"],
    ],
  ])("reads %s", (_name, headers, expected) => {
    expect(roles(...headers)).toEqual(expected);
  });

  it("marks a group over several columns that names no scenario as their fund", () => {
    const cols = resolveRoles(
      columns(
        "Department",
        "General Fund / Budget",
        "General Fund / Actual",
        "Capital Fund / Budget",
        "Capital Fund / Actual",
      ),
    );
    expect(cols.map((c) => [c.role, c.fund ?? ""])).toEqual([
      ["label", ""],
      ["amended", "general fund"],
      ["actual", "general fund"],
      ["amended", "capital fund"],
      ["actual", "capital fund"],
    ]);
  });
});
