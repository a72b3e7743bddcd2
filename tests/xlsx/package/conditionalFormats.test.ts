import { editConditionalFormats } from "../../../src/xlsx/package/conditionalFormats";

/** What follows `</sheetData>` in a worksheet part, as Excel lays it out. */
const tail = (middle: string, ext = "") =>
  `${middle}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${ext}</worksheet>`;
const USERS = `<conditionalFormatting sqref="B2:B20"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>`;
const VALIDATION = `<dataValidations count="1"><dataValidation type="list" sqref="C2"><formula1>"a,b"</formula1></dataValidation></dataValidations>`;
const LIGHT = { range: "I2:I14", rules: [{ beginsWith: "Rood", dxfId: 3 }] };

describe("a worksheet's conditional formats", () => {
  it("adds a begins-with rule as Excel writes one, after the user's, numbered after the highest priority", () => {
    const xml = editConditionalFormats(tail(USERS + VALIDATION), "", [], [LIGHT]);
    expect(xml).toBe(
      tail(
        USERS +
          `<conditionalFormatting sqref="I2:I14"><cfRule type="beginsWith" dxfId="3" priority="2" operator="beginsWith" text="Rood">` +
          `<formula>LEFT(I2,LEN(&quot;Rood&quot;))=&quot;Rood&quot;</formula></cfRule></conditionalFormatting>` +
          VALIDATION,
      ),
    );
  });

  it("puts the first conditional format of a sheet before its data validations, as the schema orders them", () => {
    const xml = editConditionalFormats(tail(VALIDATION), "", [], [LIGHT]);
    expect(xml.indexOf("<conditionalFormatting")).toBeLessThan(xml.indexOf("<dataValidations"));
    expect(xml.startsWith('<conditionalFormatting sqref="I2:I14">')).toBe(true);
  });

  it("numbers its rules after those an extension (x14) holds too", () => {
    const ext = `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar" priority="7" id="{1}"/></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
    const xml = editConditionalFormats(tail("", ext), "", [], [LIGHT]);
    expect(xml).toContain('priority="8"');
    expect(xml.indexOf("<conditionalFormatting")).toBeLessThan(xml.indexOf("<pageMargins"));
  });

  it("escapes the text and doubles its quotes in the formula", () => {
    const xml = editConditionalFormats(
      tail(""),
      "",
      [],
      [{ range: "G5:G9", rules: [{ beginsWith: 'FOUT "A" & B', dxfId: 0 }] }],
    );
    expect(xml).toContain(
      `text="FOUT &quot;A&quot; &amp; B"><formula>LEFT(G5,LEN(&quot;FOUT &quot;&quot;A&quot;&quot; &amp; B&quot;))=&quot;FOUT &quot;&quot;A&quot;&quot; &amp; B&quot;</formula>`,
    );
  });

  it("drops the conditional formats lying wholly inside a region, and keeps the user's that reach out of it", () => {
    const ours = `<conditionalFormatting sqref="G2:G14"><cfRule type="beginsWith" dxfId="1" priority="2" operator="beginsWith" text="OK"><formula>LEFT(G2,LEN("OK"))="OK"</formula></cfRule></conditionalFormatting>`;
    const across = `<conditionalFormatting sqref="A2:A14 H2:H3"><cfRule type="cellIs" dxfId="0" priority="3" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>`;
    const xml = editConditionalFormats(
      tail(USERS + ours + across),
      "",
      [{ r1: 0, c1: 6, r2: 13, c2: 9 }],
      [],
    );
    expect(xml).toBe(tail(USERS + across));
  });

  it("leaves the part as it was when there is nothing to drop or add", () => {
    expect(editConditionalFormats(tail(USERS), "", [{ r1: 0, c1: 6, r2: 13, c2: 9 }], [])).toBe(tail(USERS));
  });

  it("writes in the prefix the sheet uses", () => {
    const xml = editConditionalFormats(`<x:pageMargins left="0.7"/></x:worksheet>`, "x:", [], [LIGHT]);
    expect(xml).toMatch(/^<x:conditionalFormatting sqref="I2:I14"><x:cfRule [^>]*><x:formula>/);
  });
});
