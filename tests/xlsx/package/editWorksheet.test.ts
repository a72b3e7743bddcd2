import { editWorksheet, type SheetEdits } from "../../../src/xlsx/package/editWorksheet";
import { StyleRegistry } from "../../../src/xlsx/package/styleRegistry";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
/** A worksheet part around the given rows, as Excel lays it out. */
const sheet = (rows: string, after = "", before = "") =>
  `<worksheet ${NS}><dimension ref="A1:B2"/>${before}<sheetData>${rows}</sheetData>${after}<pageMargins left="0.7"/></worksheet>`;
const STYLES = `<styleSheet ${NS}><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs></styleSheet>`;
const GREEN = { fill: "FF92D050" };

function edit(xml: string, edits: Partial<SheetEdits>): { xml: string; styles: StyleRegistry } {
  const styles = new StyleRegistry(STYLES);
  return { xml: editWorksheet(xml, { clear: [], cells: [], widths: [], ...edits }, styles), styles };
}

const rowsOf = (xml: string) => /<sheetData>([\s\S]*)<\/sheetData>/.exec(xml)![1];

describe("editing a worksheet part", () => {
  it("puts cells after a row's last cell, leaves the row's own cells as they were, and widens its spans", () => {
    const row = `<row r="2" spans="1:2" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>5</v></c></row>`;
    const { xml } = edit(sheet(`<row r="1"><c r="A1"><v>1</v></c></row>${row}`), {
      cells: [
        { row: 1, col: 3, value: "OK", look: GREEN },
        { row: 1, col: 4, value: 0.25 },
      ],
    });
    expect(rowsOf(xml)).toBe(
      `<row r="1"><c r="A1"><v>1</v></c></row>` +
        `<row r="2" spans="1:5" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>5</v></c>` +
        `<c r="D2" s="2" t="inlineStr"><is><t>OK</t></is></c><c r="E2"><v>0.25</v></c></row>`,
    );
    expect(xml).toContain('<dimension ref="A1:E2"/>');
  });

  it("puts a cell between two in column order, and rows between rows in row order", () => {
    const { xml } = edit(
      sheet(
        `<row r="2"><c r="A2"><v>1</v></c><c r="E2"><v>2</v></c></row><row r="5"><c r="A5"><v>3</v></c></row>`,
      ),
      {
        cells: [
          { row: 1, col: 2, value: "x" },
          { row: 0, col: 0, value: "eerste" },
          { row: 3, col: 1, value: 4 },
          { row: 9, col: 0, value: "laatste" },
        ],
      },
    );
    expect(rowsOf(xml)).toBe(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>eerste</t></is></c></row>` +
        `<row r="2"><c r="A2"><v>1</v></c><c r="C2" t="inlineStr"><is><t>x</t></is></c><c r="E2"><v>2</v></c></row>` +
        `<row r="4"><c r="B4"><v>4</v></c></row>` +
        `<row r="5"><c r="A5"><v>3</v></c></row>` +
        `<row r="10"><c r="A10" t="inlineStr"><is><t>laatste</t></is></c></row>`,
    );
  });

  it("writes text as text, escaped, whatever it starts with", () => {
    const { xml } = edit(sheet(""), { cells: [{ row: 0, col: 0, value: ' =SUM(A1:A2) & "<b>" ' }] });
    expect(rowsOf(xml)).toBe(
      `<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> =SUM(A1:A2) &amp; &quot;&lt;b&gt;&quot; </t></is></c></row>`,
    );
  });

  it("takes a cleared area's cells out, values and formats, and keeps those in a merged area", () => {
    const rows =
      `<row r="1"><c r="A1"><v>1</v></c><c r="C1" s="1" t="inlineStr"><is><t>Controle</t></is></c><c r="D1" s="1"/></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>Banner</t></is></c><c r="C2" s="1"/></row>`;
    const { xml } = edit(sheet(rows, `<mergeCells count="1"><mergeCell ref="A2:D2"/></mergeCells>`), {
      clear: [{ r1: 0, c1: 2, r2: 1, c2: 3 }],
    });
    expect(rowsOf(xml)).toBe(
      `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Banner</t></is></c><c r="C2" s="1"/></row>`,
    );
  });

  it("refuses to write into a merged area", () => {
    expect(() =>
      edit(sheet("", `<mergeCells count="1"><mergeCell ref="A2:D2"/></mergeCells>`), {
        cells: [{ row: 1, col: 2, value: "OK" }],
      }),
    ).toThrow("C2 lies in a merged area");
  });

  it("numbers rows and cells that had no reference before putting anything in front of them", () => {
    const { xml } = edit(sheet(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`), {
      cells: [{ row: 0, col: 3, value: 9 }],
      clear: [{ r1: 1, c1: 5, r2: 1, c2: 5 }],
    });
    expect(rowsOf(xml)).toBe(
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="D1"><v>9</v></c></row>` +
        `<row r="2"><c r="A2"><v>3</v></c></row>`,
    );
  });

  it("is not misled by a rich-text colour inside the row's last cell", () => {
    const cell = `<c r="A1" t="inlineStr"><is><r><rPr><color rgb="FFFF0000"/></rPr><t>rood</t></r></is></c>`;
    const { xml } = edit(sheet(`<row r="1">${cell}</row>`), { cells: [{ row: 0, col: 1, value: 1 }] });
    expect(rowsOf(xml)).toBe(`<row r="1">${cell}<c r="B1"><v>1</v></c></row>`);
  });

  it("lays its look over the format a cell already had: the user's border stays", () => {
    const { xml, styles } = edit(sheet(`<row r="1"><c r="A1" s="1"/></row>`), {
      cells: [{ row: 0, col: 0, value: "OK", look: GREEN }],
    });
    expect(rowsOf(xml)).toBe(`<row r="1"><c r="A1" s="2" t="inlineStr"><is><t>OK</t></is></c></row>`);
    expect(styles.xml()).toContain(
      `<xf numFmtId="3" fontId="0" fillId="2" borderId="1" xfId="0" applyBorder="1" applyFill="1"/></cellXfs>`,
    );
  });

  it("sets the widths the plan gives and takes away those it resets, keeping a column style it splits", () => {
    const cols =
      `<cols><col min="1" max="1" width="48" customWidth="1"/><col min="3" max="6" style="1"/>` +
      `<col min="8" max="8" width="14" customWidth="1"/><col min="9" max="9" width="9" customWidth="1" style="1"/></cols>`;
    const { xml } = edit(sheet("", "", cols), {
      widths: [
        { col: 1, width: 22 },
        { col: 3, width: 60 },
        { col: 7, width: null },
        { col: 8, width: null },
        { col: 9, width: null },
      ],
    });
    expect(xml).toContain(
      `<cols><col min="1" max="1" width="48" customWidth="1"/><col min="2" max="2" width="22" customWidth="1"/>` +
        `<col min="3" max="3" style="1"/><col min="4" max="4" style="1" width="60" customWidth="1"/><col min="5" max="6" style="1"/>` +
        `<col min="9" max="9" style="1"/></cols>`,
    );
  });

  it("drops <cols> when no column is left with anything to say", () => {
    const cols = `<cols><col min="7" max="7" width="22" customWidth="1"/></cols>`;
    const { xml } = edit(sheet("", "", cols), { widths: [{ col: 6, width: null }] });
    expect(xml).not.toContain("<cols");
  });

  it("makes a <cols> right before the rows when the sheet has none", () => {
    const { xml } = edit(sheet(""), { widths: [{ col: 6, width: 22 }] });
    expect(xml).toContain(`<cols><col min="7" max="7" width="22" customWidth="1"/></cols><sheetData>`);
  });

  it("leaves the part as it was when there is nothing to do", () => {
    const xml = sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`, `<conditionalFormatting sqref="A1"/>`);
    expect(edit(xml, {}).xml).toBe(xml);
  });

  it("writes in the prefix a sheet uses for its namespace", () => {
    const xml =
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const { xml: edited } = edit(xml, {
      cells: [{ row: 0, col: 1, value: "OK" }],
      widths: [{ col: 1, width: 22 }],
    });
    expect(edited).toBe(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<x:cols><x:col min="2" max="2" width="22" customWidth="1"/></x:cols><x:sheetData>` +
        `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>OK</x:t></x:is></x:c></x:row>` +
        `</x:sheetData></x:worksheet>`,
    );
  });
});
