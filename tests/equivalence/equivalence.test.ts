import { readdirSync } from "node:fs";
import path from "node:path";
import { differences, type WorkbookView } from "./workbookView";
import { writtenByCli, writtenByOffice } from "./writeBoth";

const FIXTURES = path.resolve(__dirname, "../fixtures");
const files = readdirSync(FIXTURES)
  .filter((f) => /\.xls[xm]$/.test(f))
  .sort();

/** What was written, counted, so that two empty workbooks cannot pass for two equal ones. */
function written(view: WorkbookView) {
  const sheets = view.sheets.map((s) => s.name);
  const cells = view.sheets.flatMap((s) => Object.values(s.cells));
  return {
    resultSheets: sheets.filter((n) => n === "Controlerapport" || n === "Verschillenanalyse").length,
    filled: cells.filter((c) => c.fill).length,
    links: cells.filter((c) => c.link).length,
    widths: view.sheets.reduce((n, s) => n + Object.keys(s.widths).length, 0),
    wrapped: cells.filter((c) => c.wrap).length,
    titles: cells.filter((c) => c.font?.size === 14 && c.font.bold).map((c) => c.value),
    euros: cells.filter((c) => c.numberFormat === '"€ "#,##0.00;"€ -"#,##0.00').length,
    printed: view.sheets
      .filter(
        (s) =>
          s.page.landscape &&
          s.page.fitToWidth === 1 &&
          s.page.fitToHeight === 0 &&
          s.page.printTitleRows === "7:7" &&
          s.page.footer === "Pagina &P van &N",
      )
      .map((s) => s.name),
  };
}

describe("the add-in and the command line write the same workbook", () => {
  it("has fixtures to compare", () => {
    expect(files).toEqual(
      expect.arrayContaining(["ipo-2024.xlsx", "ipo-2024-layout.xlsx", "features.xlsx", "features.xlsm"]),
    );
  });

  // Per cell its value, formula, number format, fill, font, wrapping and link; per sheet its place,
  // visibility, column widths, frozen rows, merged areas and how it prints.
  describe.each(files)("%s", (file) => {
    let office: WorkbookView[];
    let cli: WorkbookView[];
    beforeAll(async () => {
      const input = path.join(FIXTURES, file);
      office = [await writtenByOffice(input, 1), await writtenByOffice(input, 2)];
      cli = [await writtenByCli(input, 1), await writtenByCli(input, 2)];
    });

    it("written once", () => {
      expect(differences(office[0], cli[0])).toEqual([]);
      const counts = written(cli[0]);
      expect(counts.resultSheets).toBe(2);
      expect(counts.filled).toBeGreaterThan(100);
      expect(counts.links).toBeGreaterThan(40);
      expect(counts.widths).toBeGreaterThan(20);
      // The result sheets as documents: titled, amounts in euros, text wrapped, ready to print.
      expect(counts.titles).toEqual(["Controlerapport", "Verschillenanalyse"]);
      expect(counts.euros).toBeGreaterThan(20);
      expect(counts.wrapped).toBeGreaterThan(40);
      expect(counts.printed).toEqual(["Controlerapport", "Verschillenanalyse"]);
    });

    it("written twice, which gives what writing once gave", () => {
      expect(differences(office[1], cli[1])).toEqual([]);
      expect(differences(office[1], office[0])).toEqual([]);
      expect(differences(cli[1], cli[0])).toEqual([]);
    });
  });
});
