import { ATTRIBUTES, attributeOf, findElement, splice, withAttribute, withoutAttribute } from "./xmlText";

/** A column's width to set, in characters, or null for the sheet's standard width; column 0-based. */
export interface ColumnWidth {
  col: number;
  width: number | null;
}

interface Col {
  min: number;
  max: number;
  attributes: string;
}

/**
 * The start of a worksheet part (all that comes before `<sheetData>`) with each listed column given
 * its width, or its width taken away. The plan has decided which columns get one; what else a
 * `<col>` says (a style, a hidden flag, an outline level) stays, and a `<col>` covering several
 * columns is split so the others keep theirs.
 */
export function setColumnWidths(head: string, p: string, widths: ColumnWidth[]): string {
  const xml = head;
  if (widths.length === 0) return xml;
  const element = findElement(xml, `${p}cols`);
  const cols: Col[] = [];
  if (element) {
    const re = new RegExp(`<${p}col(?=[\\s/>])${ATTRIBUTES}/?>(?:</${p}col>)?`, "g");
    for (const m of xml.slice(element.contentStart, element.contentEnd).matchAll(re)) {
      const min = Number(attributeOf(m[1], "min"));
      const max = Number(attributeOf(m[1], "max"));
      if (Number.isInteger(min) && Number.isInteger(max)) cols.push({ min, max, attributes: m[1] });
    }
  }
  let changed = false;
  for (const { col, width } of widths) {
    const n = col + 1;
    const at = cols.findIndex((c) => n >= c.min && n <= c.max);
    const sized = (attributes: string) =>
      width === null
        ? withoutAttribute(withoutAttribute(withoutAttribute(attributes, "width"), "customWidth"), "bestFit")
        : withAttribute(withAttribute(attributes, "width", String(width)), "customWidth", "1");
    const only = (attributes: string) =>
      withAttribute(withAttribute(attributes, "min", String(n)), "max", String(n));
    if (at < 0) {
      if (width === null) continue;
      const before = cols.findIndex((c) => c.min > n);
      cols.splice(before < 0 ? cols.length : before, 0, { min: n, max: n, attributes: sized(only("")) });
      changed = true;
      continue;
    }
    const c = cols[at];
    const attributes = sized(only(c.attributes));
    if (attributes === only(c.attributes)) continue;
    const pieces: Col[] = [];
    const span = (min: number, max: number) =>
      withAttribute(withAttribute(c.attributes, "min", String(min)), "max", String(max));
    if (c.min < n) pieces.push({ min: c.min, max: n - 1, attributes: span(c.min, n - 1) });
    // A column left with nothing to say but where it is needs no element.
    if (!isBare(attributes)) pieces.push({ min: n, max: n, attributes });
    if (c.max > n) pieces.push({ min: n + 1, max: c.max, attributes: span(n + 1, c.max) });
    cols.splice(at, 1, ...pieces);
    changed = true;
  }
  if (!changed) return xml;
  const content = cols.map((c) => `<${p}col${c.attributes}/>`).join("");
  if (element) {
    if (content === "") return splice(xml, element.start, element.elementEnd, "");
    const start = xml.slice(element.start, element.end).replace(/\/>$/, ">");
    return splice(xml, element.start, element.elementEnd, `${start}${content}</${p}cols>`);
  }
  // <cols> comes right before <sheetData>, where the head ends.
  return `${xml}<${p}cols>${content}</${p}cols>`;
}

/** Whether a `<col>` holds only its `min` and `max`. */
function isBare(attributes: string): boolean {
  return withoutAttribute(withoutAttribute(attributes, "min"), "max").trim() === "";
}
