import { check, type CellValue } from "../../src/domain";
import { findingKeys, gridOf, withA1 } from "../builders";
import type { SheetSpec } from "../fixtures/seed";

/**
 * Layouts as published budget tables have them, each correct and with an accountant's mistake:
 * the errors a careful reader would mark, no more. (Found by trying the engine on such tables.)
 */
const sheet = (name: string, rows: CellValue[][], merged?: string[]): SheetSpec => ({ name, rows, merged });
const errors = (spec: SheetSpec, lang: "nl" | "en" = "nl") =>
  findingKeys(check([gridOf(spec)], { language: lang }).findings, ["error"]);

const GASB = sheet(
  "Budget",
  [
    ["", "Budgeted Amounts", null, "Actual", "Variance with Final Budget"],
    ["", "Original", "Final", "Amounts", "Positive (Negative)"],
    ["REVENUES"],
    ["Property taxes", 12450, 12450, 12611, 161],
    ["Charges for services", 1330, 1330, 1403, 73],
    ["Fines", 245, 245, 222, -23],
    ["Total revenues", 14025, 14025, 14236, 211],
    ["EXPENDITURES"],
    ["General government", 2870, 2950, 2881, 69],
    ["Public safety", 8120, 8360, 8290, 70],
    ["Public works", 3540, 3700, 3578, 122],
    ["Total expenditures", 14530, 15010, 14749, 261],
    ["Excess (deficiency) of revenues over (under) expenditures", -505, -985, -513, 472],
    ["OTHER FINANCING SOURCES (USES)"],
    ["Transfers in", 400, 400, 400, 0],
    ["Transfers out", -200, -450, -450, 0],
    ["Sale of capital assets", 0, 0, 37, 37],
    ["Total other financing sources (uses)", 200, -50, -13, 37],
    ["Net change in fund balance", -305, -1035, -526, 509],
  ],
  ["B1:C1"],
);

const UNSIGNED_VN = sheet("Analyse", [
  ["Product", "Begroting 2024", "Realisatie 2024", "Verschil", "V/N"],
  ["Wegen", 1000, 1120, 120, "N"],
  ["Groen", 1137, 1217, 80, "N"],
  ["Riolering", 1274, 1319, 45, "N"],
  ["Verlichting", 1411, 1381, 30, "V"],
  ["Reiniging", 1548, 1623, 75, "N"],
  ["Totaal", 6370, 6660, 290, "N"],
]);

const LBS_HEADINGS = sheet("Programma's", [
  ["Overzicht per programma (x € 1.000)"],
  ["", "Begroting 2024", "Realisatie 2024", "Verschil"],
  ["Programma 1 Bestuur"],
  ["Lasten", 4100, 4180, -80],
  ["Baten", 300, 310, 10],
  ["Saldo", -3800, -3870, -70],
  ["Programma 2 Ruimte"],
  ["Lasten", 6200, 6050, 150],
  ["Baten", 1200, 1150, -50],
  ["Saldo", -5000, -4900, 100],
  ["Totaal"],
  ["Lasten", 10300, 10230, 70],
  ["Baten", 1500, 1460, -40],
  ["Saldo", -8800, -8770, 30],
]);

const WAT_KOST = sheet("P3", [
  [
    "Wat mag het kosten? (bedragen x € 1.000)",
    "Rekening 2023",
    "Begroting 2024",
    "Begroting 2025",
    "Raming 2026",
  ],
  ["Lasten", 12410, 13020, 13550, 13600],
  ["Baten", 2210, 2400, 2380, 2380],
  ["Saldo van baten en lasten", -10200, -10620, -11170, -11220],
  ["Toevoegingen aan reserves", 500, 0, 250, 0],
  ["Onttrekkingen aan reserves", 1200, 900, 800, 300],
  ["Saldo na bestemming", -9500, -9720, -10620, -10920],
]);

