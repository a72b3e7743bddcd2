/**
 * The build as published: `npm run test:e2e` runs its one production build with
 * `--env STOPLICHT_BASE_URL=https://example.org/stoplicht/` (package.json), so the pane test runs
 * on the same dist/ an organisation would host. Here: dist/manifest.xml names every file under that
 * base, validates against the Office XSDs, and sends Support to the help page the build wrote,
 * which opens in Chromium loading nothing from elsewhere.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { DEV_ORIGIN, publishManifest } from "../../scripts/manifest/publishManifest";
import { urlsOf } from "../manifest/manifestUrls";
import { haveXsds, validateManifest, warnWhenXsdsAbsent } from "../manifest/officeXsd";
import { CHROMIUM, DIST, ROOT, startPaneSession } from "./paneHarness";

/** The base package.json's test:e2e builds for. */
const BASE = "https://example.org/stoplicht/";

function built(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path))
    throw new Error(`dist/${file} is missing: run \`npm run test:e2e\`, which builds first.`);
  return readFileSync(path, "utf8");
}

/**
 * A help page's sections as `lang#id: text`: the build minifies the page (webpack's default
 * minimizer: unquoted attributes, collapsed spaces), so the built page is compared by what it says.
 */
function sectionsOf(html: string): string[] {
  const quiet = (level: string, message: string) => {
    if (level !== "warning") throw new Error(message);
  };
  const page = new DOMParser({ onError: quiet }).parseFromString(html, "text/html");
  return Array.from(page.getElementsByTagName("section")).map(
    (s) =>
      `${s.getAttribute("lang")}#${s.getAttribute("id")}: ${(s.textContent ?? "").replace(/\s+/g, " ").trim()}`,
  );
}

const manifest = built("manifest.xml");
if (manifest.includes(DEV_ORIGIN))
  throw new Error(
    `dist/manifest.xml is the development manifest: \`npm run test:e2e\` builds with --env STOPLICHT_BASE_URL=${BASE}.`,
  );

warnWhenXsdsAbsent("dist/manifest.xml");

describe("dist/ built with STOPLICHT_BASE_URL", () => {
  it("names every URL under the base, and the base's host as its AppDomain", () => {
    const urls = urlsOf(manifest);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => u.where === "<AppDomain>").map((u) => u.value)).toEqual([
      "https://example.org",
    ]);
    expect(urls.filter((u) => u.where !== "<AppDomain>" && !u.value.startsWith(BASE))).toEqual([]);
    expect(manifest).not.toMatch(/localhost/i);
  });

  it("names only files the build wrote", () => {
    const files = new Set(
      urlsOf(manifest)
        .filter((u) => u.value.startsWith(BASE))
        .map((u) => decodeURIComponent(new URL(u.value).pathname.slice(new URL(BASE).pathname.length))),
    );
    expect([...files].sort()).toEqual([
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "commands.html",
      "help.html",
      "taskpane.html",
    ]);
    for (const file of files) expect(existsSync(join(DIST, file))).toBe(true);
  });

  it("is manifest.xml as it stands, moved to the base", () => {
    expect(manifest).toBe(publishManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"), new URL(BASE)));
  });

  (haveXsds ? it : it.skip)("validates against the Office XSDs", async () => {
    const { valid, errors } = await validateManifest(manifest);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it("sends Support and Learn more to the help page the build wrote", () => {
    const urls = urlsOf(manifest);
    expect(urls.find((u) => u.where === "<SupportUrl DefaultValue>")?.value).toBe(`${BASE}help.html`);
    expect(manifest).toContain(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${BASE}help.html">`);
    const source = sectionsOf(readFileSync(join(ROOT, "src", "help", "help.html"), "utf8"));
    expect(source.map((section) => section.slice(0, section.indexOf(":")))).toEqual([
      "nl#nederlands",
      "en#english",
    ]);
    expect(sectionsOf(built("help.html"))).toEqual(source);
  });

  // Debian's Chromium (CI installs it); pane.e2e.test.ts fails in CI without it and says so.
  (existsSync(CHROMIUM) ? it : it.skip)(
    "shows the help page with its icon, asking nothing of any other host",
    async () => {
      const session = await startPaneSession();
      try {
        const page = await session.browser.newPage();
        const requested: string[] = [];
        const refused: string[] = [];
        page.on("request", (request) => requested.push(request.url()));
        page.on("console", (message) => {
          if (message.type() === "error") refused.push(message.text());
        });
        await page.goto(`${session.origin}/help.html#english`, { waitUntil: "load" });
        const shown = await page.evaluate(() => ({
          title: document.title,
          icon: (document.querySelector("h1 img") as HTMLImageElement | null)?.naturalWidth ?? 0,
          english: document.getElementById("english")?.getAttribute("lang"),
        }));
        expect(shown).toEqual({ title: "Stoplicht – hulp / help", icon: 32, english: "en" });
        expect(requested.filter((url) => !url.startsWith(`${session.origin}/`))).toEqual([]);
        expect(refused).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );
});
