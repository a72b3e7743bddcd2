/**
 * The print titles of each sheet of an .xlsx file, read from the package itself: ExcelJS maps a
 * defined name's `localSheetId` onto its list of worksheets, which leaves out chart sheets, so in a
 * workbook with a chart sheet it gives the titles to the wrong sheet.
 */
import JSZip from "jszip";

/** Sheet name → the rows it prints on every page (`7:7`). */
export type FilePrintTitles = Map<string, string>;

function unescape(text: string): string {
  return text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export async function filePrintTitles(data: Buffer): Promise<FilePrintTitles> {
  const zip = await JSZip.loadAsync(data);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const names = [...workbook.matchAll(/<sheet\s(?:[^>]*\s)?name="([^"]*)"/g)].map((m) => unescape(m[1]));
  const out: FilePrintTitles = new Map();
  for (const m of workbook.matchAll(
    /<definedName\s[^>]*name="_xlnm\.Print_Titles"[^>]*localSheetId="(\d+)"[^>]*>([^<]*)<\/definedName>/g,
  )) {
    const rows = /\$(\d+):\$(\d+)/.exec(unescape(m[2]));
    if (rows) out.set(names[Number(m[1])], `${rows[1]}:${rows[2]}`);
  }
  return out;
}
