import { fold } from "../text";
import type { ColumnKind, ColumnRole, Currency } from "../types";
import { readScale } from "./readScale";

/** What one header cell (its rows joined) says about its column. */
export interface HeaderMeaning {
  /** The column's role; "budget" is a budget not yet known to be original or amended. */
  role: ColumnRole | null;
  year?: number;
  /** Lasten, baten or saldo, where the header names it ("Lasten", "Expenditure", "Net"). */
  kind?: ColumnKind;
  /** The period the figures cover, where the header names one: "ytd", "annual", "month:12", "q1". */
  period?: string;
  /** The scale the header states ("£000", "x € 1.000"). */
  scale?: number;
  currency?: Currency;
}

const NOTE_REQUIRED =
  /\b(explanation|toelichting|note)s? (required|needed|nodig|vereist)\b|\b(required|nodig)\?/;
const NOTE =
  /\b(toelichting(en)?|explanations?|notes?|noot|opmerking(en)?|comments?|verklaring|remarks?|commentary|reasons?|reden(en)?|oorzaak)\b/;
const FLAG =
  /^(v ?\/ ?n|n ?\/ ?v|voordeel ?\/ ?nadeel|voordelig ?\/ ?nadelig|v\/n\??|adv ?\/ ?fav|fav ?\/ ?adv|a ?\/ ?f|f ?\/ ?a)$/;
const PERCENT = /%|procent|percent|\bpct\b/;
const VARIANCE =
  /\b(verschil(len)?|afwijking(en)?|variances?|variations?|differences?|deviations?|vergelijking|over ?\/? ?\(?under\)?|over or \(?under\)?|\(?under\)? ?\/? ?over|favourable|favorable|\(?adverse\)?|onder-? ?\/? ?overschrijding|overschrijding|restant|remaining|remainder|resterend|unspent)\b/;
// "na wijziging", and with several amendments in a year "na 1e wijziging", "na tweede begrotingswijziging".
const AMENDED =
  /(na ((\d+(e|ste|de)|eerste|tweede|derde|vierde|laatste) )?(begrotings)?wijziging|na (voorjaars|najaars)nota|na (vjn|njn)|incl(usief|\.) (begrotings)?wijzigingen|gewijzigde?|amended|revised|bijgestelde?|actuele begroting|current budget|final budget|working budget|latest budget)/;
const ORIGINAL = /(primitie(f|ve)|oorspronkelijke?|original|initial|adopted|vastgestelde?|approved)/;
const AMENDMENT =
  /\b((begrotings)?wijziging(en)?|mutatie(s)?|voorjaarsnota|najaarsnota|vjn|njn|amendments?|virements?|supplementary|bijstelling(en)?)\b/;
const BUDGET =
  /\b(begroting|budgets?|raming|begroot|budgeted|estimates?|estimated|plan|krediet|kredieten|appropriations?)\b/;
const FORECAST = /\b(prognose|verwachting|forecast|projected|projection|outlook|verwacht)\b/;
const ACTUAL =
  /\b(jaarrekening|rekening|realisatie|gerealiseerd|werkelijk|actuals?|outturn|realised|realized|spent|to date|ytd actual|besteed|bestedingen|uitputting|uitgegeven)\b/;
