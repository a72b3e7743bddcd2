import { attributeOf, escapeXml, findElements, splice } from "./xmlText";

/** The package's `[Content_Types].xml`: which content type each part has. */
export const CONTENT_TYPES = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

/** The content type of `part` (a package path without the leading slash), or null. */
export function contentTypeOf(xml: string, part: string): string | null {
  const name = `/${part}`.toLowerCase();
  for (const e of findElements(xml, `${prefix(xml)}Override`))
    if ((attributeOf(e.attributes, "PartName") ?? "").toLowerCase() === name)
      return attributeOf(e.attributes, "ContentType");
  const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const e of findElements(xml, `${prefix(xml)}Default`))
    if ((attributeOf(e.attributes, "Extension") ?? "").toLowerCase() === extension)
      return attributeOf(e.attributes, "ContentType");
  return null;
}

export function withOverride(xml: string, part: string, contentType: string): string {
  const p = prefix(xml);
  const element = `<${p}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`;
  const close = xml.lastIndexOf(`</${p}Types`);
  if (close < 0) throw new Error("[Content_Types].xml has no <Types> element");
  return splice(xml, close, close, element);
}

export function withoutOverride(xml: string, part: string): string {
  const name = `/${part}`.toLowerCase();
  const found = findElements(xml, `${prefix(xml)}Override`).find(
    (e) => (attributeOf(e.attributes, "PartName") ?? "").toLowerCase() === name,
  );
  return found ? splice(xml, found.start, found.elementEnd, "") : xml;
}

function prefix(xml: string): string {
  return /<([\w.-]+:)?Types[\s>]/.exec(xml)?.[1] ?? "";
}
