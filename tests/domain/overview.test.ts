import path from "node:path";
import { check, type OverviewLine } from "../../src/domain";
import { openWorkbook } from "../../src/xlsx/xlsxFile";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";
import { seedWithSkippedRow } from "../fixtures/variants";

/** A line as a controller reads it: name, light, variance, what is wrong. */
const read = (l: OverviewLine) => [l.name, l.light, l.variance, l.problem];

describe("the overview per table and programme", () => {
  const seed = check(gridsOf(seedWorkbook()));

  it("names each table of the seed by its title or its programme, with its light, variance and what is wrong", () => {
    expect(seed.overview.tables.map(read)).toEqual([
      ["Rekeningresultaat 2024", "orange", 694404, "Naam wijkt af"],
      // An explanation table's variances are rounded and cover part of the costs: no variance of its own.
      ["Programmalasten: bedragen > € 50.000 zijn voorzien van een korte toelichting.", "green", null, null],
      ["1 Ruimte en Leefomgeving", "orange", -10276, "2 × Toelichting ontbreekt"],
      ["2 Bereikbaarheid en Infrastructuur", "orange", 57987, "Toelichting ontbreekt"],
      ["3 Landelijk Gebied", "orange", -52404, "Toelichting ontbreekt"],
      ["4 Klimaat en Energie", "green", -46660, null],
      [
        "5 Regionale economie en Cultuur",
        "orange",
        45770,
        "Ontbreekt t.o.v. programmastructuur, 2 × Naam wijkt af",
      ],
      ["6 Financiën en Openbaar bestuur", "green", -23307, null],
      // Programme 7's total has no label: named as the programme structure names it.
      ["7 Digitalisering", "orange", 337630, "2 × Toelichting ontbreekt, Totaal zonder omschrijving"],
      ["8 Werkgeverszaken", "orange", 164642, "Toelichting ontbreekt"],
      ["9 Bestuurs- en Verenigingszaken", "orange", 62570, "Toelichting ontbreekt"],
      ["10 Overig", "orange", 158454, "Toelichting ontbreekt"],
    ]);
    expect(seed.overview.tables[0]).toMatchObject({ sheet: "Overzicht", cell: "A3", kind: "summary" });
  });

  it("gives each programme of the summary its light over every table, where its row stands in the summary", () => {
    expect(seed.overview.programmes.map(read)).toEqual([
      ["1 Ruimte en Leefomgeving", "orange", -10276, "Naam wijkt af, 2 × Toelichting ontbreekt"],
      ["2 Bereikbaarheid en Infrastructuur", "orange", 57987, "Toelichting ontbreekt"],
      ["3 Landelijk Gebied", "orange", -52404, "Toelichting ontbreekt"],
      ["4 Klimaat en Energie", "green", -46660, null],
      [
        "5 Regionale economie en Cultuur",
        "orange",
        45770,
        "Ontbreekt t.o.v. programmastructuur, 2 × Naam wijkt af",
      ],
      ["6 Financiën en Openbaar bestuur", "green", -23307, null],
      ["7 Digitalisering", "orange", 337630, "2 × Toelichting ontbreekt, Totaal zonder omschrijving"],
      ["8 Werkgeverszaken", "orange", 164642, "Toelichting ontbreekt"],
      // The summary states 62.569: a euro of rounding; the variance is budget − actual.
      ["9 Bestuurs- en Verenigingszaken", "orange", 62570, "Toelichting ontbreekt"],
      ["10 Overig", "orange", 158454, "Toelichting ontbreekt"],
    ]);
    expect(seed.overview.programmes[6]).toMatchObject({
      sheet: "Overzicht",
      cell: "A11",
      code: "7",
      warnings: 3,
    });
  });

  it("reads the same overview from the sample fixture's file", async () => {
    const { grids } = await openWorkbook(path.resolve(__dirname, "../fixtures/ipo-2024.xlsx"));
    expect(check(grids).overview).toEqual(seed.overview);
  });

  it("paints red only the table and the programme a skipped row is in, not the summary whose cross-check follows from it", () => {
    const { overview } = check(gridsOf(seedWithSkippedRow()));
    expect(overview.tables.filter((l) => l.light === "red").map(read)).toEqual([
      ["1 Ruimte en Leefomgeving", "red", 537568, "SOM-bereik klopt niet, 2 × Toelichting ontbreekt"],
    ]);
    expect(overview.tables[0]).toMatchObject({ name: "Rekeningresultaat 2024", light: "orange", errors: 0 });
    expect(overview.programmes.filter((l) => l.light === "red").map(read)).toEqual([
      ["1 Ruimte en Leefomgeving", "red", -10276, "SOM-bereik klopt niet, Naam wijkt af en 1 meer"],
    ]);
  });

  it("speaks English", () => {
    const { overview } = check(gridsOf(seedWithSkippedRow()), { language: "en" });
    expect(overview.tables[2].problem).toBe("SUM range wrong, 2 × Explanation missing");
    expect(overview.programmes[0].problem).toBe("SUM range wrong, Name differs and 1 more");
  });
});
