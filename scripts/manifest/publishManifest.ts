/**
 * The development manifest (every URL at the dev server) rewritten for the host where `dist/` is
 * published. Done on the parsed XML, not on its text: only attribute values and element text that
 * are URLs of the dev server change, so a URL in a comment, a `&amp;` in a value or a new element
 * a later manifest adds cannot be half-rewritten, and anything still naming localhost afterwards
 * stops the build instead of shipping a manifest that loads from the user's own machine.
 */
import { DOMParser, XMLSerializer, onErrorStopParsing, type Document, type Node } from "@xmldom/xmldom";

/** Where `npm run dev-server` serves dist/, as manifest.xml names it. */
export const DEV_ORIGIN = "https://localhost:3000";

/** Names of the development machine that must not survive into a published manifest. */
const LOCAL_HOST = /localhost|127\.0\.0\.1|\[::1\]/i;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/**
 * `value` moved from the dev server to `base`, or `undefined` when it is no dev-server URL.
 * A bare origin (an AppDomain: a domain, not a page) becomes the base's origin.
 *
 * @example rebased("https://localhost:3000/assets/icon-16.png", new URL("https://example.org/s/")) === "https://example.org/s/assets/icon-16.png"
 */
export function rebased(value: string, base: URL): string | undefined {
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.origin !== DEV_ORIGIN) return undefined;
  if (text === DEV_ORIGIN) return base.origin;
  return new URL(url.pathname.slice(1) + url.search + url.hash, base).href;
}

function* descendants(node: Node): Generator<Node> {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    yield child;
    yield* descendants(child);
  }
}

/** Every attribute value and text of `doc` that is a dev-server URL, moved under `base`. */
function rebaseUrls(doc: Document, base: URL): void {
  for (const node of descendants(doc)) {
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as unknown as import("@xmldom/xmldom").Element;
      for (const attribute of Array.from(element.attributes)) {
        const url = rebased(attribute.value, base);
        if (url !== undefined) attribute.value = url;
      }
    } else if (node.nodeType === TEXT_NODE) {
      const url = rebased(node.nodeValue ?? "", base);
      if (url !== undefined) node.nodeValue = url;
    }
  }
}

/** Attribute values and texts that still name the development machine, as `<Element>: value`. */
function localLeftovers(doc: Document): string[] {
  const left: string[] = [];
  for (const node of descendants(doc)) {
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as unknown as import("@xmldom/xmldom").Element;
      for (const attribute of Array.from(element.attributes))
        if (LOCAL_HOST.test(attribute.value))
          left.push(`<${element.tagName} ${attribute.name}>: ${attribute.value}`);
    } else if (node.nodeType === TEXT_NODE && LOCAL_HOST.test(node.nodeValue ?? "")) {
      left.push(
        `<${(node.parentNode as { nodeName?: string } | null)?.nodeName}>: ${node.nodeValue?.trim()}`,
      );
    }
  }
  return left;
}

/**
 * The header comment says where the file comes from: the development manifest's says its URLs are
 * the dev server's, which no longer holds.
 */
function replaceHeaderComments(doc: Document): void {
  for (const node of Array.from(doc.childNodes))
    if (node.nodeType === COMMENT_NODE || node.nodeType === TEXT_NODE) doc.removeChild(node);
  // The base stays out of the comment: a URL may hold "--", which a comment may not.
  const header = doc.createComment(
    " Stoplicht, built by npm run build from manifest.xml with STOPLICHT_BASE_URL: change manifest.xml, not this file. ",
  );
  doc.insertBefore(header, doc.documentElement);
  // The declaration, the header and the root each on a line of their own, as in manifest.xml.
  doc.insertBefore(doc.createTextNode("\n"), header);
  doc.insertBefore(doc.createTextNode("\n"), doc.documentElement);
}

/**
 * The manifest for an add-in hosted at `base` (which ends in `/`, see publishBase): every URL of
 * the dev server moved under it, everything else as it was.
 *
 * @throws when `devManifest` is not well-formed XML, or still names localhost after the move
 */
export function publishManifest(devManifest: string, base: URL): string {
  const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(devManifest, "text/xml");
  rebaseUrls(doc, base);
  const left = localLeftovers(doc);
  if (left.length > 0)
    throw new Error(
      `manifest.xml names the development machine where the build cannot move it under ${base.href} ` +
        `(only ${DEV_ORIGIN} URLs move): ${left.join("; ")}`,
    );
  replaceHeaderComments(doc);
  return `${new XMLSerializer().serializeToString(doc)}\n`;
}
