import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

/** The official XSDs live outside the project (they may be read, never copied in). */
export const XSD_DIR = join(__dirname, "..", "..", "..", "shared", "office-manifest-xsd");
// Skip only when the folder is absent; a folder with a missing or broken XSD fails the test.
export const haveXsds = existsSync(XSD_DIR);

/** Says loudly that a schema check is skipped: a skipped check must not look like a passed one. */
export function warnWhenXsdsAbsent(what: string): void {
  if (!haveXsds)
    console.warn(
      `SKIPPED ${what} schema validation: ${XSD_DIR} is absent (the Office manifest XSDs are not in this checkout).`,
    );
}

/** `xml` against OfficeAppManifestV1_1.xsd with the other XSDs preloaded, as xmllint would. */
export async function validateManifest(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const main = "OfficeAppManifestV1_1.xsd";
  const others = readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd") && f !== main);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: main, contents: readFileSync(join(XSD_DIR, main), "utf8") }],
    preload: others.map((f) => ({ fileName: f, contents: readFileSync(join(XSD_DIR, f), "utf8") })),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
