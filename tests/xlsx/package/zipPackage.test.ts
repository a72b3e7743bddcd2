import JSZip from "jszip";
import unzipper from "unzipper";
import { ZipPackage } from "../../../src/xlsx/package/zipPackage";

/** An entry's bytes as stored in the zip: after its local header, still compressed. */
async function storedBytes(zip: Buffer, name: string): Promise<Buffer> {
  const entry = (await unzipper.Open.buffer(zip)).files.find((f) => f.path === name)!;
  const header = entry.offsetToLocalFileHeader;
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  return zip.subarray(start, start + entry.compressedSize);
}

async function aPackage(): Promise<Buffer> {
  const zip = new JSZip();
  // Deflated at level 1: compressed again (at any other level) its bytes would differ.
  const sheet = Array.from({ length: 2000 }, (_, i) => `<c r="A${i}"><v>${(i * 7919) % 1000}</v></c>`).join(
    "",
  );
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", sheet);
  zip.file("xl/media/image1.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), { compression: "STORE" });
  zip.file("docProps/app.xml", "<Properties/>");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

describe("a zip package edited in place", () => {
  it("copies every entry it did not replace as it was stored, compressed bytes included", async () => {
    const input = await aPackage();
    const pkg = await ZipPackage.open(input);
    pkg.setText("xl/workbook.xml", "<workbook><sheets/></workbook>");
    const output = await pkg.save();
    for (const name of ["xl/worksheets/sheet1.xml", "xl/media/image1.png", "docProps/app.xml"])
      expect(await storedBytes(output, name)).toEqual(await storedBytes(input, name));
    const read = await JSZip.loadAsync(output);
    expect(await read.file("xl/workbook.xml")!.async("string")).toBe("<workbook><sheets/></workbook>");
  });

  it("reads a part's text, drops a removed part and adds new parts after the others", async () => {
    const pkg = await ZipPackage.open(await aPackage());
    expect(await pkg.text("XL/Workbook.xml")).toBe("<workbook/>");
    expect(await pkg.text("xl/missing.xml")).toBeNull();
    pkg.remove("docProps/app.xml");
    pkg.setText("xl/worksheets/sheet2.xml", "<worksheet/>");
    expect(pkg.has("docProps/app.xml")).toBe(false);
    const read = await JSZip.loadAsync(await pkg.save());
    expect(Object.keys(read.files).filter((n) => !read.files[n].dir)).toEqual([
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/media/image1.png",
      "xl/worksheets/sheet2.xml",
    ]);
  });
});
