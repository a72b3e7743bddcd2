import {
  sheetsOf,
  withPrintTitles,
  withSheet,
  withSheetState,
  withoutSheet,
} from "../../../src/xlsx/package/workbookSheets";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const workbook = (sheets: string[], names = "", view = `<workbookView activeTab="0"/>`) =>
  `<workbook ${NS}><bookViews>${view}</bookViews><sheets>${sheets
    .map((s, i) => `<sheet name="${s}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("")}</sheets>${names}<calcPr calcId="191029"/></workbook>`;

describe("the sheets of the workbook part", () => {
  it("lists the sheets with their ids, relationship and state, names unescaped", () => {
    expect(sheetsOf(workbook(["Overzicht", "Programma&apos;s"]))).toEqual([
      { name: "Overzicht", sheetId: 1, relId: "rId1", state: "visible" },
      { name: "Programma's", sheetId: 2, relId: "rId2", state: "visible" },
    ]);
  });

  it("adds a sheet after the last one, its name escaped", () => {
    const xml = withSheet(workbook(["A"]), { name: "R&D", sheetId: 7, relId: "rId9", state: "veryHidden" });
    expect(xml).toContain(
      `<sheet name="A" sheetId="1" r:id="rId1"/><sheet name="R&amp;D" sheetId="7" state="veryHidden" r:id="rId9"/></sheets>`,
    );
  });

  it("sets a sheet's state", () => {
    expect(withSheetState(workbook(["A", "B"]), 1, "veryHidden")).toContain(
      `<sheet name="B" sheetId="2" r:id="rId2" state="veryHidden"/>`,
    );
  });

  it("takes a sheet out with its names; later sheets' names and the active tab move down", () => {
    const names =
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">B!$A$1:$C$3</definedName>` +
      `<definedName name="Bron" localSheetId="2">C!$A$1</definedName><definedName name="Drempel">50000</definedName></definedNames>`;
    const xml = withoutSheet(
      workbook(["A", "B", "C"], names, `<workbookView activeTab="2" firstSheet="1"/>`),
      1,
    );
    expect(sheetsOf(xml).map((s) => s.name)).toEqual(["A", "C"]);
    expect(xml).toContain(
      `<definedNames><definedName name="Bron" localSheetId="1">C!$A$1</definedName><definedName name="Drempel">50000</definedName></definedNames>`,
    );
    expect(xml).toContain(`<workbookView activeTab="1" firstSheet="0"/>`);
  });

  it("drops the names element when no name is left, and shows the first visible sheet when the active one goes", () => {
    const names = `<definedNames><definedName name="X" localSheetId="1">1</definedName></definedNames>`;
    const xml = withoutSheet(workbook(["A", "B"], names, `<workbookView activeTab="1"/>`), 1);
    expect(xml).not.toContain("definedNames");
    expect(xml).toContain(`<workbookView activeTab="0"/>`);
  });
});

describe("a sheet's print titles", () => {
  const titles = (index: number, ref: string) =>
    `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${ref}</definedName>`;

  it("adds them as a name scoped to the sheet, after <sheets>, where the workbook has no names", () => {
    expect(withPrintTitles(workbook(["A", "Controlerapport"]), 1, "Controlerapport!$7:$7")).toContain(
      `</sheets><definedNames>${titles(1, "Controlerapport!$7:$7")}</definedNames><calcPr`,
    );
  });

  it("puts them after the workbook's own names, and replaces the sheet's earlier ones, not another sheet's", () => {
    const own = `<definedName name="Drempel">50000</definedName>`;
    const xml = workbook(
      ["A", "B", "C"],
      `<definedNames>${titles(1, "B!$1:$1")}${own}${titles(2, "C!$2:$2")}</definedNames>`,
    );
    expect(withPrintTitles(xml, 2, "'C d'!$7:$7")).toContain(
      `<definedNames>${titles(1, "B!$1:$1")}${own}${titles(2, "'C d'!$7:$7")}</definedNames>`,
    );
  });

  it("takes them away, and the names element with the last name", () => {
    const xml = workbook(["A", "B"], `<definedNames>${titles(1, "B!$1:$1")}</definedNames>`);
    expect(withPrintTitles(xml, 1, null)).not.toContain("definedName");
  });

  it("goes after external references, as the schema orders a workbook's children", () => {
    const xml = workbook(["A"]).replace(
      "</sheets>",
      `</sheets><externalReferences><externalReference r:id="rId9"/></externalReferences>`,
    );
    expect(withPrintTitles(xml, 0, "A!$1:$1")).toContain(`</externalReferences><definedNames>`);
  });
});
