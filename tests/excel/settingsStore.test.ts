import { SettingsError } from "../../src/domain";
import { loadSettings, saveSettings, SETTINGS_KEY } from "../../src/excel";
import { seedExcel } from "./workbooks";

describe("settingsStore", () => {
  it("gives no settings for a workbook that has none", async () => {
    expect(await loadSettings(seedExcel().context)).toEqual({});
  });

  it("stores the pane's settings in the workbook and reads them back", async () => {
    const fake = seedExcel();
    const settings = {
      language: "en" as const,
      noteThreshold: 15000,
      accepted: [
        { rule: "total.rounding", sheet: "Overzicht", cell: "B15", reason: "Afgerond in het verslag" },
      ],
    };

    await saveSettings(fake.context, settings);

    expect(await loadSettings(fake.context)).toEqual(settings);
    expect(fake.settings().get(SETTINGS_KEY)).toBe(JSON.stringify(settings));
  });

  it("stores nothing when the settings are invalid", async () => {
    const fake = seedExcel();

    await expect(saveSettings(fake.context, { noteThreshold: -1 })).rejects.toBeInstanceOf(SettingsError);
    expect(fake.settings().has(SETTINGS_KEY)).toBe(false);
  });

  it("keeps what it can read of stored settings, accepted findings above all", async () => {
    const fake = seedExcel();
    const accepted = {
      rule: "note.missing",
      sheet: "Programma's",
      cell: "F5",
      reason: "Toegelicht in de AV",
    };
    fake.settings().set(
      SETTINGS_KEY,
      JSON.stringify({
        language: "de",
        noteThreshold: 25000,
        accepted: [accepted, { rule: "x" }],
        newerField: true,
      }),
    );

    expect(await loadSettings(fake.context)).toEqual({ noteThreshold: 25000, accepted: [accepted] });
  });
});