const SPEC = sheet("Programma 4", [
  ["Programma 4 Onderwijs (bedragen x € 1.000)"],
  ["Omschrijving", "Begroting 2024", "Realisatie 2024", "Verschil"],
  ["Huisvesting", 3200, 2950, 250],
  ["Leerlingenvervoer", 1100, 1252, -152],
  ["Overig", 400, 391, 9],
  ["Totaal", 4700, 4593, 107],
  [],
  ["Nr", "Omschrijving", "Bedrag", "V/N"],
  [1, "Vertraging nieuwbouw IKC", 250, "V"],
  [2, "Meer leerlingenvervoer", 152, "N"],
  [3, "Overige kleine verschillen", 9, "V"],
  [null, "Totaal", 107, "V"],
]);

const NET_EXPENDITURE = sheet("Leisure", [
  ["", "Revised Budget", "Actual", "Variance"],
  ["Expenditure"],
  ["Employees", 812400, 798210, -14190],
  ["Premises", 244100, 261330, 17230],
  ["Total Expenditure", 1056500, 1059540, 3040],
  ["Income"],
  ["Fees and Charges", -622000, -598400, 23600],
  ["Grants", -45000, -52000, -7000],
  ["Total Income", -667000, -650400, 16600],
  ["Net Expenditure", 389500, 409140, 19640],
]);

const PAGE_BREAK = sheet("Producten", [
  ["Specificatie lasten per product"],
  ["x € 1.000"],
  ["Product", "Begroting 2024", "Rekening 2024", "Verschil"],
  ["Wegen", 120, 118, 2],
  ["Groen", 140, 151, -11],
  [],
  ["Specificatie lasten per product (vervolg)"],
  ["Product", "Begroting 2024", "Rekening 2024", "Verschil"],
  ["Riolering", 160, 190, -30],
  ["Onderwijs", 130, 126, 4],
  ["Totaal lasten", 550, 585, -35],
]);

const MONTHS = sheet("Maanden", [
  ["Kostenplaats", "Jan", "Feb", "Mrt", "Totaal"],
  ["Personeel", 100, 110, 120, 330],
  ["Huisvesting", 40, 40, 45, 125],
  ["Totaal", 140, 150, 165, 455],
]);

const NIL_TEXTS = sheet("Inv", [
  ["Investeringen (x € 1.000)"],
  ["Project", "Begroting 2025", "Raming 2026", "Raming 2027"],
  ["Herinrichting centrum", 1200, 800, "p.m."],
  ["Nieuwbouw zwembad", "pm", 4500, 6200],
  ["Aankoop grond", "€ -", "nihil", "n.v.t."],
  ["Vervanging riolering", 650, 650, 700],
  ["Totaal", 1850, 5950, 6900],
]);

const OF_WHICH = sheet("Lasten", [
  ["Omschrijving", "Begroting 2024", "Realisatie 2024"],
  ["Personeel", 5000, 5100],
  ["waarvan incidenteel", 300, 350],
  ["Materieel", 2000, 1900],
  ["Totaal lasten", 7000, 7000],
]);

const TOTAL_FIRST = sheet("Directorates", [
  ["", "Budget", "Forecast outturn", "Variance"],
  ["Total net expenditure", 9000, 9150, 150],
  ["Adults", 4000, 4100, 100],
  ["Children", 3000, 3080, 80],
  ["Place", 2000, 1970, -30],
]);

const SIDE_BY_SIDE = sheet("LB", [
  ["Lasten", null, null, null, null, "Baten"],
  [
    "Programma",
    "Begroting",
    "Realisatie",
    "Verschil",
    null,
    "Programma",
    "Begroting",
    "Realisatie",
    "Verschil",
  ],
  ["Bestuur", 4100, 4180, -80, null, "Bestuur", 300, 310, 10],
  ["Ruimte", 6200, 6050, 150, null, "Ruimte", 1200, 1150, -50],
  ["Sociaal", 22100, 22900, -800, null, "Sociaal", 5400, 5530, 130],
  ["Totaal", 32400, 33130, -730, null, "Totaal", 6900, 6990, 90],
]);

