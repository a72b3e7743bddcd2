import { promises as fs } from "node:fs";
import unzipper from "unzipper";

export type InputProblem =
  "missing" | "not-a-file" | "not-xlsx" | "legacy-xls" | "encrypted" | "corrupt" | "too-large" | "zip-bomb";

/** The input file cannot be checked; `problem` picks the sentence the user is shown. */
export class InputFileError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly file: string,
    readonly detail?: unknown,
  ) {
    super(`${problem}: ${file}`);
    this.name = "InputFileError";
  }
}

/**
 * Limits that keep a hostile or broken file from exhausting the machine: a budget workbook of
 * 100.000 lines is a few MB zipped and some tens of MB unzipped.
 */
export const LIMITS = {
  fileBytes: 200 * 1024 * 1024,
  uncompressedBytes: 1024 * 1024 * 1024,
  /** Compression ratio above which one large entry is taken for a zip bomb. */
  entryRatio: 200,
};

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Fails with a specific InputFileError unless the file looks like an xlsx we can safely open. */
export async function assertReadableXlsx(file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new InputFileError("missing", file);
  }
  if (!stat.isFile()) throw new InputFileError("not-a-file", file);
  if (stat.size > LIMITS.fileBytes) throw new InputFileError("too-large", file);
  const handle = await fs.open(file, "r");
  const head = Buffer.alloc(4);
  try {
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  if (head.equals(CFB)) {
    // Office stores a password-protected xlsx as a compound file holding an "EncryptedPackage".
    const content = await fs.readFile(file);
    const encrypted = content.includes(Buffer.from("EncryptedPackage", "utf16le"));
    throw new InputFileError(encrypted ? "encrypted" : "legacy-xls", file);
  }
  if (!head.equals(ZIP)) throw new InputFileError("not-xlsx", file);
  let directory;
  try {
    directory = await unzipper.Open.file(file);
  } catch (e) {
    throw new InputFileError("corrupt", file, e);
  }
  if (!directory.files.some((f) => f.path === "xl/workbook.xml")) throw new InputFileError("not-xlsx", file);
  let total = 0;
  for (const entry of directory.files) {
    total += entry.uncompressedSize;
    const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : 0;
    if (
      total > LIMITS.uncompressedBytes ||
      (entry.uncompressedSize > 50 * 1024 * 1024 && ratio > LIMITS.entryRatio)
    ) {
      throw new InputFileError("zip-bomb", file);
    }
  }
}
