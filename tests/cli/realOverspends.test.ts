import { existsSync } from "node:fs";
import path from "node:path";
import { check } from "../../src/domain";
import { openWorkbook } from "../../src/xlsx/xlsxFile";

/** The overspends of published budget tables (../shared/real-tables, beside the checkout; never copied in). */
const DIR = path.join(__dirname, "..", "..", "..", "shared", "real-tables");
const present = existsSync(DIR);
if (!present) console.warn(`SKIPPED the overspends of the published tables: ${DIR} is absent.`);

async function overspends(file: string): Promise<string[]> {
  const result = check((await openWorkbook(path.join(DIR, file))).grids);
  return result.annual.overspends.items.map(
    (x) => `${x.level} ${x.cell} ${x.name} ${x.overspend / 100} ${x.coverage}`,
  );
}

(present ? describe : describe.skip)("overspends in published budget tables", () => {
  it.each<[string, string[]]>([
    // A schedule of revenue: more revenue than budgeted is no overspend, whichever section a line is in.
    ["en-ramsey-2003-revenue.xlsx", []],
    // Income and Expenditure sections: two expenditure lines above their year-to-date budget.
    [
      "en-kingisland-2010-operating.xlsx",
      ["line E20 Other Expenses 43582 none", "line E21 Finance Costs 6130 none"],
    ],
    // Lasten, Baten and Saldo rows per programme, baten printed negative (x € 1.000): programme 8's
    // higher baten (€ 6.738.000) cover its overspend, programme 4's baten fell short.
    [
      "nl-oss-2019.xlsx",
      [
        "programme E15 Programma 4 905000 none",
        "programme E18 Programma 5 3439000 partly",
        "programme E27 Programma 8 4445000 covered",
        "programme E33 Programma 10 1751000 partly",
      ],
    ],
  ])("%s", async (file, expected) => {
    expect(await overspends(file)).toEqual(expected);
  });
});