describe("published layouts: correct tables give no error", () => {
  it.each<[string, SheetSpec, "nl" | "en"]>([
    ["a US budget-to-actual schedule, EXPENDITURES and other financing", GASB, "en"],
    ["a Verschil without signs beside its V/N column", UNSIGNED_VN, "nl"],
    ["Lasten, Baten and Saldo rows under programme headings, with a Totaal block", LBS_HEADINGS, "nl"],
    ["'Wat mag het kosten?' with the reserves and the saldo after them", WAT_KOST, "nl"],
    ["a table and the specification of its variance, signed by V/N", SPEC, "nl"],
    ["a net expenditure after income and expenditure sections", NET_EXPENDITURE, "en"],
    ["a table continued over a page break", PAGE_BREAK, "nl"],
    ["a row total after months", MONTHS, "nl"],
    ["nil written as p.m., pm, € -, nihil and n.v.t.", NIL_TEXTS, "nl"],
    ["a 'waarvan' row under its line", OF_WHICH, "nl"],
    ["a total above its lines", TOTAL_FIRST, "en"],
    ["Lasten and Baten side by side, each titled above its header", SIDE_BY_SIDE, "nl"],
  ])("%s", (_name, spec, lang) => {
    expect(errors(spec, lang)).toEqual([]);
  });
});

describe("published layouts: a mistake is found where it is", () => {
  it("reads each of two tables side by side as its own, with the title above it", () => {
    const tables = check([gridOf(SIDE_BY_SIDE)]).tables;
    expect(tables.map((t) => [t.range, t.title, t.side])).toEqual([
      ["A2:D6", "Lasten", "costs"],
      ["F2:I6", "Baten", "income"],
    ]);
  });

  it.each<[string, SheetSpec, string, CellValue, string[], "nl" | "en"]>([
    [
      "a typo in an expenditure line",
      GASB,
      "D10",
      8390,
      ["variance.mismatch Budget!E10", "total.mismatch Budget!D12"],
      "en",
    ],
    [
      "a wrong net change in fund balance",
      GASB,
      "D19",
      -626,
      ["total.mismatch Budget!D19", "variance.mismatch Budget!E19"],
      "en",
    ],
    [
      "an actual typed wrong beside its V/N",
      UNSIGNED_VN,
      "C3",
      1317,
      ["variance.mismatch Analyse!D3", "total.mismatch Analyse!C7"],
      "nl",
    ],
    [
      "a programme's Lasten typed wrong",
      LBS_HEADINGS,
      "C8",
      6150,
      [
        "variance.mismatch Programma's!D8",
        "total.mismatch Programma's!C10",
        "total.mismatch Programma's!C12",
      ],
      "nl",
    ],
    ["a wrong saldo after the reserves", WAT_KOST, "C7", -9820, ["total.mismatch P3!C7"], "nl"],
    [
      "a wrong net expenditure",
      NET_EXPENDITURE,
      "C10",
      410140,
      ["total.mismatch Leisure!C10", "variance.mismatch Leisure!D10"],
      "en",
    ],
    [
      "a typo after the page break",
      PAGE_BREAK,
      "C9",
      200,
      ["variance.mismatch Producten!D9", "total.mismatch Producten!C11"],
      "nl",
    ],
    [
      "a month typed wrong",
      MONTHS,
      "C2",
      120,
      ["relation.mismatch Maanden!E2", "total.mismatch Maanden!C4"],
      "nl",
    ],
    [
      "a part of a total above its lines",
      TOTAL_FIRST,
      "C3",
      4200,
      ["total.mismatch Directorates!C2", "variance.mismatch Directorates!D3"],
      "en",
    ],
    [
      "a typo in the table on the right",
      SIDE_BY_SIDE,
      "H4",
      1250,
      ["variance.mismatch LB!I4", "total.mismatch LB!H6"],
      "nl",
    ],
  ])("%s", (_name, spec, cell, value, expected, lang) => {
    expect(errors(withA1(spec, cell, value), lang)).toEqual(expected);
  });
});
