import { hasLook, STYLES, type CellStyle } from "./styles";
import type { PlanCell } from "./writePlan";

/** A conditional format: cells whose text begins with `beginsWith` (in any case, as Excel compares) get `style`'s look. */
export interface TextRule {
  beginsWith: string;
  style: CellStyle;
}

/**
 * Rules that colour a status column's body exactly as its cells' styles would, one per style, in
 * the order the styles first appear: one rule per colour instead of a format per cell, so that a
 * column of 100k rows costs a handful of calls in Excel. Null when the texts cannot be told apart
 * by how they begin, or a cell's style is not a colour (a number format, a font only).
 */
export function textRules(body: readonly PlanCell[]): TextRule[] | null {
  // Distinct texts per style: a column of 100k rows holds a handful ("OK", "Groen", …).
  const texts = new Map<CellStyle, Set<string>>();
  for (const c of body) {
    if (c.value === null) continue;
    if (typeof c.value !== "string" || !c.style || !STYLES[c.style].fill || !hasLook(STYLES[c.style]))
      return null;
    const set = texts.get(c.style);
    if (set) set.add(c.value);
    else texts.set(c.style, new Set([c.value]));
  }
  const rules: TextRule[] = [];
  for (const [style, values] of texts) {
    let prefix = values.values().next().value as string;
    for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
    if (prefix === "") return null;
    const lower = prefix.toLowerCase();
    for (const [other, others] of texts)
      if (other !== style && [...others].some((v) => v.toLowerCase().startsWith(lower))) return null;
    rules.push({ beginsWith: prefix, style });
  }
  return rules;
}
