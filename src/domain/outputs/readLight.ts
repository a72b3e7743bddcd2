import { fold } from "../text";
import type { CellValue, TrafficLight } from "../types";
import { lightOfColour } from "./lightOfColour";

/**
 * A light as read from its cell: a colour, "not applicable" (n.v.t.), or unread: a cell that holds
 * something Stoplicht cannot take for a colour (a dot in the default font colour, a number under
 * a conditional-format icon set). An empty cell without a colour is no light at all (null).
 */
export type LightValue = TrafficLight | "na" | "unread";

/** Where the colour was read: the cell's words, its fill, or the colour of its dot. */
export type LightSource = "text" | "fill" | "font";

export interface LightReading {
  light: LightValue;
  source: LightSource | null;
}

const WORDS: Record<string, TrafficLight> = {
  groen: "green",
  green: "green",
  g: "green",
  oranje: "orange",
  orange: "orange",
  amber: "orange",
  a: "orange",
  o: "orange",
  geel: "orange",
  yellow: "orange",
  rood: "red",
  red: "red",
  r: "red",
};
const EMOJI: [string, TrafficLight][] = [
  ["🟢", "green"],
  ["🟠", "orange"],
  ["🟡", "orange"],
  ["🔴", "red"],
];
const NOT_APPLICABLE = new Set(["n.v.t.", "n.v.t", "nvt", "n/a", "na", "n.a.", "-", "–", "—", "nb", "n.b."]);
/** Symbols that are a light whose colour is its font's (the seed's "bolletjes") or its fill's. */
const DOTS = /^[●⬤•○◯◉■▲⚫⚪]+$/u;

/**
 * Reads a light from a cell's value, fill and font colour. Words win (a cell that says "oranje" is
 * orange whatever its fill), then the fill, then the colour of a dot.
 * @example readLight("Groen", null, null).light === "green"
 * @example readLight("●", null, "#FF0000").light === "red"
 * @example readLight(null, "#C6EFCE", null).light === "green"
 */
export function readLight(
  value: CellValue,
  fill: string | null | undefined,
  font: string | null | undefined,
): LightReading | null {
  const text = typeof value === "string" ? value.trim() : "";
  if (text !== "") {
    const word = wordLight(text);
    if (word) return { light: word, source: "text" };
  }
  const filled = lightOfColour(fill);
  if (filled) return { light: filled, source: "fill" };
  if (text !== "" && DOTS.test(text.replace(/\s+/g, ""))) {
    const dot = lightOfColour(font);
    return dot ? { light: dot, source: "font" } : { light: "unread", source: null };
  }
  // An empty cell is no light; a value that is no text (a number under an icon set) is one
  // Stoplicht cannot see.
  if (text === "")
    return value === null || typeof value === "string" ? null : { light: "unread", source: null };
  if (NOT_APPLICABLE.has(fold(text))) return { light: "na", source: "text" };
  return { light: "unread", source: null };
}

/** The colour a text names: a word (Dutch or English, or its initial), or a coloured emoji. */
function wordLight(text: string): TrafficLight | null {
  for (const [emoji, light] of EMOJI) if (text.includes(emoji)) return light;
  // "Groen ●", "rood." and "(oranje)" name their colour too.
  const bare = fold(text)
    .replace(/[●⬤•○◯◉■▲⚫⚪]/gu, "")
    .replace(/^[(\s]+|[).:\s]+$/g, "");
  return WORDS[bare] ?? null;
}
