import type { Currency } from "../types";

/** What a text says about the unit of the amounts: their scale, their currency, and the text left. */
export interface ScaleText {
  scale?: number;
  currency?: Currency;
  /** The text without the unit marker: "Begroting 2024" of "Begroting 2024 (x € 1.000)". */
  rest: string;
}

const SYMBOL = "(?:€|£|\\$|eur|gbp|usd)";
const THOUSAND_MARKERS: RegExp[] = [
  // "x € 1.000", "x €1.000", "(x 1.000)", "× € 1,000", "* € 1.000", "in € 1.000", "bedragen in € 1.000"
  new RegExp(`\\(?\\s*(?:x|×|\\*|in)\\s*${SYMBOL}?\\s*1[.,' ]?000(?![.,]?\\d)\\s*\\)?`, "i"),
  // "£000", "£'000", "€ 000", "$000s", "'000", "(000s)", "000's"
  new RegExp(`\\(?\\s*${SYMBOL}?\\s*'?000'?s?\\s*\\)?(?![\\d.,])`, "i"),
  /\(?\s*(?:expressed |stated |amounts |bedragen )?in thousands(?: of (?:euros?|pounds|dollars))?\s*\)?/i,
  /\bin duizenden( euro's?)?\b|\bduizenden euro's?\b/i,
  /\bk€|€\s?k\b|\bkeur\b|\bteur\b/i,
];
const MILLION_MARKERS: RegExp[] = [
  new RegExp(
    `\\(?\\s*(?:x|×|\\*|in)\\s*${SYMBOL}?\\s*1?\\s*(?:mln|miljoen|million|1[.,]000[.,]000)\\.?\\s*\\)?`,
    "i",
  ),
  /\(?\s*(?:expressed |stated |amounts |bedragen )?in (?:millions|miljoenen)(?: of (?:euros?|pounds|dollars))?\s*\)?/i,
  new RegExp(`${SYMBOL}\\s*(?:mln|m)\\b`, "i"),
];
const ONES =
  /\(?\s*(?:bedragen |amounts )?in (?:hele )?(?:euro'?s?|€|pounds|£|dollars|\$)\s*\)?(?!\s*['’]?\s*\d)/i;
const CURRENCIES: [RegExp, Currency][] = [
  [/€|\beur\b|\beuros?\b/i, "EUR"],
  [/£|\bgbp\b|\bpounds?\b|\bsterling\b/i, "GBP"],
  [/\$|\busd\b|\bdollars?\b/i, "USD"],
];

/**
 * Reads a unit marker in a header, title or cell: the scale ("x € 1.000", "£000", "$ in thousands",
 * "(Expressed in Thousands)") and the currency (€, £, $).
 * @example readScale("£'000") → { scale: 1000, currency: "GBP", rest: "" }
 */
export function readScale(text: string): ScaleText {
  let rest = text;
  let scale: number | undefined;
  for (const marker of MILLION_MARKERS) {
    if (marker.test(rest)) {
      scale = 1_000_000;
      rest = markerOut(rest, marker);
      break;
    }
  }
  if (scale === undefined) {
    for (const marker of THOUSAND_MARKERS) {
      const m = marker.exec(rest);
      // A bare "000" is a unit only where nothing but a currency or quote stands beside it.
      if (m && (marker !== THOUSAND_MARKERS[1] || isBareThousands(rest, m))) {
        scale = 1000;
        rest = markerOut(rest, marker);
        break;
      }
    }
  }
  // "In euro's", "(in €)", "bedragen in euro": whole units, said outright.
  if (scale === undefined && ONES.test(rest)) {
    scale = 1;
    rest = markerOut(rest, ONES);
  }
  let currency: Currency | undefined;
  for (const [pattern, code] of CURRENCIES) {
    if (pattern.test(text)) {
      currency = code;
      break;
    }
  }
  if (currency !== undefined) rest = rest.replace(/[€£$]/g, " ");
  const out: ScaleText = { rest: rest.replace(/\s+/g, " ").trim() };
  if (scale !== undefined) out.scale = scale;
  if (currency !== undefined) out.currency = currency;
  return out;
}

function markerOut(text: string, marker: RegExp): string {
  return text.replace(marker, " ");
}

/**
 * "£000", "€'000" or "(000s)" as a unit, never the digits of an amount or a code ("1.000", "2000"):
 * a currency sign or a quote beside the zeros, or the zeros alone in the text.
 */
function isBareThousands(text: string, m: RegExpExecArray): boolean {
  if (/[\d.,]$/.test(text.slice(0, m.index))) return false;
  return /[€£$']/.test(m[0]) || /^\(?'?000'?s?\)?$/.test(text.trim());
}
