/**
 * `npx tsx scripts/compareParts.ts <input> <output>`: what became of each zip entry of a workbook
 * in the checked workbook: kept byte for byte, changed, or dropped; and which entries are new.
 * The figure the issue about the output's parts asks for.
 */
import { promises as fs } from "node:fs";
import JSZip from "jszip";

async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("nodebuffer"));
  return out;
}

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error("usage: compareParts <input> <output>");
  const [a, b] = [await entries(input), await entries(output)];
  const kept: string[] = [];
  const changed: string[] = [];
  const dropped: string[] = [];
  for (const [name, bytes] of a) {
    const other = b.get(name);
    if (!other) dropped.push(name);
    else if (other.equals(bytes)) kept.push(name);
    else changed.push(name);
  }
  const added = [...b.keys()].filter((n) => !a.has(n));
  process.stdout.write(
    `${a.size} parts in: ${kept.length} kept byte for byte, ${changed.length} changed, ${dropped.length} dropped; ${added.length} new\n` +
      `changed: ${changed.join(", ") || "-"}\ndropped: ${dropped.join(", ") || "-"}\nnew: ${added.join(", ") || "-"}\n`,
  );
}

void main();
