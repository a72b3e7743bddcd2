import type { TrafficLight } from "../types";

/**
 * The traffic light a colour shows, by its hue: red, orange (amber and yellow too, as Dutch
 * reports colour "oranje"), or green; null for white, greys, black, blues and purples, and for
 * anything that is no `#RRGGBB`. Pale fills count: Excel's own Good / Neutral / Bad styles
 * (#C6EFCE, #FFEB9C, #FFC7CE) are how many workbooks colour a light.
 * @example lightOfColour("#00B050") === "green"
 * @example lightOfColour("#FFC7CE") === "red"
 */
export function lightOfColour(hex: string | null | undefined): TrafficLight | null {
  if (!hex) return null;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  // Greys, white and black name no colour; nor does a tint so pale it reads as white.
  if (chroma < 0.12 || lightness > 0.93 || lightness < 0.12) return null;
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.25) return null;
  const hue = hueOf(r, g, b, max, chroma);
  if (hue >= 330 || hue < 15) return "red";
  if (hue < 70) return "orange";
  if (hue < 170) return "green";
  return null;
}

function hueOf(r: number, g: number, b: number, max: number, chroma: number): number {
  let h: number;
  if (max === r) h = ((g - b) / chroma) % 6;
  else if (max === g) h = (b - r) / chroma + 2;
  else h = (r - g) / chroma + 4;
  const degrees = h * 60;
  return degrees < 0 ? degrees + 360 : degrees;
}
