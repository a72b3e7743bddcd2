import { lightOfColour } from "../../../src/domain";
import { adReferences } from "../../../src/domain/outputs/adReferences";
import { readLight } from "../../../src/domain/outputs/readLight";

describe("the colour of a light", () => {
  it.each([
    ["#00B050", "green", "Excel's standard green"],
    ["#92D050", "green", "light green"],
    ["#70AD47", "green", "the theme's Accent 6"],
    ["#C6EFCE", "green", "the Good cell style"],
    ["#FFC000", "orange", "Excel's standard orange"],
    ["#ED7D31", "orange", "the theme's Accent 2"],
    ["#FFFF00", "orange", "yellow, as many Dutch reports colour oranje"],
    ["#FFEB9C", "orange", "the Neutral cell style"],
    ["#FF0000", "red", "Excel's standard red"],
    ["#C00000", "red", "dark red"],
    ["#FFC7CE", "red", "the Bad cell style"],
    ["#FFFFFF", null, "white, as Office reports a cell without fill"],
    ["#D9D9D9", null, "grey"],
    ["#000000", null, "black"],
    ["#4472C4", null, "blue"],
    ["#F2F2F2", null, "near white"],
    ["not a colour", null, "anything else"],
  ])("reads %s as %s (%s)", (hex, light, _why) => {
    expect(lightOfColour(hex)).toBe(light);
  });
});

describe("a light read from its cell", () => {
  it.each([
    ["the Dutch word", "Groen", null, null, "green", "text"],
    ["the Dutch word, in capitals", "ORANJE", null, null, "orange", "text"],
    ["the English word", "Amber", null, null, "orange", "text"],
    ["an initial", "R", null, null, "red", "text"],
    ["a word beside a dot", "groen ●", null, null, "green", "text"],
    ["an emoji", "🔴", null, null, "red", "text"],
    ["a filled empty cell", null, "#FF0000", null, "red", "fill"],
    ["a filled cell with a mark", "x", "#00B050", null, "green", "fill"],
    ["a dot in a coloured font", "●", null, "#FFC000", "orange", "font"],
    ["a dot in the default font", "●", null, "#000000", "unread", null],
    ["n.v.t.", "n.v.t.", null, null, "na", "text"],
    ["n/a", "n/a", null, null, "na", "text"],
    ["a number (under an icon set Stoplicht cannot see)", 2, null, null, "unread", null],
    ["other text", "op schema", null, null, "unread", null],
  ])("reads %s", (_name, value, fill, font, light, source) => {
    expect(readLight(value, fill, font)).toEqual({ light, source });
  });

  it("words win over the fill: a cell that says oranje is orange", () => {
    expect(readLight("Oranje", "#00B050", null)?.light).toBe("orange");
  });

  it("reads an empty cell without colour as no light at all", () => {
    expect(readLight(null, null, null)).toBeNull();
    expect(readLight("  ", "#FFFFFF", null)).toBeNull();
  });
});

describe("the outputs an explanation refers to", () => {
  it.each([
    ["Ad 1. De besluitvorming over het wolvenplan is uitgesteld.", [1]],
    ["Ad 2. 3. 4. De gewenste proactieve inzet komt niet van de grond.", [2, 3, 4]],
    ["Ad 1 en 2: Door vertrek van de programmamanager …", [1, 2]],
    ["Ad 1, 2, 3: Door vertrek van de programmamanager …", [1, 2, 3]],
    ["Ad 5 Interprovinciaal CSIRT: het CSIRT van het NCSC …", [5]],
    ["Ad 1 t/m 3: alle drie uitgesteld", [1, 2, 3]],
    ["Ad 2-4 vertraagd", [2, 3, 4]],
    ["Re 2: delayed", [2]],
    ["Ad 1 2024 was een bijzonder jaar", [1]],
  ])("%s → %j", (text, refs) => {
    expect(adReferences(text)).toEqual(refs);
  });

  it.each(["Adviseren over beleid", "De besluitvorming is uitgesteld.", "Ad hoc overleg"])(
    "finds none in %s",
    (text) => {
      expect(adReferences(text)).toBeNull();
    },
  );
});
