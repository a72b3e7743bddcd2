import { fold } from "../text";
import type { ColumnRole } from "../types";

/** What one header cell (its rows joined) says about its column. */
export interface HeaderMeaning {
  role: ColumnRole | "budget" | null;
  year?: number;
}

const NOTE =
  /\b(toelichting(en)?|explanations?|notes?|opmerking(en)?|comments?|verklaring|remarks?|commentary)\b/;
const VARIANCE = /\b(verschil(len)?|afwijking(en)?|variances?|differences?|deviations?)\b/;
// "na wijziging", and with several amendments in a year "na 1e wijziging", "na tweede begrotingswijziging".
const AMENDED =
  /(na ((\d+(e|ste|de)|eerste|tweede|derde|vierde|laatste) )?(begrotings)?wijziging|incl(usief|\.) (begrotings)?wijzigingen|gewijzigde?|amended|revised|bijgestelde?|actuele begroting|current budget|final budget)/;
const ORIGINAL = /(primitie(f|ve)|oorspronkelijke?|original|initial|adopted|vastgestelde?)/;
const BUDGET = /\b(begroting|budget|raming|begroot|budgeted)\b/;
const ACTUAL =
  /\b(jaarrekening|rekening|realisatie|gerealiseerd|werkelijk|actuals?|outturn|realised|realized|spent|expenditure|uitgaven)\b/;
const CODE = /^(code|nr\.?|nummer|no\.?|number|#|ref\.?)$/;
const LABEL =
  /\b(programma('?s)?|programmaonderdeel|onderdeel|omschrijving|naam|programmes?|programs?|description|name|beleidsopgave|items?|post|line|taak|task)\b/;
const PERCENT = /%|procent|percent/;
const YEAR = /\b(19|20)\d{2}\b/;

/**
 * Reads a header text (Dutch or English, any year) as a column role.
 * @example classifyHeader("Begroting 2024 na wijziging") → { role: "amended", year: 2024 }
 */
export function classifyHeader(text: string): HeaderMeaning {
  const t = fold(text);
  if (t === "") return { role: null };
  const yearMatch = YEAR.exec(t);
  const year = yearMatch ? Number(yearMatch[0]) : undefined;
  if (NOTE.test(t)) return { role: "note" };
  // A percentage column is derived, never an amount to add up.
  if (PERCENT.test(t)) return { role: null };
  if (VARIANCE.test(t)) return { role: "variance", year };
  if (BUDGET.test(t) || /\bbudget\b/.test(t)) {
    if (AMENDED.test(t)) return { role: "amended", year };
    if (ORIGINAL.test(t)) return { role: "original", year };
    return { role: "budget", year };
  }
  if (AMENDED.test(t)) return { role: "amended", year };
  if (ACTUAL.test(t)) return { role: "actual", year };
  if (CODE.test(t)) return { role: "code" };
  if (LABEL.test(t)) return { role: "label" };
  return { role: null, year };
}
