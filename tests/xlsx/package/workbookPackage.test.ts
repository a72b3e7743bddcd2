import JSZip from "jszip";
import { WorkbookPackage } from "../../../src/xlsx/package/workbookPackage";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const WS = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** A workbook as Excel saves it: sheets Begroting and Controlerapport (with a formula), a calc chain. */
async function aWorkbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${WS}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${WS}"/>` +
      `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="Begroting" sheetId="1" r:id="rId1"/><sheet name="Controlerapport" sheetId="2" r:id="rId2"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${RELS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${RELS}/calcChain" Target="calcChain.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>`,
  );
  zip.file(
    "xl/worksheets/sheet2.xml",
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><f>1+2</f><v>3</v></c></row></sheetData></worksheet>`,
  );
  zip.file("xl/worksheets/_rels/sheet2.xml.rels", `<Relationships xmlns="${PKG_RELS}"/>`);
  zip.file("xl/calcChain.xml", `<calcChain xmlns="${MAIN}"><c r="A1" i="1"/><c r="A1" i="2"/></calcChain>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function partsOf(file: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const out: Record<string, string> = {};
  for (const f of Object.values(zip.files)) if (!f.dir) out[f.name] = await f.async("string");
  return out;
}

describe("a workbook package", () => {
  it("refills a sheet in place: same part, same place, its old relationships and calc chain entries gone", async () => {
    const pkg = await WorkbookPackage.open(await aWorkbook());
    await pkg.writeSheet("controlerapport", { cells: [[{ value: "Ernst" }]] });
    const parts = await partsOf(await pkg.save());
    expect(pkg.sheets().map((s) => s.name)).toEqual(["Begroting", "Controlerapport"]);
    expect(parts["xl/worksheets/sheet2.xml"]).toContain(`<c r="A1" t="inlineStr"><is><t>Ernst</t></is></c>`);
    expect(parts["xl/worksheets/_rels/sheet2.xml.rels"]).toBeUndefined();
    expect(parts["xl/calcChain.xml"]).toBe(`<calcChain xmlns="${MAIN}"><c r="A1" i="1"/></calcChain>`);
  });

  it("adds a sheet with its part, relationship and content type, and removes one with all three", async () => {
    const pkg = await WorkbookPackage.open(await aWorkbook());
    await pkg.writeSheet("_stoplicht", { cells: [[{ value: "stoplicht" }]] }, "veryHidden");
    pkg.removeSheet("Controlerapport");
    pkg.removeSheet("Begroting");
    const parts = await partsOf(await pkg.save());
    expect(parts["xl/workbook.xml"]).toContain(
      `<sheets><sheet name="_stoplicht" sheetId="3" state="veryHidden" r:id="rId4"/></sheets>`,
    );
    expect(parts["xl/_rels/workbook.xml.rels"]).toBe(
      `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId4" Type="${RELS}/worksheet" Target="worksheets/sheet3.xml"/></Relationships>`,
    );
    expect(parts["[Content_Types].xml"]).toContain(
      `<Override PartName="/xl/worksheets/sheet3.xml" ContentType="${WS}"/></Types>`,
    );
    expect(parts["[Content_Types].xml"]).not.toMatch(/sheet1|sheet2|calcChain/);
    expect(
      Object.keys(parts)
        .filter((p) => p.startsWith("xl/"))
        .sort(),
    ).toEqual(["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/worksheets/sheet3.xml"]);
  });

  it("does not write over a sheet that is no worksheet", async () => {
    const file = await aWorkbook();
    const zip = await JSZip.loadAsync(file);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        `${RELS}/worksheet" Target="worksheets/sheet2.xml`,
        `${RELS}/chartsheet" Target="chartsheets/sheet1.xml`,
      ),
    );
    const pkg = await WorkbookPackage.open(await zip.generateAsync({ type: "nodebuffer" }));
    await expect(pkg.writeSheet("Controlerapport", { cells: [] })).rejects.toThrow("is not a worksheet");
  });

  it("refuses a Strict Open XML workbook rather than mix transitional parts into it", async () => {
    const zip = await JSZip.loadAsync(await aWorkbook());
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", xml.replace(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main"));
    await expect(WorkbookPackage.open(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toThrow(
      "Strict Open XML",
    );
  });
});
