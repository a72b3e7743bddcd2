import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { msg, OWNERSHIP_SHEET, type Language } from "../../src/domain";
import { strings } from "../../src/taskpane/i18n";
import { urlsOf } from "../manifest/manifestUrls";

/**
 * The help page the manifest's SupportUrl and LearnMoreUrl name (written to dist/help.html by the
 * build). It must name what the user sees: the pane's buttons, the ribbon button, the sheets and
 * columns written, so each name is taken from where the product takes it.
 */
const ROOT = join(__dirname, "..", "..");
const HTML = readFileSync(join(ROOT, "src", "help", "help.html"), "utf8");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const page = new DOMParser().parseFromString(HTML, "text/html");

function section(lang: Language): string {
  const found = Array.from(page.getElementsByTagName("section")).find((s) => s.getAttribute("lang") === lang);
  if (!found) throw new Error(`help.html has no <section lang="${lang}">`);
  return (found.textContent ?? "").replace(/\s+/g, " ");
}

/** The ribbon button's label in the manifest: DefaultValue (Dutch) or its en-US override. */
function ribbonLabel(lang: Language): string {
  const label =
    /<bt:String id="OpenPane.Label" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US" Value="([^"]+)"/.exec(
      MANIFEST,
    );
  if (!label) throw new Error("manifest.xml has no OpenPane.Label");
  return lang === "nl" ? label[1] : label[2];
}

describe("help.html: what Stoplicht does, how to open it, what it writes, how to remove it", () => {
  it("is in Dutch, with English below it", () => {
    expect(page.documentElement?.getAttribute("lang")).toBe("nl");
    expect(HTML.indexOf('<section lang="nl"')).toBeLessThan(HTML.indexOf('<section lang="en"'));
    expect(section("nl")).toContain("Wat Stoplicht doet");
    expect(section("en")).toContain("What Stoplicht does");
  });

  it.each<Language>(["nl", "en"])(
    "names the ribbon button and the pane's tabs and buttons as they read (%s)",
    (lang) => {
      const pane = strings(lang);
      const text = section(lang);
      for (const name of [
        ribbonLabel(lang),
        pane.tabScan,
        pane.tabCheck,
        pane.tabWrite,
        pane.tabSettings,
        pane.scanButton,
        pane.checkButton,
        pane.writeButton,
        pane.removeButton,
      ])
        expect(text).toContain(name);
    },
  );

  it.each<Language>(["nl", "en"])(
    "names the columns and sheets Stoplicht writes as it writes them (%s)",
    (lang) => {
      const text = section(lang);
      for (const key of [
        "header.check",
        "header.variancePct",
        "header.light",
        "header.draft",
        "draft.prefix",
        "light.green",
        "light.orange",
        "light.red",
        "sheet.findings",
        "sheet.variances",
        "sheet.overspends",
        "sheet.outputs",
        "sheet.contribution",
      ])
        expect(text).toContain(msg(lang, key));
      expect(text).toContain(OWNERSHIP_SHEET);
    },
  );

  it.each<Language>(["nl", "en"])("gives the command line (%s)", (lang) => {
    expect(section(lang)).toMatch(/npx stoplicht \S+\.xlsx/);
    expect(section(lang)).toContain("npx stoplicht --help");
  });

  it("has the part the manifest's English links go to", () => {
    const anchors = urlsOf(MANIFEST)
      .map((u) => new URL(u.value))
      .filter((u) => u.pathname === "/help.html" && u.hash)
      .map((u) => u.hash.slice(1));
    expect(anchors.length).toBeGreaterThan(0);
    for (const id of anchors) expect(page.getElementById(id)?.getAttribute("lang")).toBe("en");
  });

  it("loads nothing from anywhere: no script, every link and image its own, a policy that allows no more", () => {
    expect(page.getElementsByTagName("script").length).toBe(0);
    const references = Array.from(page.getElementsByTagName("*")).flatMap((e: Element) =>
      ["src", "href", "srcset", "action", "data"]
        .map((a) => e.getAttribute(a))
        .filter((v): v is string => !!v),
    );
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((r) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(r))).toEqual([]);
    expect(HTML).not.toMatch(/url\(|@import/);
    for (const r of references.filter((r) => !r.startsWith("#")))
      expect(existsSync(join(ROOT, r))).toBe(true);
    const policy = Array.from(page.getElementsByTagName("meta")).find(
      (m) => m.getAttribute("http-equiv") === "Content-Security-Policy",
    );
    expect(policy?.getAttribute("content")).toMatch(/^default-src 'none'; /);
  });
});
