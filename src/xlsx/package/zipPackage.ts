import {
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  ZipWriter,
  type Entry,
  type FileEntry,
} from "@zip.js/zip.js";

/** No web workers (a command line has none to spare), native (de)compression streams where Node has them. */
const OPTIONS = { useWebWorkers: false, useCompressionStream: true } as const;

/**
 * A workbook's zip package, opened for editing in place: parts are read as text when asked for,
 * replaced or removed by name, and saved as one buffer. Every entry that was not replaced is
 * copied as it was stored, its compressed bytes included (zip.js's `passThrough`): untouched parts
 * are neither unzipped nor compressed again, so they cost nothing and keep their bytes exactly.
 */
export class ZipPackage {
  /** Parts read or replaced, by their name in the zip: the current text. */
  private readonly texts = new Map<string, string>();
  private readonly replaced = new Set<string>();
  private readonly removed = new Set<string>();
  /** Parts added, in the order they were added. */
  private readonly added: string[] = [];

  private constructor(private readonly entries: Map<string, Entry>) {}

  static async open(data: Uint8Array): Promise<ZipPackage> {
    const reader = new ZipReader(new Uint8ArrayReader(data), OPTIONS);
    const entries = await reader.getEntries();
    return new ZipPackage(new Map(entries.map((e) => [e.filename, e])));
  }

  /** Whether the package holds `part` (a path without leading slash; zip names are case-sensitive, OPC's not). */
  has(part: string): boolean {
    return this.actualName(part) !== null;
  }

  /** The text of a part, or null when the package lacks it: unzipped once, then kept with its edits. */
  async text(part: string): Promise<string | null> {
    const name = this.actualName(part);
    if (name === null) return null;
    const known = this.texts.get(name);
    if (known !== undefined) return known;
    const entry = this.entries.get(name) as FileEntry;
    const bytes = await entry.getData(new Uint8ArrayWriter(), OPTIONS);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    this.texts.set(name, text);
    return text;
  }

  /** Replaces (or adds) a part's text. */
  setText(part: string, text: string): void {
    const name = this.actualName(part) ?? part;
    this.texts.set(name, text);
    this.removed.delete(name);
    if (this.entries.has(name)) this.replaced.add(name);
    else if (!this.added.includes(name)) this.added.push(name);
  }

  remove(part: string): void {
    const name = this.actualName(part);
    if (name === null) return;
    this.texts.delete(name);
    this.replaced.delete(name);
    const at = this.added.indexOf(name);
    if (at >= 0) this.added.splice(at, 1);
    else this.removed.add(name);
  }

  /** The names of the package's files (folders left out), in the order they are saved. */
  parts(): string[] {
    const kept = [...this.entries.values()].filter((e) => !e.directory && !this.removed.has(e.filename));
    return [...kept.map((e) => e.filename), ...this.added];
  }

  /** The package as a zip: the entries in their order, the replaced ones compressed anew, new ones last. */
  async save(): Promise<Buffer> {
    const writer = new ZipWriter(new Uint8ArrayWriter(), { ...OPTIONS, keepOrder: true });
    for (const entry of this.entries.values()) {
      const name = entry.filename;
      if (this.removed.has(name)) continue;
      if (entry.directory)
        await writer.add(name, undefined, { directory: true, lastModDate: entry.lastModDate });
      else if (this.replaced.has(name))
        await writer.add(name, this.reader(name), { lastModDate: entry.lastModDate });
      else {
        const raw = await (entry as FileEntry).getData(new Uint8ArrayWriter(), {
          ...OPTIONS,
          passThrough: true,
        });
        await writer.add(name, new Uint8ArrayReader(raw), {
          passThrough: true,
          entry,
          uncompressedSize: entry.uncompressedSize,
          crc32: entry.signature,
        });
      }
    }
    for (const name of this.added) await writer.add(name, this.reader(name));
    const bytes = await writer.close();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private reader(name: string): Uint8ArrayReader {
    return new Uint8ArrayReader(Buffer.from(this.texts.get(name)!, "utf8"));
  }

  private actualName(part: string): string | null {
    const live = (name: string) =>
      (this.entries.has(name) && !this.entries.get(name)!.directory && !this.removed.has(name)) ||
      this.added.includes(name);
    if (live(part)) return part;
    const lower = part.toLowerCase();
    for (const name of [...this.entries.keys(), ...this.added])
      if (name.toLowerCase() === lower && live(name)) return name;
    return null;
  }
}
