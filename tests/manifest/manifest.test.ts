import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";
import { MIN_EXCEL_API } from "../../src/excel";

/** The official XSDs live outside the project (they may be read, never copied in). */
const XSD_DIR = join(__dirname, "..", "..", "..", "shared", "office-manifest-xsd");
const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
// Skip only when the folder is absent; a folder with a missing or broken XSD fails the test.
const haveXsds = existsSync(XSD_DIR);

if (!haveXsds) {
  // Loud on purpose: a skipped schema check must not look like a passed one.
  console.warn(
    `SKIPPED manifest schema validation: ${XSD_DIR} is absent (the Office manifest XSDs are not in this checkout).`,
  );
}

async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const main = "OfficeAppManifestV1_1.xsd";
  const others = readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd") && f !== main);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: main, contents: readFileSync(join(XSD_DIR, main), "utf8") }],
    preload: others.map((f) => ({ fileName: f, contents: readFileSync(join(XSD_DIR, f), "utf8") })),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

(haveXsds ? describe : describe.skip)("manifest.xml against the Office XSDs", () => {
  it("validates", async () => {
    const { valid, errors } = await validate(MANIFEST);
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
});
