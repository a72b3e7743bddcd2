import { DOMParser, type Element, type Node } from "@xmldom/xmldom";

/** One URL of a manifest: where it stands (`<SupportUrl DefaultValue>`, `<AppDomain>`) and its value. */
export interface ManifestUrl {
  where: string;
  value: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function* descendants(node: Node): Generator<Node> {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    yield child;
    yield* descendants(child);
  }
}

/**
 * Every attribute value and element text of `xml` that is an absolute http(s) URL, in document
 * order, found by parsing (so a URL in a comment is not one), namespace declarations left out.
 */
export function urlsOf(xml: string): ManifestUrl[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const urls: ManifestUrl[] = [];
  for (const node of descendants(doc)) {
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as unknown as Element;
      for (const attribute of Array.from(element.attributes))
        if (/^https?:\/\//i.test(attribute.value) && !attribute.name.startsWith("xmlns"))
          urls.push({ where: `<${element.tagName} ${attribute.name}>`, value: attribute.value });
    } else if (node.nodeType === TEXT_NODE && /^\s*https?:\/\//i.test(node.nodeValue ?? "")) {
      urls.push({ where: `<${node.parentNode?.nodeName}>`, value: (node.nodeValue ?? "").trim() });
    }
  }
  return urls;
}
