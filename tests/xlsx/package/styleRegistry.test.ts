import { StyleRegistry } from "../../../src/xlsx/package/styleRegistry";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const FONT = `<font><sz val="10"/><color theme="1"/><name val="Arial"/></font>`;
const STYLES =
  `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="170" formatCode="#,##0.00;-#,##0.00"/></numFmts>` +
  `<fonts count="1">${FONT}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

describe("the styles part with Stoplicht's formats", () => {
  it("appends what it needs after the workbook's own formats, which keep their indices", () => {
    const styles = new StyleRegistry(STYLES);
    const header = { fill: "FFD9D9D9", bold: true };
    expect(styles.formatFor(0, header)).toBe(1);
    expect(styles.formatFor(0, { numberFormat: "0.0%" })).toBe(2);
    expect(styles.formatFor(0, header)).toBe(1);
    expect(styles.xml()).toBe(
      `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="170" formatCode="#,##0.00;-#,##0.00"/><numFmt numFmtId="171" formatCode="0.0%"/></numFmts>` +
        `<fonts count="2">${FONT}<font><b/><sz val="10"/><color theme="1"/><name val="Arial"/></font></fonts>` +
        `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/></patternFill></fill></fills>` +
        `<borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
        `<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>` +
        `<xf numFmtId="171" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    );
  });

  it("writes a title's size over the base font's, and wraps text by the format's alignment", () => {
    const styles = new StyleRegistry(STYLES);
    expect(styles.formatFor(0, { bold: true, fontSize: 14 })).toBe(1);
    expect(styles.formatFor(0, { wrap: true })).toBe(2);
    const xml = styles.xml();
    expect(xml).toContain(`<font><b/><sz val="14"/><color theme="1"/><name val="Arial"/></font>`);
    expect(xml).toContain(
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf>`,
    );
  });

  it("finds its formats again in a part it wrote before, and then leaves the part as it is", () => {
    const first = new StyleRegistry(STYLES);
    const looks = [{ fill: "FFFF5050" }, { italic: true, fontColor: "FF7F7F7F" }, { numberFormat: "0.0%" }];
    const indices = looks.map((l) => first.formatFor(0, l));
    const again = new StyleRegistry(first.xml());
    expect(looks.map((l) => again.formatFor(0, l))).toEqual(indices);
    expect(again.changed).toBe(false);
    expect(again.xml()).toBe(first.xml());
  });

  it("uses the built-in number format where there is one, and the workbook's own where it has it", () => {
    const styles = new StyleRegistry(STYLES);
    styles.formatFor(0, { numberFormat: "0%" });
    styles.formatFor(0, { numberFormat: "#,##0.00;-#,##0.00" });
    const xml = styles.xml();
    expect(xml).toContain(`<numFmts count="1">`);
    expect(xml).toContain(`<xf numFmtId="9" fontId="0"`);
    expect(xml).toContain(`<xf numFmtId="170" fontId="0"`);
  });

  it("colours a link's font and keeps the rest of the base font", () => {
    const styles = new StyleRegistry(STYLES);
    styles.formatFor(0, { fontColor: "FF0563C1", underline: true });
    expect(styles.xml()).toContain(
      `<font><u/><sz val="10"/><color rgb="FF0563C1"/><name val="Arial"/></font>`,
    );
  });

  it("adds differential formats for conditional formats after the cell styles, and finds them again", () => {
    const first = new StyleRegistry(STYLES);
    expect(first.dxfFor({ fill: "FFFF5050" })).toBe(0);
    expect(first.dxfFor({ italic: true, fontColor: "FF7F7F7F" })).toBe(1);
    expect(first.dxfFor({ fill: "FFFF5050" })).toBe(0);
    expect(first.xml()).toContain(
      `</cellXfs><dxfs count="2"><dxf><fill><patternFill><bgColor rgb="FFFF5050"/></patternFill></fill></dxf>` +
        `<dxf><font><i/><color rgb="FF7F7F7F"/></font></dxf></dxfs></styleSheet>`,
    );
    const again = new StyleRegistry(first.xml());
    expect(again.dxfFor({ italic: true, fontColor: "FF7F7F7F" })).toBe(1);
    expect(again.changed).toBe(false);
  });

  it("appends to the workbook's own differential formats, whose indices stay", () => {
    const own = `<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>`;
    const styles = new StyleRegistry(
      STYLES.replace("</cellXfs>", `</cellXfs><cellStyles count="0"/>${own}<tableStyles count="0"/>`),
    );
    expect(styles.dxfFor({ fill: "FF92D050" })).toBe(1);
    expect(styles.xml()).toContain(
      `<dxfs count="2"><dxf><font><b/></font></dxf><dxf><fill><patternFill><bgColor rgb="FF92D050"/></patternFill></fill></dxf></dxfs><tableStyles count="0"/>`,
    );
  });
});
