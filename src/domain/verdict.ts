import type { Currency } from "./types";
import type { Language } from "./format";
import { msg } from "./messages/catalogue";
import type { Settings } from "./settings";
import { noteRuleText } from "./settingsText";
import type { Finding } from "./types";

/** The counts a verdict is made of: open findings only, accepted ones are dealt with. */
export interface VerdictCounts {
  /** Errors that follow from no other: the mistakes to correct. */
  errors: number;
  /** Errors that follow from one of those: they go away with their root. */
  consequences: number;
  /** Variances that need an explanation and have none (`note.missing`). */
  notesMissing: number;
  /** The other warnings. */
  otherWarnings: number;
}

/** What a check found, counted for its verdict. */
export function verdictCounts(findings: readonly Finding[]): VerdictCounts {
  const counts: VerdictCounts = { errors: 0, consequences: 0, notesMissing: 0, otherWarnings: 0 };
  for (const f of findings) {
    if (f.accepted) continue;
    if (f.severity === "error") {
      if (f.causedBy) counts.consequences++;
      else counts.errors++;
    } else if (f.severity === "warning") {
      if (f.rule === "note.missing") counts.notesMissing++;
      else counts.otherWarnings++;
    }
  }
  return counts;
}

/**
 * The check's outcome in one or a few sentences, what a controller reads first: the mistakes to
 * correct, then the variances still to explain, then the other warnings.
 * @example verdict(findings, DEFAULT_SETTINGS, "nl") === "Geen fouten. 9 verschillen boven € 50.000 zonder toelichting."
 */
export function verdict(
  findings: readonly Finding[],
  settings: Settings,
  lang: Language,
  currency: Currency | null = "EUR",
): string {
  const c = verdictCounts(findings);
  const parts: string[] = [];
  if (c.errors === 0) parts.push(msg(lang, "verdict.errors.none"));
  else if (c.consequences === 0) parts.push(msg(lang, "verdict.errors", { n: c.errors }));
  else parts.push(msg(lang, "verdict.errors.consequences", { n: c.errors, consequences: c.consequences }));
  if (c.notesMissing > 0)
    parts.push(
      msg(lang, "verdict.notes", { n: c.notesMissing, rule: noteRuleText(settings, lang, currency) }),
    );
  if (c.otherWarnings > 0)
    parts.push(
      msg(lang, c.notesMissing > 0 ? "verdict.warnings.other" : "verdict.warnings", { n: c.otherWarnings }),
    );
  if (c.notesMissing === 0 && c.otherWarnings === 0) parts.push(msg(lang, "verdict.warnings.none"));
  return parts.join(" ");
}
