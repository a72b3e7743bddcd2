import { adviseOn } from "../../src/taskpane/errors";
import { MergedCellsUnknownError, ProtectedSheetError, WorkbookChangedError } from "../../src/excel";
import { SettingsError } from "../../src/domain";
import { EngineError } from "../../src/taskpane/engine";
import { languageFromDisplay, strings } from "../../src/taskpane/i18n";

describe("languageFromDisplay", () => {
  it.each([
    ["nl-NL", "nl"],
    ["nl-BE", "nl"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    ["de-DE", "en"],
    [undefined, "nl"],
    ["", "nl"],
  ])(
    "reads the display language %p as %p: Dutch by default, English for any language but Dutch",
    (display, lang) => {
      expect(languageFromDisplay(display)).toBe(lang);
    },
  );
});

describe("the pane's catalogue", () => {
  function shape(value: unknown): unknown {
    if (typeof value === "function") return "function";
    if (typeof value === "object" && value !== null)
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, shape((value as Record<string, unknown>)[k])]),
      );
    return typeof value;
  }

  it("has the same keys in Dutch and English", () => {
    expect(shape(strings("en"))).toEqual(shape(strings("nl")));
  });
});

describe("adviseOn", () => {
  it.each([
    [
      "an edit in progress",
      Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" }),
      "cellEdit",
      true,
    ],
    [
      "a payload over 5 MB",
      Object.assign(new Error("x"), { code: "RequestPayloadSizeLimitExceeded" }),
      "tooLarge",
      true,
    ],
    ["a changed workbook", new WorkbookChangedError(["Overzicht"]), "changed", false],
    ["a protected sheet", new ProtectedSheetError("Overzicht"), "protected", true],
    ["an Excel that cannot show merged cells", new MergedCellsUnknownError(), "mergedUnknown", false],
    ["invalid settings", new SettingsError(["noteThreshold: too small"]), "settings", false],
    ["an engine crash", new EngineError("boom"), "engine", true],
    ["anything else", new Error("boom"), "generic", true],
    ["a thrown string", "boom", "generic", true],
  ])("classifies %s", (_what, error, kind, retry) => {
    expect(adviseOn(error, "nl")).toMatchObject({ kind, retry });
  });

  it("lets an adapter message that says what to do stand alone", () => {
    expect(adviseOn(new WorkbookChangedError(["Overzicht"]), "nl")).toMatchObject({
      forUser: true,
      selfExplaining: true,
    });
    expect(adviseOn(new Error("boom"), "nl")).toMatchObject({ forUser: false, selfExplaining: false });
  });

  it("uses the adapter's message in the user's language", () => {
    expect(adviseOn(new ProtectedSheetError("Overzicht"), "nl").detail).toMatch(/is beveiligd/);
    expect(adviseOn(new ProtectedSheetError("Overzicht"), "en").detail).toMatch(/is protected/);
  });
});