const CODE = /^(code|nr\.?|nummer|no\.?|number|#|ref\.?)$/;
const LABEL =
  /\b(programma('?s)?|programmaonderdeel|onderdeel|omschrijving|naam|programmes?|programs?|description|name|beleidsopgave|items?|post|line|taak|task|taakveld(en)?|service|services|category|categorie|department|afdeling|dienst|product(en)?|activiteit(en)?|doel(en)?|project(en)?|investering(en)?)\b/;
const COSTS = /\b(lasten|kosten|uitgaven|expenditures?|expenses|costs|spending|payments)\b/;
const INCOME = /\b(baten|opbrengsten|inkomsten|ontvangsten|income|revenues?|receipts)\b/;
const NET = /\b(saldo|net|netto|nett)\b/;
const YEAR = /\b(19|20)\d{2}\b/;
const AMOUNT = /\b(bedrag(en)?|amount|totaal|total)\b/;
const MONTHS = [
  /\b(jan|januari|january)\b/,
  /\b(feb|februari|february)\b/,
  /\b(mrt|mar|maart|march)\b/,
  /\b(apr|april)\b/,
  /\b(mei|may)\b/,
  /\b(jun|juni|june)\b/,
  /\b(jul|juli|july)\b/,
  /\b(aug|augustus|august)\b/,
  /\b(sep|sept|september)\b/,
  /\b(okt|oct|oktober|october)\b/,
  /\b(nov|november)\b/,
  /\b(dec|december)\b/,
];

/**
 * Reads a header text (Dutch or English, any year) as a column's role, year, kind and period.
 * @example classifyHeader("Begroting 2024 na wijziging") → { role: "amended", year: 2024 }
 * @example classifyHeader("YTD Actuals") → { role: "actual", period: "ytd" }
 */
export function classifyHeader(text: string): HeaderMeaning {
  const scale = readScale(text);
  const t = fold(scale.rest);
  const extra: Partial<HeaderMeaning> = {};
  if (scale.scale !== undefined) extra.scale = scale.scale;
  if (scale.currency !== undefined) extra.currency = scale.currency;
  if (t === "") return { role: null, ...extra };
  const yearMatch = YEAR.exec(t);
  const year = yearMatch ? Number(yearMatch[0]) : undefined;
  const kind = kindOf(t);
  const period = periodOf(t);
  const meaning = (role: ColumnRole | null, withYear = true): HeaderMeaning => {
    const m: HeaderMeaning = { role, ...extra };
    if (withYear && year !== undefined) m.year = year;
    if (kind !== undefined) m.kind = kind;
    if (period !== undefined) m.period = period;
    return m;
  };
  if (NOTE_REQUIRED.test(t)) return { role: "noteRequired" };
  if (FLAG.test(t)) return { role: "flag" };
  if (NOTE.test(t)) return { role: "note" };
  // A percentage column is derived from the others, never an amount to add up.
  if (PERCENT.test(t)) return meaning("percent");
  if (VARIANCE.test(t)) return meaning("variance");
  if (FORECAST.test(t)) return meaning("forecast");
  if (BUDGET.test(t)) {
    if (AMENDED.test(t)) return meaning("amended");
    if (ORIGINAL.test(t)) return meaning("original");
    if (AMENDMENT.test(t) && !/\bna\b/.test(t)) return meaning("amendment");
    return meaning("budget");
  }
  if (AMENDED.test(t) || /^final$/.test(t)) return meaning("amended");
  if (/^(original|oorspronkelijk|primitief)$/.test(t)) return meaning("original");
  if (AMENDMENT.test(t)) return meaning("amendment");
  if (ACTUAL.test(t)) return meaning("actual");
  if (CODE.test(t)) return { role: "code" };
  if (LABEL.test(t) && kind === undefined) return { role: "label" };
  // "Lasten", "Expenditure", "Net" alone: an amount of that kind, its scenario from the group above.
  if (kind !== undefined || period !== undefined || AMOUNT.test(t)) return meaning("amount");
  // A header of years only (a multi-year overview: 2018 | 2019 | 2020).
  if (year !== undefined && /^\(?(19|20)\d{2}([/-]\d{2,4})?\)?$/.test(t)) return meaning("amount");
  return { role: null, ...(year !== undefined ? { year } : {}), ...extra };
}

function kindOf(t: string): ColumnKind | undefined {
  const costs = COSTS.test(t);
  const income = INCOME.test(t);
  // "Saldo van baten en lasten" names both and is the net; "Baten en lasten" alone says nothing.
  if (NET.test(t)) return "saldo";
  if (costs && !income) return "lasten";
  if (income && !costs) return "baten";
  return undefined;
}

function periodOf(t: string): string | undefined {
  if (/\b(ytd|year to date|to date|t\/m|tot en met|cumulatief|cumulative)\b/.test(t)) return "ytd";
  if (/\b(annual|full year|jaarbudget|jaarbegroting|whole year|year end)\b/.test(t)) return "annual";
  const q = /\b(q|kw|kwartaal ?|quarter ?)([1-4])\b/.exec(t);
  if (q) return `q${q[2]}`;
  for (let m = 0; m < MONTHS.length; m++) if (MONTHS[m].test(t)) return `month:${m + 1}`;
  return undefined;
}
