import type { Language } from "../format";
import { en } from "./en";
import { nl } from "./nl";

export type MessageParams = Record<string, string | number | undefined>;
export type MessageKey = keyof typeof nl;
export type Catalogue = Record<string, (p: MessageParams) => string>;

const catalogues: Record<Language, Catalogue> = { nl, en };

/** The message for a key in the chosen language; a missing key is a bug in our code, so it throws. */
export function msg(lang: Language, key: string, params: MessageParams = {}): string {
  const entry = catalogues[lang][key];
  if (!entry) throw new Error(`No ${lang} message for "${key}"`);
  return entry(params);
}

/** Keys present in one catalogue but not the other (a test keeps this empty). */
export function catalogueGaps(): string[] {
  const a = Object.keys(nl);
  const b = Object.keys(en);
  return [...a.filter((k) => !b.includes(k)), ...b.filter((k) => !a.includes(k))];
}

/** A rule's plain name in a language ("Toelichting ontbreekt" for `note.missing`), for people, not its id. */
export function ruleName(rule: string, lang: Language): string {
  const entry = catalogues[lang][`rule.${rule}`];
  return entry ? entry({}) : rule;
}
