import { resolveSettings, salvageSettings, SettingsError, type SettingsInput } from "../domain";

/** The key of the pane's settings in the document's settings (saved with the workbook). */
export const SETTINGS_KEY = "stoplicht.settings";

/**
 * The user's settings stored in this workbook, or `{}` when there are none. A field that no longer
 * passes the schema is left out and the rest kept, so that one unreadable field never costs the
 * user the findings they accepted (the pane saves what it loaded).
 */
export async function loadSettings(context: Excel.RequestContext): Promise<SettingsInput> {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load({ value: true });
  await context.sync();
  if (item.isNullObject) return {};
  const stored: unknown = typeof item.value === "string" ? parseJson(item.value) : item.value;
  return salvageSettings(stored).settings;
}

/** Validates and stores the settings in the workbook; invalid settings throw SettingsError and store nothing. */
export async function saveSettings(context: Excel.RequestContext, settings: SettingsInput): Promise<void> {
  resolveSettings(settings);
  // Stored as JSON text: Office keeps strings as they are on every platform.
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
  await context.sync();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SettingsError([`settings: stored value is not JSON`]);
  }
}
