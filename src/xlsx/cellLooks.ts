import type { CellStyle, StyleLook, WritePlan } from "../domain";
import type { CellLook } from "./package/styleRegistry";

/**
 * The plan's style table in the package's terms: one look object per style, so that the style
 * registry meets the same few objects on every row of a large table and finds their format in its
 * cache. Colours `#RRGGBB` become the file's opaque ARGB.
 */
export function cellLooks(
  styles: WritePlan["styles"],
): (style: CellStyle | undefined) => CellLook | undefined {
  const looks = new Map<CellStyle, CellLook | undefined>();
  for (const [style, look] of Object.entries(styles) as [CellStyle, StyleLook][])
    looks.set(style, cellLook(look));
  return (style) => (style === undefined ? undefined : looks.get(style));
}

function cellLook(look: StyleLook): CellLook | undefined {
  const out: CellLook = {};
  if (look.fill) out.fill = argb(look.fill);
  if (look.fontColor) out.fontColor = argb(look.fontColor);
  if (look.bold) out.bold = true;
  if (look.italic) out.italic = true;
  if (look.underline) out.underline = true;
  if (look.fontSize) out.fontSize = look.fontSize;
  if (look.wrap) out.wrap = true;
  if (look.numberFormat) out.numberFormat = look.numberFormat;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** `#RRGGBB` as an opaque ARGB (`FFRRGGBB`). */
export function argb(colour: string): string {
  return `FF${colour.replace(/^#/, "").toUpperCase()}`;
}
