import { check, type Finding } from "../../../src/domain";
import { gridsOf } from "../../builders";
import { anOutput, outputSheet, type LightSpec, type OutputSpec } from "../../fixtures/annual";
import { seedWorkbook } from "../../fixtures/seed";

/** The seed's budget with one list of outputs of one beleidsopgave, in the seed's layout. */
function withOutputs(code: string, outputs: OutputSpec[], explanation?: string[]) {
  const sheet = outputSheet([{ code, name: "Opgave", outputs, explanation }]);
  return check(gridsOf([...seedWorkbook(), sheet]));
}

const of = (rule: string) => (result: ReturnType<typeof check>) =>
  result.findings.filter((f) => f.rule === rule).map((f: Finding) => `${f.cell} ${f.severity}`);

describe("output.note-missing", () => {
  // Rows: heading (1), empty (2), header (3), outputs from row 4; Inhoud in B, Geld in C.
  it.each<[string, LightSpec, LightSpec, string[] | undefined, string | undefined, string[]]>([
    ["green lights need no explanation", "green", "green", undefined, undefined, []],
    [
      "an orange Inhoud without one is reported at its cell",
      "orange",
      "green",
      undefined,
      undefined,
      ["B4 warning"],
    ],
    ["a red Geld without one is reported at its cell", "green", "red", undefined, undefined, ["C4 warning"]],
    ["each of two lights without one", "red", "orange", undefined, undefined, ["B4 warning", "C4 warning"]],
    ["none where the Toelichting names the output", "red", "orange", ["Ad 1. Uitgesteld."], undefined, []],
    ["none where it stands beside the output", "orange", "green", undefined, "Uitgesteld naar 2025.", []],
    ["none for n.v.t.", "na", "na", undefined, undefined, []],
  ])("%s", (_name, inhoud, geld, explanation, note, expected) => {
    const result = withOutputs(
      "1.2.1",
      [anOutput("1. Duiding gezonde leefomgeving", inhoud, geld, note)],
      explanation,
    );
    expect(of("output.note-missing")(result)).toEqual(expected);
  });

  it("says which light and which output, in Dutch and in English", () => {
    const sheet = outputSheet([
      { code: "1.2.1", name: "Opgave", outputs: [anOutput("2. Tweede", "orange")] },
    ]);
    const [nl] = check(gridsOf([sheet])).findings.filter((f) => f.rule === "output.note-missing");
    const [en] = check(gridsOf([sheet]), { language: "en" }).findings.filter(
      (f) => f.rule === "output.note-missing",
    );
    expect(nl.message).toBe(
      'Inhoud staat op oranje, maar output "2. Tweede" heeft geen toelichting: niet ernaast, niet eronder en niet als "Ad 2" in de Toelichting.',
    );
    expect(en.message).toBe(
      'Content is orange, but output "2. Tweede" has no explanation: not beside it, not under it, and not as "Ad 2" in the explanation below.',
    );
    expect([nl.sheet, nl.cell, nl.code]).toEqual(["Output", "B4", "1.2.1"]);
  });
});

describe("output.money-light", () => {
  // By the seed's figures: 1.1.3 Water is 5,7% (€ 84.242) over budget: red. 1.1.1 is 3,5% over:
  // orange. 1.1.2 and 1.2.1 are under budget: green.
  it.each<[string, string, LightSpec, string[]]>([
    ["green while the line is overspent beyond the orange margin", "1.1.3", "green", ["C4 warning"]],
    ["red while the line is within budget", "1.2.1", "red", ["C4 warning"]],
    ["nothing for green on a line within the orange margin", "1.1.1", "green", []],
    ["nothing for red on a line overspent beyond it", "1.1.3", "red", []],
    ["nothing for orange, whatever the figures", "1.1.3", "orange", []],
    ["nothing for a beleidsopgave the budget does not hold", "1.9.9", "green", []],
  ])("%s", (_name, code, geld, expected) => {
    const result = withOutputs(code, [anOutput("1. Eerste", "green", geld, "toegelicht")]);
    expect(of("output.money-light")(result)).toEqual(expected);
  });

  it("states the line's figures and points at them", () => {
    const result = withOutputs("1.1.3", [anOutput("1. Eerste")]);
    const [f] = result.findings.filter((x) => x.rule === "output.money-light");
    expect(f).toMatchObject({
      sheet: "Output",
      cell: "C4",
      code: "1.1.3",
      expected: 1479962,
      actual: 1564204,
      difference: 84242,
      related: ["Programma's!E5"],
      message:
        "Geld staat op groen, maar 1.1.3 Water is € 84.242 (5,7%) overschreden: meer dan de marge voor oranje.",
    });
  });

  it("follows the orange margin setting: at 6% the Water line is orange, and green is no contradiction", () => {
    const sheet = outputSheet([{ code: "1.1.3", name: "Water", outputs: [anOutput("1. Eerste")] }]);
    const result = check(gridsOf([...seedWorkbook(), sheet]), { orangePercent: 6, noteThreshold: 100000 });
    expect(result.findings.filter((f) => f.rule === "output.money-light")).toEqual([]);
  });
});
