import { findingName } from "../../src/domain";

describe("findingName", () => {
  it.each([
    [{ rowName: "1.1.3 Water", columnName: "Rekening 2024", code: "1.1.3" }, "1.1.3 Water · Rekening 2024"],
    [{ rowName: "Water", columnName: "Rekening 2024", code: "1.1.3" }, "1.1.3 Water · Rekening 2024"],
    [
      { rowName: "Totaal 1. Ruimte en Leefomgeving", columnName: "Verschil", code: "1" },
      "Totaal 1. Ruimte en Leefomgeving · Verschil",
    ],
    [{ rowName: "Totaal 1.1 Ruimte", code: "1" }, "1 Totaal 1.1 Ruimte"],
    [{ rowName: "11 Overig", code: "1" }, "1 11 Overig"],
    [{ rowName: "", columnName: "Verschil", code: "7" }, "7 · Verschil"],
    [{}, null],
  ])("names %j as %j", (finding, name) => {
    expect(findingName(finding)).toBe(name);
  });
});
