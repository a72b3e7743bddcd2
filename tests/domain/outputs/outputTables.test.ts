import { check, colourCells, toA1, type CheckResult } from "../../../src/domain";
import { gridOf, gridsOf } from "../../builders";
import {
  IPO_OUTPUTS,
  IPO_PROGRAMMES,
  anOutput,
  outputSheet,
  type OutputGroupSpec,
} from "../../fixtures/annual";
import { programmeRows, PROGRAMMES, seedWorkbook, type SheetSpec } from "../../fixtures/seed";

/** Each output as `cell code number inhoud/geld explanation`: what a reader checks first. */
function outputsOf(result: CheckResult): string[] {
  return result.annual.outputs.outputs.map(
    (o) =>
      `${toA1(o.row, o.col)} ${o.code ?? "-"} ${o.number ?? "-"} ${o.inhoud.light}/${o.geld.light} ${o.explanation?.where ?? "-"}`,
  );
}

const countsOf = (result: CheckResult) =>
  result.annual.outputs.perProgramme.map((p) => [p.programme, p.outputs, p.green, p.orange, p.red, p.unread]);

describe("tables of planned outputs", () => {
  it("reads the seed's lists under their beleidsopgave, each light from its fill, each Toelichting to the outputs it names", () => {
    const result = check(
      gridsOf([...seedWorkbook(), outputSheet(IPO_OUTPUTS, { programmes: IPO_PROGRAMMES })]),
    );
    expect(outputsOf(result)).toEqual([
      "A6 1.1.1 1 green/green -",
      "A7 1.1.1 2 green/green -",
      "A8 1.1.1 3 green/green -",
      "A13 1.1.2 1 green/green -",
      "A14 1.1.2 2 green/red block",
      "A15 1.1.2 3 green/green -",
      "A16 1.1.2 4 orange/green -",
      "A24 1.1.3 1 green/green -",
      "A25 1.1.3 2 green/green -",
      "A26 1.1.3 3 green/green -",
      "A31 1.1.4 1 green/green -",
      "A32 1.1.4 2 green/green -",
      "A33 1.1.4 3 green/green -",
      "A41 3.1.1 1 green/green -",
      "A42 3.1.1 2 red/green block",
      "A43 3.1.1 3 red/green block",
      "A44 3.1.1 4 red/green block",
      "A54 3.1.1 1 green/green -",
      "A55 3.1.1 2 green/green -",
      "A56 3.1.1 3 green/green -",
      "A62 3.1.2 1 orange/green block",
      "A63 3.1.2 2 green/green -",
      "A64 3.1.2 3 green/green -",
      "A74 10.1.1 - na/na -",
    ]);
    expect(countsOf(result)).toEqual([
      ["1", 13, 11, 1, 1, 0],
      ["3", 10, 6, 1, 3, 0],
      ["10", 1, 0, 0, 0, 1],
    ]);
    expect(result.annual.outputs.perProgramme.map((p) => p.name)).toEqual([
      "Ruimte en Leefbaarheid",
      "Landelijk Gebied",
      "Overig",
    ]);
    // The budget tables are read as before: the output sheet adds none.
    expect(result.tables).toHaveLength(12);
  });

  it.each([
    ["seed", "fill", "nl"],
    ["seed", "text", "nl"],
    ["seed", "dot", "nl"],
    ["flat", "fill", "nl"],
    ["flat", "text", "en"],
    ["seed", "text", "en"],
    ["flat", "dot", "en"],
  ] as const)("reads the same lights in the %s layout with lights as %s (%s)", (layout, lights, lang) => {
    const result = check(gridsOf([...seedWorkbook(), outputSheet(IPO_OUTPUTS, { layout, lights, lang })]));
    const lightsOf = result.annual.outputs.outputs.map(
      (o) =>
        `${o.code} ${o.number ?? "-"} ${o.inhoud.light}/${o.geld.light} ${o.explanation ? "explained" : "-"}`,
    );
    const expected = IPO_OUTPUTS.flatMap((g) =>
      g.outputs.map((o, k) => {
        const named = g.explanation?.some((line) => line.includes(`${k + 1}.`) && line.startsWith("Ad"));
        const number = /^\d+\./.test(o.text) ? String(k + 1) : "-";
        return `${g.code} ${number} ${o.inhoud}/${o.geld} ${named ? "explained" : "-"}`;
      }),
    );
    expect(lightsOf).toEqual(expected);
    expect(countsOf(result)).toEqual([
      ["1", 13, 11, 1, 1, 0],
      ["3", 10, 6, 1, 3, 0],
      ["10", 1, 0, 0, 0, 1],
    ]);
  });

  const one = (group: Partial<OutputGroupSpec>, layout: "seed" | "flat" = "seed") =>
    check([gridOf(outputSheet([{ code: "1.1.1", name: "Ruimte", outputs: [], ...group }], { layout }))]);

  it.each([
    [
      "an explanation beside the output, in its Toelichting column",
      { outputs: [anOutput("1. Eerste", "orange", "green", "Vertraagd door de verkiezingen.")] },
      ["A4 1.1.1 1 orange/green beside"],
    ],
    [
      "a Toelichting without references: it explains every output of the list above it",
      {
        outputs: [anOutput("1. Eerste", "orange"), anOutput("2. Tweede", "red")],
        explanation: ["Beide vertraagd."],
      },
      ["A4 1.1.1 1 orange/green block", "A5 1.1.1 2 red/green block"],
    ],
    [
      "a Toelichting that names output 2 only",
      {
        outputs: [anOutput("1. Eerste", "orange"), anOutput("2. Tweede", "red")],
        explanation: ["Ad 2. Vertraagd."],
      },
      ["A4 1.1.1 1 orange/green -", "A5 1.1.1 2 red/green block"],
    ],
    [
      "outputs without numbers, named by their place in the list",
      {
        outputs: [anOutput("Eerste", "orange"), anOutput("Tweede", "red")],
        explanation: ["Ad 1. Vertraagd."],
      },
      ["A4 1.1.1 - orange/green block", "A5 1.1.1 - red/green -"],
    ],
  ])("reads %s", (_name, group, expected) => {
    expect(outputsOf(one(group))).toEqual(expected);
  });

  it("reads 'Toelichting: …' right under an output as that output's explanation only", () => {
    const sheet: SheetSpec = {
      name: "Output",
      rows: [
        ["1.1.1 Ruimte"],
        ["Geplande output 2024", "Inhoud", "Geld"],
        ["1. Eerste", "Oranje", "Groen"],
        ["2. Tweede", "Rood", "Groen"],
        ["Toelichting: de nota is uitgesteld tot na de verkiezingen."],
        ["3. Derde", "Groen", "Groen"],
      ],
    };
    const result = check([gridOf(sheet)]);
    expect(outputsOf(result)).toEqual([
      "A3 1.1.1 1 orange/green -",
      "A4 1.1.1 2 red/green under",
      "A6 1.1.1 3 green/green -",
    ]);
    expect(result.annual.outputs.outputs[1].explanation?.text).toBe(
      "de nota is uitgesteld tot na de verkiezingen.",
    );
  });

  it("reads the next programme's heading between lists as a heading, not as an output without lights", () => {
    const sheet: SheetSpec = {
      name: "Output",
      rows: [
        ["1.1.1 Ruimte"],
        ["Geplande output 2024", "Inhoud", "Geld"],
        ["1. Eerste", "Groen", "Groen"],
        [],
        ["2. Bereikbaarheid en Infrastructuur"],
        ["2.1 Bereikbaarheid"],
        ["2.1.1 Duurzame mobiliteit"],
        ["Geplande output 2024", "Inhoud", "Geld"],
        ["1. Eerste", "Rood", "Groen"],
      ],
    };
    const result = check([gridOf(sheet)]);
    expect(outputsOf(result)).toEqual(["A3 1.1.1 1 green/green -", "A9 2.1.1 1 red/green -"]);
    expect(countsOf(result)).toEqual([
      ["1", 1, 1, 0, 0, 0],
      ["2", 1, 0, 0, 1, 0],
    ]);
  });

  it("stops before a budget table on the same sheet, which is read as before", () => {
    const outputs = outputSheet([{ code: "3.1.1", name: "Landbouw", outputs: [anOutput("1. Eerste")] }], {
      lights: "text",
    });
    const sheet: SheetSpec = {
      name: "Programma 3",
      rows: [...outputs.rows, [], ...programmeRows(PROGRAMMES[2])],
    };
    const result = check([gridOf(sheet)]);
    expect(result.annual.outputs.tables.map((t) => [t.headerRow + 1, t.lastRow + 1])).toEqual([[3, 4]]);
    expect(result.tables.map((t) => t.range)).toEqual(["A7:F13"]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("never reads a table of outputs as a budget table, even with a Budget column for Geld", () => {
    const sheet: SheetSpec = {
      name: "Output",
      rows: [
        ["Output", "Content", "Budget", "Explanation"],
        ["1. First", "Green", "Red", "Costs rose."],
        ["2. Second", "Green", "Green", null],
      ],
    };
    const result = check([gridOf(sheet)]);
    expect(result.tables).toEqual([]);
    expect(outputsOf(result)).toEqual(["A2 - 1 green/red beside", "A3 - 2 green/green -"]);
    expect(countsOf(result)).toEqual([[null, 2, 1, 0, 1, 0]]);
  });
});

describe("which cells' colours an adapter reads", () => {
  it("names the light columns under each header of outputs (to the next one), and nothing on sheets without them", () => {
    const grids = gridsOf([
      ...seedWorkbook(),
      outputSheet(IPO_OUTPUTS.slice(0, 2), { programmes: IPO_PROGRAMMES, lights: "text" }),
    ]);
    expect(colourCells(grids)).toEqual([{ sheet: "Output", ranges: ["B6:C10", "B13:C19"] }]);
  });
});

describe("a budget table that uses the words of lights", () => {
  it("is read as a budget table when its Prestatie and Budget columns hold amounts", () => {
    const sheet: SheetSpec = {
      name: "Prestaties",
      rows: [
        ["Programma", "Prestatie", "Budget", "Rekening"],
        ["1. Wegen", 120, 1000, 1100],
        ["2. Water", 80, 500, 450],
        ["Totaal", 200, 1500, 1550],
      ],
    };
    const result = check([gridOf(sheet)]);
    expect(result.annual.outputs.tables).toEqual([]);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:D4"]);
  });
});

describe("lights under a conditional-format icon set", () => {
  it("are outputs whose lights Stoplicht cannot see: counted without colour, and no finding", () => {
    const sheet: SheetSpec = {
      name: "Output",
      rows: [
        ["1.1.1 Ruimte"],
        ["Geplande output 2024", "Inhoud", "Geld"],
        ["1. Eerste", 1, 3],
        ["2. Tweede", 2, 1],
      ],
    };
    const result = check([gridOf(sheet)]);
    expect(result.annual.outputs.outputs.map((o) => [o.inhoud.light, o.geld.light])).toEqual([
      ["unread", "unread"],
      ["unread", "unread"],
    ]);
    expect(result.annual.outputs.perProgramme).toEqual([expect.objectContaining({ outputs: 2, unread: 2 })]);
    expect(result.findings).toEqual([]);
  });
});
