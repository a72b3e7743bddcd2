import JSZip from "jszip";
import unzipper from "unzipper";
import { keepInputNames, namesOf, withInputNames } from "../../src/xlsx/definedNames";

/** A workbook part as ExcelJS writes it: sheets, then the names (if any), then calcPr. */
function part(sheets: string[], names = ""): string {
  const list = sheets.map(
    (s, i) => `<sheet sheetId="${i + 1}" name="${s}" state="visible" r:id="rId${i + 4}"/>`,
  );
  return `<?xml version="1.0"?><workbook><sheets>${list.join("")}</sheets>${names}<calcPr calcId="171027"/></workbook>`;
}

const SHEETS = ["Overzicht", "Programma&apos;s"];
const CONSTANT = `<definedName name="Drempel">50000</definedName>`;
const PRINT_AREA = `<definedName name="_xlnm.Print_Area" localSheetId="1">'Programma''s'!$A$1:$D$5</definedName>`;
/** What ExcelJS makes of that print area: the apostrophe not doubled, a file no reader opens. */
const EXCELJS_PRINT_AREA = `<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;Programma&apos;s&apos;!$A1:$D5</definedName>`;

describe("the input's defined names in the output's workbook part", () => {
  it("puts them back in place of the ones ExcelJS wrote", () => {
    const input = namesOf(part(SHEETS, `<definedNames>${CONSTANT}${PRINT_AREA}</definedNames>`));
    const output = part([...SHEETS, "Controlerapport"], `<definedNames>${EXCELJS_PRINT_AREA}</definedNames>`);
    expect(withInputNames(output, input)).toBe(
      part([...SHEETS, "Controlerapport"], `<definedNames>${CONSTANT}${PRINT_AREA}</definedNames>`),
    );
  });

  it("adds the element before calcPr when ExcelJS wrote none (it drops constants)", () => {
    const input = namesOf(part(SHEETS, `<definedNames>${CONSTANT}</definedNames>`));
    expect(withInputNames(part(SHEETS), input)).toBe(
      part(SHEETS, `<definedNames>${CONSTANT}</definedNames>`),
    );
  });

  it("takes out names the input did not have; an empty or self-closing element is no names", () => {
    const output = part(SHEETS, `<definedNames>${EXCELJS_PRINT_AREA}</definedNames>`);
    for (const none of ["", "<definedNames/>", "<definedNames></definedNames>"])
      expect(withInputNames(output, namesOf(part(SHEETS, none)))).toBe(part(SHEETS));
  });

  it("counts localSheetId in the output's sheets, and drops a name whose sheet is gone", () => {
    const input = namesOf(
      part(
        ["Overzicht", "Controlerapport", "Bijlage"],
        `<definedNames><definedName name="A" localSheetId="2">1</definedName>` +
          `<definedName localSheetId="1" name="B" hidden="1">2</definedName>${CONSTANT}</definedNames>`,
      ),
    );
    expect(withInputNames(part(["Overzicht", "Bijlage", "Findings"]), input)).toBe(
      part(
        ["Overzicht", "Bijlage", "Findings"],
        `<definedNames><definedName name="A" localSheetId="1">1</definedName>${CONSTANT}</definedNames>`,
      ),
    );
  });

  it("leaves the file exactly as ExcelJS wrote it when the names already are the input's", async () => {
    const xml = part(SHEETS, `<definedNames>${CONSTANT}</definedNames>`);
    const zip = new JSZip();
    zip.file("xl/workbook.xml", xml);
    const file = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(await keepInputNames(file, namesOf(xml))).toBe(file);
  });

  it("re-zips a file whose names differ without compressing its other entries again", async () => {
    // The sheet deflated at level 1: compressed again (JSZip's default is 6) its bytes would differ.
    const sheet = Array.from({ length: 2000 }, (_, i) => `<c r="A${i}"><v>${(i * 7919) % 1000}</v></c>`).join(
      "",
    );
    const zip = new JSZip();
    zip.file("xl/workbook.xml", part(SHEETS, `<definedNames>${EXCELJS_PRINT_AREA}</definedNames>`));
    zip.file("xl/worksheets/sheet1.xml", sheet);
    const file = await zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 1 },
    });
    const written = await keepInputNames(
      file,
      namesOf(part(SHEETS, `<definedNames>${PRINT_AREA}</definedNames>`)),
    );
    const entries = await JSZip.loadAsync(written);
    expect(await entries.file("xl/workbook.xml")!.async("string")).toBe(
      part(SHEETS, `<definedNames>${PRINT_AREA}</definedNames>`),
    );
    expect(await entries.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(sheet);
    expect(await compressedBytes(written, "xl/worksheets/sheet1.xml")).toEqual(
      await compressedBytes(file, "xl/worksheets/sheet1.xml"),
    );
  });
});

/** An entry's bytes as stored in the zip: after its local header, still compressed. */
async function compressedBytes(zip: Buffer, name: string): Promise<Buffer> {
  const entry = (await unzipper.Open.buffer(zip)).files.find((f) => f.path === name)!;
  const header = entry.offsetToLocalFileHeader;
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  return zip.subarray(start, start + entry.compressedSize);
}
