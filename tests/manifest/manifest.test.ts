import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MIN_EXCEL_API } from "../../src/excel";
import { publishManifest } from "../../scripts/manifest/publishManifest";
import { haveXsds, validateManifest as validate, warnWhenXsdsAbsent } from "./officeXsd";
import { urlsOf } from "./manifestUrls";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

warnWhenXsdsAbsent("manifest");

(haveXsds ? describe : describe.skip)("manifest.xml against the Office XSDs", () => {
  it("validates", async () => {
    const { valid, errors } = await validate(MANIFEST);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it("validates as published for a host (npm run build with STOPLICHT_BASE_URL)", async () => {
    const { valid, errors } = await validate(
      publishManifest(MANIFEST, new URL("https://example.org/stoplicht/")),
    );
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it("fails when Requirements stands after DefaultSettings, so the check is real", async () => {
    const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(MANIFEST)![0];
    const moved = MANIFEST.replace(requirements, "").replace(
      "</DefaultSettings>",
      `</DefaultSettings>${requirements}`,
    );
    const { valid } = await validate(moved);
    expect(valid).toBe(false);
  });
});

describe("manifest.xml content", () => {
  it("opens the task pane from a ribbon button", () => {
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(MANIFEST).toMatch(/<VersionOverrides /);
  });

  it("targets Excel workbooks with read-write access and declares the ExcelApi requirement set", () => {
    expect(MANIFEST).toMatch(/<Host Name="Workbook"\/>/);
    expect(MANIFEST).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(MANIFEST).toContain(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/>`);
    const order = ["<Hosts>", "<Requirements>", "<DefaultSettings>", "<Permissions>"].map((tag) =>
      MANIFEST.indexOf(tag),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("refers only to icons that exist in assets/", () => {
    const icons = [...MANIFEST.matchAll(/localhost:3000\/assets\/([\w.-]+)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(existsSync(join(ROOT, "assets", icon))).toBe(true);
  });

  it("points every URL at the dev server, for npm start and npm run dev-server", () => {
    const urls = urlsOf(MANIFEST);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.value.startsWith("https://localhost:3000"))).toEqual([]);
  });

  it("sends Support and Learn more to the help page, Dutch by default and its English part for en-US", () => {
    const urls = urlsOf(MANIFEST);
    const at = (where: string) => urls.filter((u) => u.where === where).map((u) => u.value);
    expect(at("<SupportUrl DefaultValue>")).toEqual(["https://localhost:3000/help.html"]);
    expect(MANIFEST).toMatch(
      /<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/help.html">/,
    );
    expect(at("<Override Value>")).toEqual(["https://localhost:3000/help.html#english"]);
    expect(at("<bt:Override Value>")).toEqual(["https://localhost:3000/help.html#english"]);
  });
});
