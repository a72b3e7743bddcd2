/**
 * The links into the workbook (`<hyperlink location>`) of each sheet of an .xlsx file, read from
 * the package itself: ExcelJS reads only links to files and web pages.
 */
import JSZip from "jszip";

/** Sheet name → cell address → where the cell links to (`'Sheet'!A1`). */
export type FileLinks = Map<string, Map<string, string>>;

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : undefined;
}

function unescape(text: string): string {
  return text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export async function fileLinks(data: Buffer): Promise<FileLinks> {
  const zip = await JSZip.loadAsync(data);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\s[^>]*>/g))
    targets.set(attribute(m[0], "Id")!, attribute(m[0], "Target")!);
  const out: FileLinks = new Map();
  for (const m of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attribute(m[0], "name")!;
    const target = targets.get(attribute(m[0], "r:id")!)!;
    const part = zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    if (!part) continue;
    const xml = await part.async("string");
    const links = new Map<string, string>();
    for (const h of xml.matchAll(/<hyperlink\s[^>]*>/g)) {
      const location = attribute(h[0], "location");
      if (location !== undefined) links.set(attribute(h[0], "ref")!, location);
    }
    out.set(name, links);
  }
  return out;
}
