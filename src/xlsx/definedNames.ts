import JSZip from "jszip";

/**
 * The input workbook's defined names as the file holds them. ExcelJS keeps only names that are
 * plain ranges (a constant such as `Drempel = 50000` is lost, a formula such as `OFFSET(…)` comes
 * out garbled) and writes print areas and print titles itself, with a sheet name such as
 * `Programma's` quoted without doubling its apostrophe: a file no reader opens. So the checked
 * workbook gets the input's own `<definedNames>` element back; Stoplicht adds no names of its own.
 */
export interface InputNames {
  /** The `<definedNames>…</definedNames>` element verbatim, or null when the input has none. */
  element: string | null;
  /** The input's sheet names in `<sheets>` order: what each name's `localSheetId` counts in. */
  sheets: string[];
}

const WORKBOOK_PART = "xl/workbook.xml";

/** An attribute in a start tag: name, then its value in double or single quotes. */
const ATTRIBUTE = /\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** A start tag's attributes, quoted values included, so that a `>` inside a value does not end it. */
const ATTRIBUTES = `((?:\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*`;
const DEFINED_NAMES = new RegExp(`<definedNames\\b${ATTRIBUTES}(?:/>|>([\\s\\S]*?)</definedNames\\s*>)`);
const DEFINED_NAME = new RegExp(`<definedName\\b${ATTRIBUTES}(?:/>|>[\\s\\S]*?</definedName\\s*>)`, "g");
const SHEETS = new RegExp(`<sheets\\b${ATTRIBUTES}(?:/>|>([\\s\\S]*?)</sheets\\s*>)`);
const SHEET = new RegExp(`<sheet\\b${ATTRIBUTES}/?>`, "g");
/** The elements that follow `<definedNames>` in a workbook part (CT_Workbook's order), or its end. */
const AFTER_DEFINED_NAMES =
  /<(?:calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook\s*>/;

/** The defined names of a workbook part (the text of xl/workbook.xml). */
export function namesOf(workbookXml: string): InputNames {
  const found = DEFINED_NAMES.exec(workbookXml);
  return { element: found && hasNames(found[0]) ? found[0] : null, sheets: sheetNames(workbookXml) };
}

/** The defined names of an .xlsx file's contents. */
export async function readInputNames(zip: JSZip): Promise<InputNames> {
  const part = zip.file(WORKBOOK_PART);
  return part ? namesOf(await part.async("string")) : { element: null, sheets: [] };
}

/**
 * The output's workbook part with the input's names in place of the ones ExcelJS wrote: each
 * sheet-scoped name's `localSheetId` pointed at its sheet's place in the output (earlier result
 * sheets may be gone, new ones added), a name whose sheet is gone dropped. Returns the text
 * unchanged when the names already are what the input had.
 */
export function withInputNames(outputXml: string, input: InputNames): string {
  const wanted = input.element === null ? null : remapped(input.element, input.sheets, sheetNames(outputXml));
  const found = DEFINED_NAMES.exec(outputXml);
  if (found) {
    const current = hasNames(found[0]) ? found[0] : null;
    if (current === wanted) return outputXml;
    return outputXml.slice(0, found.index) + (wanted ?? "") + outputXml.slice(found.index + found[0].length);
  }
  if (wanted === null) return outputXml;
  const next = AFTER_DEFINED_NAMES.exec(outputXml);
  // A workbook part always ends in </workbook>; without one there is no place to put the names.
  if (!next) return outputXml;
  return outputXml.slice(0, next.index) + wanted + outputXml.slice(next.index);
}

/**
 * The .xlsx ExcelJS wrote (`output`) with the input's defined names. Re-zipped only when the names
 * differ, and then every other entry keeps its compressed bytes (JSZip copies an entry loaded as
 * deflated when writing deflated): only xl/workbook.xml is compressed again.
 */
export async function keepInputNames(output: Buffer, input: InputNames): Promise<Buffer> {
  const zip = await JSZip.loadAsync(output);
  const part = zip.file(WORKBOOK_PART);
  if (!part) return output;
  const xml = await part.async("string");
  const patched = withInputNames(xml, input);
  if (patched === xml) return output;
  zip.file(WORKBOOK_PART, patched);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The names element with each localSheetId moved from the input's sheet order to the output's. */
function remapped(element: string, from: string[], to: string[]): string | null {
  const result = element.replace(DEFINED_NAME, (name: string, attributes: string) => {
    const local = attribute(attributes, "localSheetId");
    if (local === null) return name;
    const sheet = /^\d+$/.test(local) ? from[Number(local)] : undefined;
    const index = sheet === undefined ? -1 : to.indexOf(sheet);
    if (index < 0) return "";
    const moved = attributes.replace(ATTRIBUTE, (a: string, key: string) =>
      key === "localSheetId" ? ` localSheetId="${index}"` : a,
    );
    return `<definedName${moved}${name.slice("<definedName".length + attributes.length)}`;
  });
  return hasNames(result) ? result : null;
}

/** Whether a names element holds a name: `<definedNames/>` and an empty one count as none. */
function hasNames(element: string): boolean {
  return /<definedName\b/.test(element);
}

function sheetNames(workbookXml: string): string[] {
  const sheets = SHEETS.exec(workbookXml)?.[2] ?? "";
  return [...sheets.matchAll(SHEET)].map((m) => unescapeXml(attribute(m[1], "name") ?? ""));
}

function attribute(attributes: string, key: string): string | null {
  for (const m of attributes.matchAll(ATTRIBUTE)) if (m[1] === key) return m[2] ?? m[3];
  return null;
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex, dec, named) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[named as "amp"],
  );
}
