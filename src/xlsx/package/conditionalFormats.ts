import { regionBounds, type RegionBounds } from "../../domain";
import { escapeXml, findElements, findStartTag, splice } from "./xmlText";

/** Cells of `range` whose text begins with `beginsWith` (in any case) get differential format `dxfId`. */
export interface TextRuleWrite {
  /** An A1 range of one sheet (`G6:G20`). */
  range: string;
  rules: { beginsWith: string; dxfId: number }[];
}

/**
 * What follows `<conditionalFormatting>` in a worksheet part, as the schema orders its children:
 * a new one goes before the first of these the sheet has.
 */
const AFTER = [
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * The part after `<sheetData>` without the conditional formats lying wholly inside one of
 * `regions` (those Stoplicht added over its status columns), and with `add`'s rules after the
 * sheet's own: each a "begins with" rule as Excel writes one, with its text and the formula
 * Excel evaluates. The user's conditional formats and everything around them keep their bytes.
 */
export function editConditionalFormats(
  tail: string,
  p: string,
  regions: readonly RegionBounds[],
  add: readonly TextRuleWrite[],
): string {
  let xml = tail;
  if (regions.length > 0)
    for (const e of findElements(xml, `${p}conditionalFormatting`).reverse()) {
      const sqref = /\ssqref\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(e.attributes);
      const refs = (sqref?.[1] ?? sqref?.[2] ?? "").trim().split(/\s+/);
      const inside = (ref: string) => {
        const b = regionBounds(ref);
        return (
          b !== null && regions.some((r) => b.r1 >= r.r1 && b.r2 <= r.r2 && b.c1 >= r.c1 && b.c2 <= r.c2)
        );
      };
      if (refs.every(inside)) xml = splice(xml, e.start, e.elementEnd, "");
    }
  const rules = add.filter((a) => a.rules.length > 0);
  if (rules.length === 0) return xml;
  let priority = highestPriority(xml);
  const elements = rules.map((a) => {
    const topLeft = a.range.split(":")[0];
    const cfRules = a.rules.map((r) => {
      const text = `"${r.beginsWith.replace(/"/g, '""')}"`;
      return (
        `<${p}cfRule type="beginsWith" dxfId="${r.dxfId}" priority="${++priority}" operator="beginsWith" text="${escapeXml(r.beginsWith)}">` +
        `<${p}formula>${escapeXml(`LEFT(${topLeft},LEN(${text}))=${text}`)}</${p}formula></${p}cfRule>`
      );
    });
    return `<${p}conditionalFormatting sqref="${a.range}">${cfRules.join("")}</${p}conditionalFormatting>`;
  });
  const at = insertionPoint(xml, p);
  return splice(xml, at, at, elements.join(""));
}

/** After the sheet's last conditional format, else before what the schema puts after them. */
function insertionPoint(xml: string, p: string): number {
  const existing = findElements(xml, `${p}conditionalFormatting`);
  if (existing.length > 0) return existing[existing.length - 1].elementEnd;
  let at = -1;
  for (const name of AFTER) {
    const tag = findStartTag(xml, `${p}${name}`);
    if (tag && (at < 0 || tag.start < at)) at = tag.start;
  }
  if (at >= 0) return at;
  return xml.lastIndexOf("</");
}

/** The highest priority of any rule on the sheet, those kept in an extension (x14) included. */
function highestPriority(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority\s*=\s*["'](\d+)["']/g))
    max = Math.max(max, Number(m[1]));
  return max;
}
