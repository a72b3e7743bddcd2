import type { Currency } from "./types";

export type Language = "nl" | "en";

const SYMBOLS: Record<Currency, string> = { EUR: "€", GBP: "£", USD: "$" };

/**
 * Between a currency symbol and its amount in Dutch: a no-break space, so that a line never ends
 * in a lone `€` with its figure on the next.
 */
export const NBSP = "\u00a0";

/** Cents as a euro amount in the language's notation: `€ 1.234` / `€1,234`, cents only when present. */
export function formatCents(cents: number, lang: Language): string {
  return formatMoney(cents, "EUR", lang);
}

/**
 * Cents as an amount of the table's currency: `€ 1.234`, `£1,234`; without a symbol where the
 * table states no currency. Negatives one way per language, as that language's Excel writes them
 * by default: `€ -1.234` in Dutch (the symbol first, the minus on the figure), `-€1,234` in English.
 */
export function formatMoney(cents: number, currency: Currency | null, lang: Language): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  const group = lang === "nl" ? "." : ",";
  const decimal = lang === "nl" ? "," : ".";
  const grouped = groupThousands(String(euros), group);
  const body = rest === 0 ? grouped : `${grouped}${decimal}${String(rest).padStart(2, "0")}`;
  const sign = negative ? "-" : "";
  if (currency === null) return `${sign}${body}`;
  const symbol = SYMBOLS[currency];
  return lang === "nl" ? `${symbol}${NBSP}${sign}${body}` : `${sign}${symbol}${body}`;
}

/** `1234567` → `1.234.567`: every message and drafted note formats amounts, so no regex here. */
function groupThousands(digits: string, separator: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** A fraction as a percentage with one decimal: 0.057 → `5,7%` / `5.7%`. */
export function formatPercent(fraction: number, lang: Language): string {
  const tenths = Math.round(Math.abs(fraction) * 1000);
  const text = `${Math.floor(tenths / 10)}${lang === "nl" ? "," : "."}${tenths % 10}%`;
  return fraction < 0 && tenths !== 0 ? `-${text}` : text;
}
