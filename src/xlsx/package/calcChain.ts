import { attributeOf, findElements, findStartTag, prefixOf } from "./xmlText";
import { MAIN_NS } from "./namespaces";

/**
 * The calculation chain (xl/calcChain.xml, Excel's cache of the order it calculated formulas in)
 * without the cells of the given sheets, which are replaced or gone: Excel calls a chain that names
 * a formula no longer there damaged. Returns null when nothing is left (the part goes), and the
 * text unchanged when no entry was on those sheets.
 */
export function calcChainWithout(xml: string, sheetIds: Set<number>): string | null {
  const p = prefixOf(xml, MAIN_NS) ?? "";
  const root = findStartTag(xml, `${p}calcChain`);
  if (!root) return xml;
  const kept: string[] = [];
  let dropped = false;
  // An entry without a sheet id is on the sheet of the entry before it.
  let sheet = NaN;
  for (const e of findElements(xml, `${p}c`)) {
    const i = attributeOf(e.attributes, "i");
    if (i !== null) sheet = Number(i);
    if (sheetIds.has(sheet)) {
      dropped = true;
      continue;
    }
    const text = xml.slice(e.start, e.elementEnd);
    kept.push(i === null && !Number.isNaN(sheet) ? text.replace(/^<([\w:]+)/, `<$1 i="${sheet}"`) : text);
  }
  if (!dropped) return xml;
  if (kept.length === 0) return null;
  const close = xml.lastIndexOf(`</${p}calcChain`);
  return xml.slice(0, root.end) + kept.join("") + xml.slice(close);
}
