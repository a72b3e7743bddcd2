import { fold } from "../text";

/** The twelve provinces, as IPO lists them (north to south). */
export const PROVINCES = [
  "Groningen",
  "Fryslân",
  "Drenthe",
  "Overijssel",
  "Flevoland",
  "Gelderland",
  "Utrecht",
  "Noord-Holland",
  "Zuid-Holland",
  "Zeeland",
  "Noord-Brabant",
  "Limburg",
] as const;

export type Province = (typeof PROVINCES)[number];

/** First letters, lower case: Groningen, Fryslân/Friesland, Drenthe, Overijssel, Utrecht, Noord-, Zuid-, Zeeland, Limburg, Brabant, Provincie, de provincie. */
const INITIALS = new Set([..."gfdounzlbp"].map((c) => c.charCodeAt(0)));

const BY_KEY = new Map<string, Province>([
  ...PROVINCES.map((p) => [key(p), p] as [string, Province]),
  ["friesland", "Fryslân"],
  ["brabant", "Noord-Brabant"],
]);

/**
 * The province a label names: "Fryslân", "Friesland", "Provincie Noord Holland", "N-Brabant";
 * null for any other label.
 * @example provinceOf("Provincie Friesland") === "Fryslân"
 */
export function provinceOf(label: unknown): Province | null {
  if (typeof label !== "string" || label.length < 5 || label.length > 60) return null;
  // Every row of every sheet is asked: a label that starts with no province's (or "Provincie"'s)
  // letter is none, before any folding.
  if (!INITIALS.has(label.trimStart().charCodeAt(0) | 32)) return null;
  const bare = fold(label)
    .replace(/^(de )?(provincie|province|prov\.?)\s+(van\s+)?/, "")
    .replace(/\(.*\)$/, "");
  return BY_KEY.get(key(bare)) ?? null;
}

/** A name folded to its letters, "Noord" and "Zuid" to their initials: "N. Holland" and "Noord-Holland" meet. */
function key(name: string): string {
  return fold(name)
    .replace(/[^a-z]/g, "")
    .replace(/^noord/, "n")
    .replace(/^zuid/, "z");
}
