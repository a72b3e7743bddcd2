import { check } from "../../../src/domain";
import { changed, findingKeys, gridsOf, withoutRows } from "../../builders";
import { seedWorkbook, type SheetSpec } from "../../fixtures/seed";

const P = "Programma's";
/** The seed without its reference structure sheet: structure rules then compare tables with each other. */
const withoutStructure = (specs: SheetSpec[] = seedWorkbook()) =>
  specs.filter((s) => s.name !== "Programmastructuur");
const findingsOf = (rule: string, specs: SheetSpec[]) =>
  check(gridsOf(specs)).findings.filter((f) => f.rule === rule);

describe("structure.name-mismatch", () => {
  it("without a reference, flags the name most tables do not use", () => {
    const [f, ...rest] = findingsOf("structure.name-mismatch", withoutStructure());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ sheet: "Overzicht", cell: "A5", code: "1" });
    expect(f.message).toBe('Code 1 heet hier "Ruimte en Leefbaarheid", elders "Ruimte en Leefomgeving".');
  });

  it("flags a renamed line against the reference structure", () => {
    const specs = changed(seedWorkbook(), P, "A3", "1.1.1 Ruimtelijke ordening");
    expect(findingKeys(findingsOf("structure.name-mismatch", specs))).toContain(
      "structure.name-mismatch Programma's!A3",
    );
  });

  it.each([
    ["Goed prov./publiek werkgeverschap", "Goed provinciaal en publiek werkgeverschap"],
    ["IPSN", "Interprovinciaal Programma Stikstof en Natuur"],
    ["Goederenvervoer & Logistiek", "Goederenvervoer en Logistiek"],
    ["FINANCIËN en openbaar bestuur", "Financien en Openbaar Bestuur"],
  ])("takes %s for the same name as %s", (a, b) => {
    const { sameName } = jest.requireActual("../../../src/domain/names");
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ["Ruimte en Leefbaarheid", "Ruimte en Leefomgeving"],
    ["Erfgoed", "Cultuureducatie en -participatie"],
    ["Ruimte", "Ruimtelijke ontwikkeling"],
    ["IPO", "Interprovinciaal Programma Stikstof en Natuur"],
  ])("takes %s and %s for different names", (a, b) => {
    const { sameName } = jest.requireActual("../../../src/domain/names");
    expect(sameName(a, b)).toBe(false);
  });
});

describe("structure.duplicate-code, orphan, gap", () => {
  it("reports a code used twice in one table at its second row", () => {
    const specs = withoutStructure(changed(seedWorkbook(), P, "A6", "1.1.3 Wonen"));
    const [f] = findingsOf("structure.duplicate-code", specs);
    expect(f).toMatchObject({ sheet: P, cell: "A6", code: "1.1.3", related: ["Programma's!A5"] });
  });

  it("does not take a group heading and its total for a duplicate", () => {
    const specs = withoutStructure(changed(seedWorkbook(), P, "A2", "1. Ruimte en Leefomgeving"));
    expect(findingsOf("structure.duplicate-code", specs)).toEqual([]);
  });

  it("reports lines whose group row is missing from a table that shows groups", () => {
    const specs = withoutStructure(changed(seedWorkbook(), P, "A8", null as never));
    expect(findingKeys(findingsOf("structure.orphan", specs))).toEqual(
      ["A9", "A10", "A11", "A12"].map((c) => `structure.orphan Programma's!${c}`),
    );
  });

  it("reports numbering that skips a number", () => {
    const specs = withoutStructure(changed(seedWorkbook(), P, "A6", "1.1.5 Wonen"));
    const [f, ...rest] = findingsOf("structure.gap", specs);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cell: "A6", code: "1.1.5" });
    expect(f.message).toBe("Nummering springt van 1.1.3 naar 1.1.5: 1.1.4 ontbreekt.");
  });

  it("leaves a skipped code the reference structure lists to structure.missing", () => {
    const [summary, programmes, structure] = seedWorkbook();
    const specs = [summary, withoutRows(programmes, 4), structure];
    const result = check(gridsOf(specs));
    expect(result.findings.filter((f) => f.rule === "structure.gap")).toEqual([]);
    expect(
      findingKeys(result.findings.filter((f) => f.rule === "structure.missing" && f.code === "1.1.3")),
    ).toEqual(["structure.missing Programma's!A2"]);
  });
});

describe("structure.unknown and structure.missing", () => {
  it("reports a code the reference structure does not list", () => {
    const specs = seedWorkbook().map((s) =>
      s.name === "Programmastructuur" ? { ...s, rows: s.rows.filter((r) => r[0] !== "1.2.4") } : s,
    );
    expect(findingKeys(findingsOf("structure.unknown", specs))).toEqual([
      "structure.unknown Programma's!A12",
    ]);
  });

  it("reports a programme of the structure that the summary leaves out", () => {
    const specs = seedWorkbook().map((s) =>
      s.name === "Programmastructuur" ? { ...s, rows: [...s.rows, ["11", "Nieuw programma"]] } : s,
    );
    const keys = findingKeys(findingsOf("structure.missing", specs));
    expect(keys).toContain("structure.missing Overzicht!A5");
  });
});

describe("structure.unlabelled-total", () => {
  it("keeps labelled totals quiet", () => {
    const specs = changed(seedWorkbook(), P, "A77", "Totaal 7. Digitalisering");
    expect(findingsOf("structure.unlabelled-total", specs)).toEqual([]);
  });
});
