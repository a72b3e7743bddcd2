import { formatCents, formatPercent, type Language } from "./format";
import { msg } from "./messages/catalogue";

/**
 * A drafted explanation built from the row's own figures, marked as a draft so nobody mistakes it
 * for the accountant's text. Amounts in cents of euros.
 * @example draftNote({ amended: 100_000_00, actual: 90_000_00, original: null }, "nl")
 *   → "[Concept] Onderbesteding van € 10.000 (10,0% van de begroting na wijziging van € 100.000). Oorzaak nog toelichten."
 */
export function draftNote(
  figures: { amended: number; actual: number; original: number | null; income?: boolean },
  lang: Language,
): string {
  const { amended, actual, original, income } = figures;
  const variance = amended - actual;
  const parts = [msg(lang, "draft.prefix")];
  const pct = amended === 0 ? "—" : formatPercent(Math.abs(variance) / Math.abs(amended), lang);
  const params = { amount: formatCents(Math.abs(variance), lang), pct, amended: formatCents(amended, lang) };
  const kind = income
    ? variance <= 0
      ? "draft.income-higher"
      : "draft.income-lower"
    : variance >= 0
      ? "draft.underspend"
      : "draft.overspend";
  parts.push(msg(lang, kind, params));
  if (original !== null && original !== amended) {
    const change = amended - original;
    // In words, not signs: "€ 19.000 hoger" reads at once, "+€ 19.000" is a second way of writing amounts.
    const signed = msg(lang, change > 0 ? "draft.change.up" : "draft.change.down", {
      amount: formatCents(Math.abs(change), lang),
    });
    parts.push(
      msg(lang, "draft.amendment", {
        original: formatCents(original, lang),
        amended: formatCents(amended, lang),
        change: signed,
      }),
    );
  }
  parts.push(msg(lang, "draft.explain"));
  return parts.join(" ");
}
