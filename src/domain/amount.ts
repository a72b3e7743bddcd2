import type { CellValue } from "./types";

export type ParsedAmount =
  | { kind: "empty" }
  | { kind: "number"; cents: number }
  | { kind: "text"; cents: number }
  | { kind: "invalid"; reason: InvalidReason };

export type InvalidReason = "text" | "error" | "date" | "boolean" | "too-large";

const DASHES = /^[-‐‑‒–—]$/;
const NIL = /^(nil|nihil|n\.?v\.?t\.?|p\.?m\.?|(€|eur|£|\$)[-‐‑‒–—])$/i;
// Spaces that appear inside amounts copied from reports: normal, non-breaking, thin, narrow nbsp.
const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

/** Largest amount in cents the engine does integer arithmetic on without losing a cent. */
export const MAX_SAFE_CENTS = Number.MAX_SAFE_INTEGER;

/**
 * Reads a cell as an amount in integer cents. Numbers are rounded half away from zero to the
 * cent; text is read in Dutch (`1.234.567,89`) or English (`1,234,567.89`) notation.
 * @example parseAmount("(23.307)") → { kind: "text", cents: -2330700 }
 */
export function parseAmount(value: CellValue): ParsedAmount {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return numberToCents(value, "number");
  if (typeof value === "boolean") return { kind: "invalid", reason: "boolean" };
  if (typeof value === "object") {
    return "error" in value ? { kind: "invalid", reason: "error" } : { kind: "invalid", reason: "date" };
  }
  const text = value.replace(SPACES, "");
  if (text === "") return { kind: "empty" };
  // "-", "€ -", "NIL", "nihil" are how budgets print a zero, "n.v.t." (not applicable) and "p.m."
  // (pro memorie: an amount not yet known) how they print none: nil, not an amount typed as text.
  if (DASHES.test(text) || NIL.test(text)) return { kind: "number", cents: 0 };
  if (
    /^#[A-Z0-9/]+[!?]?$/i.test(text) &&
    /^#(REF|VALUE|N\/A|DIV\/0|NAME|NUM|NULL|SPILL|CALC|GETTING_DATA)/i.test(text)
  ) {
    return { kind: "invalid", reason: "error" };
  }
  const n = parseAmountText(text);
  if (n === null) return { kind: "invalid", reason: "text" };
  return numberToCents(n, "text");
}

function numberToCents(n: number, kind: "number" | "text"): ParsedAmount {
  const cents = centsOfNumber(n);
  return cents === null ? { kind: "invalid", reason: "too-large" } : { kind, cents };
}

/**
 * A number to integer cents, rounded half away from zero; null when it is too large to count in
 * cents. The engine's path for numeric cells, which are most of a budget: no object per cell.
 */
export function centsOfNumber(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  const cents = Math.sign(n) * Math.round(Math.abs(n) * 100);
  if (Math.abs(cents) > MAX_SAFE_CENTS) return null;
  // Normalise -0 so that it prints and compares as 0.
  return cents === 0 ? 0 : cents;
}

const CURRENCY_START = /^(€|eur|euro|£|gbp|\$|usd)/i;
const CURRENCY_END = /(€|eur|euro|£|gbp|\$|usd)$/i;

/** Text without spaces to a number, or null when it is not an amount. */
function parseAmountText(input: string): number | null {
  let s = input;
  let negative = false;
  // Ledger notations: "-/-" before a negative amount, "V"/"N" (voordelig/nadelig) after it,
  // ",-" or ",--" for no cents.
  if (s.startsWith("-/-")) {
    negative = true;
    s = s.slice(3);
  }
  const favour = /([VN])$/i.exec(s);
  if (favour && /\d[,.-]*[VN]$/i.test(s)) {
    if (favour[1].toUpperCase() === "N") negative = !negative;
    s = s.slice(0, -1);
  }
  // Brackets, currency, a sign and ",-" nest in any order: "€ (1.234)", "(€ 1.234,-)", "-€ 1.000",
  // "€ -1.000". Peeled off until nothing changes; a second bracket pair or sign is no amount.
  let bracketed = false;
  let signed = false;
  for (;;) {
    const before = s;
    s = s
      .replace(/,-{1,2}$/, "")
      .replace(CURRENCY_START, "")
      .replace(CURRENCY_END, "");
    if (/^\(.*\)$/.test(s)) {
      if (bracketed) return null;
      bracketed = true;
      negative = !negative;
      s = s.slice(1, -1);
    } else if (/^[-−+]/.test(s)) {
      if (signed) return null;
      signed = true;
      if (s[0] !== "+") negative = !negative;
      s = s.slice(1);
    }
    if (s === before) break;
  }
  if (/[-−]$/.test(s)) {
    // Trailing minus, as some ledgers print it: "1.000-".
    negative = !negative;
    s = s.slice(0, -1);
  }
  if (!/^\d[\d.,']*$/.test(s) || /[.,']$/.test(s)) return null;
  const digits = normaliseSeparators(s);
  if (digits === null) return null;
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/** Decides which of `.` and `,` is the decimal separator and returns a plain JS number string. */
function normaliseSeparators(s: string): string | null {
  const t = s.replace(/'/g, "");
  const lastDot = t.lastIndexOf(".");
  const lastComma = t.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    const [intPart, frac, extra] = t.split(decimal);
    if (extra !== undefined || !validGroups(intPart, thousands)) return null;
    return `${intPart.split(thousands).join("")}.${frac}`;
  }
  const sep = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
  if (sep === null) return t;
  const parts = t.split(sep);
  // One separator followed by exactly three digits is a thousands separator in both
  // notations as budgets use them ("5.703", "5,703"): amounts to a tenth of a cent do not occur.
  // A leading 0 group cannot be a thousands group: "0,125" is a fraction.
  if (parts.length === 2 && (parts[1].length !== 3 || /^0+$/.test(parts[0]))) {
    return `${parts[0]}.${parts[1]}`;
  }
  if (!validGroups(t, sep)) return null;
  return parts.join("");
}

function validGroups(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  if (groups.length === 1) return /^\d+$/.test(groups[0]);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Cents to euros as a JS number (for reports and JSON; arithmetic stays in cents). */
export function centsToEuros(cents: number): number {
  return cents / 100;
}
