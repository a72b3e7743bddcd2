import { formatMoney, type Language } from "./format";
import { msg } from "./messages/catalogue";
import type { Settings } from "./settings";
import type { Currency } from "./types";

/** A percentage the user typed (5, 2.5) as the language writes it: `5%`, `2,5%`. */
export function percentText(percent: number, lang: Language): string {
  const text = String(Math.round(percent * 100) / 100);
  return `${lang === "nl" ? text.replace(".", ",") : text}%`;
}

/**
 * When a variance needs an explanation, in words, in the workbook's currency: "boven € 50.000",
 * "boven € 50.000 en boven 5% van de begroting".
 * @example noteRuleText(DEFAULT_SETTINGS, "nl") === "boven € 50.000"
 */
export function noteRuleText(settings: Settings, lang: Language, currency: Currency | null = "EUR"): string {
  // In the workbook's currency: a £ council's threshold is £ 10,000, not € 10.000.
  const amount = formatMoney(Math.round(settings.noteThreshold * 100), currency, lang);
  if (settings.notePercent === null) return msg(lang, "settings.note.amount", { amount });
  return msg(lang, `settings.note.${settings.noteCombine}`, {
    amount,
    percent: percentText(settings.notePercent, lang),
  });
}

/**
 * The settings a check used, in words, one sentence each: the note rule, the rounding tolerance
 * and the traffic light. For the title of a result sheet and the pane, never formulas or bare numbers.
 */
export function settingsText(
  settings: Settings,
  lang: Language,
  currency: Currency | null = "EUR",
): string[] {
  const rounding =
    settings.roundingTolerance === "auto"
      ? msg(lang, "settings.rounding.auto")
      : msg(lang, "settings.rounding.fixed", { units: settings.roundingTolerance });
  return [
    msg(lang, "settings.note", { rule: noteRuleText(settings, lang, currency) }),
    rounding,
    msg(lang, "settings.light", { percent: percentText(settings.orangePercent, lang) }),
  ];
}
