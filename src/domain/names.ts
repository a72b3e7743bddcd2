import { fold } from "./text";

// Words that carry no meaning for matching names: "Goederenvervoer & Logistiek" is "… en Logistiek".
const STOP_WORDS = new Set([
  "en",
  "and",
  "&",
  "of",
  "van",
  "de",
  "het",
  "der",
  "the",
  "voor",
  "for",
  "in",
  "op",
]);

interface Token {
  word: string;
  abbreviated: boolean;
}

const tokenCache = new Map<string, Token[]>();

function tokens(name: string): Token[] {
  const cached = tokenCache.get(name);
  if (cached) return cached;
  const out: Token[] = [];
  // Split on spaces and slashes, keeping whether a word was cut short with "." or "/".
  const re = /([^\s/]+?)([./]*)(?=[\s/]|$)/g;
  const text = fold(name).replace(/[()",:;]/g, " ");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const word = m[1].replace(/[-–]/g, "");
    if (word === "" || STOP_WORDS.has(word)) continue;
    out.push({ word, abbreviated: m[2].length > 0 });
  }
  // Names repeat across tables; a bounded cache keeps memory flat on huge workbooks.
  if (tokenCache.size > 10_000) tokenCache.clear();
  tokenCache.set(name, out);
  return out;
}

/**
 * Whether two names mean the same line: equal ignoring case, accents, `&`/`en`, or one is the
 * other abbreviated word by word (`Goed prov./publiek werkgeverschap`) or as an acronym (`IPSN`).
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return ta.length === tb.length;
  if (ta.map((t) => t.word).join(" ") === tb.map((t) => t.word).join(" ")) return true;
  return abbreviates(ta, tb) || abbreviates(tb, ta) || isAcronym(a, tb) || isAcronym(b, ta);
}

function abbreviates(short: Token[], long: Token[]): boolean {
  if (short.length !== long.length) return false;
  return short.every((s, i) => s.word === long[i].word || (s.abbreviated && long[i].word.startsWith(s.word)));
}

function isAcronym(raw: string, long: Token[]): boolean {
  const t = raw.trim();
  if (!/^[A-Z0-9]{2,}$/.test(t) || long.length !== t.length) return false;
  return long.every((w, i) => w.word[0] === t[i].toLowerCase());
}
