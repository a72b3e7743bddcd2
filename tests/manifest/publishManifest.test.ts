import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { DEV_ORIGIN, publishManifest, rebased } from "../../scripts/manifest/publishManifest";
import { urlsOf } from "./manifestUrls";

const MANIFEST = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
const BASE = new URL("https://example.org/stoplicht/");

/** Every element as `name attr=value …`, in document order, with `map` applied to each value. */
function elements(xml: string, map: (value: string) => string = (v) => v): string[] {
  const all = new DOMParser().parseFromString(xml, "text/xml").getElementsByTagName("*");
  return Array.from(all).map((element: Element) => {
    const attributes = Array.from(element.attributes).map((a) => `${a.name}=${map(a.value)}`);
    const text = Array.from(element.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => map((n.nodeValue ?? "").trim()))
      .join("");
    return [element.tagName, ...attributes, text].join(" ");
  });
}

describe("publishManifest: the development manifest for the host where dist/ is published", () => {
  const published = publishManifest(MANIFEST, BASE);

  it("moves every URL of the dev server under the base, and an AppDomain to the base's origin", () => {
    const before = urlsOf(MANIFEST);
    const after = urlsOf(published);
    expect(after.map((u) => u.where)).toEqual(before.map((u) => u.where));
    expect(after).toEqual(
      before.map(({ where, value }) => ({
        where,
        value: where === "<AppDomain>" ? "https://example.org" : value.replace(`${DEV_ORIGIN}/`, BASE.href),
      })),
    );
    expect(after.find((u) => u.where === "<SourceLocation DefaultValue>")?.value).toBe(
      "https://example.org/stoplicht/taskpane.html",
    );
    expect(after.find((u) => u.where === "<SupportUrl DefaultValue>")?.value).toBe(
      "https://example.org/stoplicht/help.html",
    );
  });

  it("leaves localhost nowhere, not even in a comment", () => {
    expect(published).not.toMatch(/localhost/i);
    expect(published).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<!-- Stoplicht, built by npm run build/,
    );
    expect(published.endsWith("</OfficeApp>\n")).toBe(true);
  });

  it("changes nothing else: every element, attribute and text as in manifest.xml", () => {
    const back = (value: string) =>
      value === "https://example.org" ? DEV_ORIGIN : value.replace(BASE.href, `${DEV_ORIGIN}/`);
    expect(elements(published, back)).toEqual(elements(MANIFEST));
  });

  it.each([
    ["a host's root", "https://example.org/", "https://example.org/taskpane.html"],
    [
      "a port and a deep folder",
      "https://intranet.example.org:8443/a/b/c/",
      "https://intranet.example.org:8443/a/b/c/taskpane.html",
    ],
    [
      "an & in the folder, escaped in the XML",
      "https://example.org/r&d/",
      "https://example.org/r&d/taskpane.html",
    ],
    [
      "a -- in the folder, which a comment may not hold",
      "https://example.org/a--b/",
      "https://example.org/a--b/taskpane.html",
    ],
  ])("publishes to %s", (_what, base, taskpane) => {
    const xml = publishManifest(MANIFEST, new URL(base));
    expect(urlsOf(xml).find((u) => u.where === "<SourceLocation DefaultValue>")?.value).toBe(taskpane);
    expect(() =>
      new DOMParser({
        onError: () => {
          throw new Error("not well-formed");
        },
      }).parseFromString(xml, "text/xml"),
    ).not.toThrow();
  });

  it("stops on a URL of the development machine it cannot move, naming it", () => {
    const elsewhere = MANIFEST.replace(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:8080/assets/icon-32.png"/>',
    );
    expect(() => publishManifest(elsewhere, BASE)).toThrow(
      /names the development machine .*<IconUrl DefaultValue>: https:\/\/localhost:8080\/assets\/icon-32.png/,
    );
  });

  it("stops on a manifest that is not well-formed XML", () => {
    expect(() => publishManifest(MANIFEST.replace("</Hosts>", ""), BASE)).toThrow();
  });
});

describe("rebased", () => {
  it.each([
    ["https://localhost:3000/assets/icon-16.png", "https://example.org/stoplicht/assets/icon-16.png"],
    ["https://localhost:3000/help.html#english", "https://example.org/stoplicht/help.html#english"],
    ["https://localhost:3000/", "https://example.org/stoplicht/"],
    ["https://localhost:3000", "https://example.org"],
    ["  https://localhost:3000/taskpane.html\n", "https://example.org/stoplicht/taskpane.html"],
  ])("moves %s under the base", (value, moved) => {
    expect(rebased(value, BASE)).toBe(moved);
  });

  it.each([
    "https://localhost:3001/taskpane.html",
    "http://localhost:3000/taskpane.html",
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    "Stoplicht",
    "",
  ])("leaves %j alone", (value) => {
    expect(rebased(value, BASE)).toBeUndefined();
  });
});
