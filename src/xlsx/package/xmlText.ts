/**
 * The little XML the package editor needs: attributes of a start tag, escaping, and element search
 * by qualified name. Parts are edited as text so that everything around an edit keeps its bytes; a
 * parser that rebuilt the document would rewrite quotes, whitespace and namespace declarations.
 */

/** A start tag's attributes, quoted values included, so that a `>` inside a value does not end it. */
export const ATTRIBUTES = `((?:\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*`;

const ATTRIBUTE = /\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The value of one attribute (unescaped) in the attribute text of a start tag, or null. */
export function attributeOf(attributes: string, name: string): string | null {
  for (const m of attributes.matchAll(ATTRIBUTE)) if (m[1] === name) return unescapeXml(m[2] ?? m[3]);
  return null;
}

/** The attribute text with `name` set to `value` (escaped): replaced where it is, else appended. */
export function withAttribute(attributes: string, name: string, value: string): string {
  let found = false;
  const replaced = attributes.replace(ATTRIBUTE, (whole: string, key: string) => {
    if (key !== name) return whole;
    found = true;
    return ` ${key}="${escapeXml(value)}"`;
  });
  return found ? replaced : `${attributes} ${name}="${escapeXml(value)}"`;
}

/** The attribute text without `name`. */
export function withoutAttribute(attributes: string, name: string): string {
  return attributes.replace(ATTRIBUTE, (whole: string, key: string) => (key === name ? "" : whole));
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex, dec, named) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[named as "amp"],
  );
}

/**
 * Text for a cell or attribute: characters XML 1.0 cannot hold (control characters) are written
 * the way Excel writes them, `_xHHHH_`, and a literal `_xHHHH_` is escaped so it reads back as typed.
 */
export function cellText(text: string): string {
  return escapeXml(
    text
      .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
      .replace(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
        (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
      ),
  );
}

/** The prefix (with its colon, or "") a part uses for a namespace, read from its declarations. */
export function prefixOf(xml: string, namespace: string): string | null {
  const head = xml.slice(0, xml.indexOf(">", xml.search(/<[\w:]+[\s>]/)) + 1);
  for (const m of head.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if ((m[2] ?? m[3]) === namespace) return m[1] ? `${m[1]}:` : "";
  return null;
}

/** An element's start tag: `<name attributes>` or `<name attributes/>`. */
export interface StartTag {
  /** Offset of `<`. */
  start: number;
  /** Offset just past `>`. */
  end: number;
  attributes: string;
  selfClosing: boolean;
}

/** The first start tag of element `qname` at or after `from`, or null. */
export function findStartTag(xml: string, qname: string, from = 0): StartTag | null {
  const re = new RegExp(`<${escapeRegExp(qname)}(?=[\\s/>])${ATTRIBUTES}(/?)>`, "g");
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  return { start: m.index, end: m.index + m[0].length, attributes: m[1], selfClosing: m[2] === "/" };
}

/** An element found whole: its start tag, and where its content and the element end. */
export interface Element extends StartTag {
  /** Offset of the content (just past the start tag). */
  contentStart: number;
  /** Offset of `</name>` (equal to `end` of the start tag when self-closing). */
  contentEnd: number;
  /** Offset just past the element. */
  elementEnd: number;
}

/** The first element `qname` at or after `from`, for elements that do not nest in themselves. */
export function findElement(xml: string, qname: string, from = 0): Element | null {
  const tag = findStartTag(xml, qname, from);
  if (!tag) return null;
  if (tag.selfClosing) return { ...tag, contentStart: tag.end, contentEnd: tag.end, elementEnd: tag.end };
  const close = new RegExp(`</${escapeRegExp(qname)}\\s*>`, "g");
  close.lastIndex = tag.end;
  const m = close.exec(xml);
  if (!m) throw new Error(`Unclosed <${qname}> in a package part`);
  return { ...tag, contentStart: tag.end, contentEnd: m.index, elementEnd: m.index + m[0].length };
}

/** Every element `qname` in `xml` (not nesting in itself), in document order. */
export function findElements(xml: string, qname: string): Element[] {
  const out: Element[] = [];
  for (let e = findElement(xml, qname); e; e = findElement(xml, qname, e.elementEnd)) out.push(e);
  return out;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `text` with `[start, end)` replaced by `insert`. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
