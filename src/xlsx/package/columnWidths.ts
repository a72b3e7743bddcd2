import { ATTRIBUTES, attributeOf, findElement, splice, withAttribute } from "./xmlText";

/** A column width to set where the column has none; column 0-based, width in characters. */
export interface ColumnWidth {
  col: number;
  width: number;
}

interface Col {
  min: number;
  max: number;
  attributes: string;
}

/**
 * The start of a worksheet part (all that comes before `<sheetData>`) with each column given its width, unless the user gave it one: a `<col>` that
 * covers it with a width stays as it is; one without (a style, a hidden flag) is split so the
 * column keeps those and gains the width.
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
      withAttribute(
        withAttribute(
          withAttribute(withAttribute(attributes, "min", String(n)), "max", String(n)),
          "width",
          String(width),
        ),
        "customWidth",
        "1",
      );
    if (at < 0) {
      const before = cols.findIndex((c) => c.min > n);
      cols.splice(before < 0 ? cols.length : before, 0, { min: n, max: n, attributes: sized("") });
      changed = true;
      continue;
    }
    const c = cols[at];
    if (attributeOf(c.attributes, "width") !== null) continue;
    const pieces: Col[] = [];
    const span = (min: number, max: number) =>
      withAttribute(withAttribute(c.attributes, "min", String(min)), "max", String(max));
    if (c.min < n) pieces.push({ min: c.min, max: n - 1, attributes: span(c.min, n - 1) });
    pieces.push({ min: n, max: n, attributes: sized(c.attributes) });
    if (c.max > n) pieces.push({ min: n + 1, max: c.max, attributes: span(n + 1, c.max) });
    cols.splice(at, 1, ...pieces);
    changed = true;
  }
  if (!changed) return xml;
  const content = cols.map((c) => `<${p}col${c.attributes}/>`).join("");
  if (element) {
    const start = xml.slice(element.start, element.end).replace(/\/>$/, ">");
    return splice(xml, element.start, element.elementEnd, `${start}${content}</${p}cols>`);
  }
  // <cols> comes right before <sheetData>, where the head ends.
  return `${xml}<${p}cols>${content}</${p}cols>`;
}
