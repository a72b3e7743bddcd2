import { calcChainWithout } from "./calcChain";
import { CONTENT_TYPE, CONTENT_TYPES, withOverride, withoutOverride } from "./contentTypes";
import { editWorksheet, type SheetEdits } from "./editWorksheet";
import { mainPartOf } from "./macroEnabled";
import { MAIN_NS } from "./namespaces";
import {
  EMPTY_RELS,
  REL,
  freeRelationshipId,
  relationshipsOf,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  withRelationship,
  withoutRelationship,
} from "./relationships";
import { DEFAULT_STYLES, STYLES_PART, StyleRegistry } from "./styleRegistry";
import {
  sheetsOf,
  withPrintTitles,
  withSheet,
  withSheetState,
  withoutSheet,
  type SheetEntry,
} from "./workbookSheets";
import { worksheetXml, type SheetContent } from "./worksheetXml";
import { prefixOf } from "./xmlText";
import { ZipPackage } from "./zipPackage";

/**
 * A workbook file opened to be written into, not rebuilt: sheets are edited cell by cell, added,
 * replaced or removed, styles appended, and every part no edit touches is saved as it was read —
 * charts, pivot tables, images, comments, macros, custom XML and whatever a later Excel adds.
 */
export class WorkbookPackage {
  private readonly calcChainSheets = new Set<number>();

  private constructor(
    private readonly zip: ZipPackage,
    private readonly workbookPart: string,
    private workbook: string,
    private rels: string,
    private contentTypes: string,
    readonly styles: StyleRegistry,
    private readonly stylesPart: string | null,
    private readonly originals: { workbook: string; rels: string; contentTypes: string },
  ) {}

  static async open(data: Buffer | Uint8Array): Promise<WorkbookPackage> {
    const zip = await ZipPackage.open(data);
    const workbookPart = await mainPartOf(zip);
    const workbook = await zip.text(workbookPart);
    const contentTypes = await zip.text(CONTENT_TYPES);
    if (workbook === null || contentTypes === null) throw new Error("Not a workbook package");
    // Parts written here are transitional SpreadsheetML; a Strict Open XML workbook would get a mix.
    if (prefixOf(workbook, MAIN_NS) === null)
      throw new Error("a Strict Open XML workbook: save it as an Excel Workbook (.xlsx) and try again");
    const rels = (await zip.text(relsPathOf(workbookPart))) ?? EMPTY_RELS;
    const stylesRel = relationshipsOf(rels).find((r) => r.type === REL.styles);
    const stylesPart = stylesRel ? resolveTarget(workbookPart, stylesRel.target) : null;
    const stylesXml = stylesPart ? await zip.text(stylesPart) : null;
    return new WorkbookPackage(
      zip,
      workbookPart,
      workbook,
      rels,
      contentTypes,
      new StyleRegistry(stylesXml ?? DEFAULT_STYLES),
      stylesXml === null ? null : stylesPart,
      { workbook, rels, contentTypes },
    );
  }

  /** The sheets in tab order, chart sheets included. */
  sheets(): SheetEntry[] {
    return sheetsOf(this.workbook);
  }

  /** Clears and writes cells of an existing worksheet and sets its column widths. */
  async editSheet(name: string, edits: SheetEdits): Promise<void> {
    const part = this.worksheetPart(this.indexOf(name));
    const xml = await this.zip.text(part);
    if (xml === null) throw new Error(`The workbook lacks the part of sheet ${name}`);
    const edited = editWorksheet(xml, edits, this.styles);
    if (edited !== xml) this.zip.setText(part, edited);
  }

  /**
   * Writes a sheet whole: in place of the worksheet of that name (its position, tab colour and
   * defined names kept), or as a new sheet after the last one. `state` makes it visible, hidden or
   * very hidden; without it a replaced sheet keeps its own.
   */
  async writeSheet(name: string, content: SheetContent, state?: string): Promise<void> {
    const xml = worksheetXml(content, this.styles);
    const index = this.indexOf(name, false);
    if (index >= 0) {
      const part = this.worksheetPart(index);
      this.forgetPart(part);
      this.calcChainSheets.add(this.sheets()[index].sheetId);
      this.zip.setText(part, xml);
      if (state !== undefined && this.sheets()[index].state !== state)
        this.workbook = withSheetState(this.workbook, index, state);
      return;
    }
    const part = this.freePartName("xl/worksheets/sheet", ".xml");
    const relId = freeRelationshipId(this.rels);
    this.rels = withRelationship(this.rels, {
      id: relId,
      type: REL.worksheet,
      target: relativeTarget(this.workbookPart, part),
    });
    this.contentTypes = withOverride(this.contentTypes, part, CONTENT_TYPE.worksheet);
    const sheetId =
      Math.max(
        0,
        ...this.sheets()
          .map((s) => s.sheetId)
          .filter(Number.isFinite),
      ) + 1;
    this.workbook = withSheet(this.workbook, { name, sheetId, relId, state: state ?? "visible" });
    this.zip.setText(part, xml);
  }

  /** Sets the rows a sheet prints at the top of every page (`'Sheet'!$7:$7`), or takes them away (null). */
  setPrintTitles(name: string, reference: string | null): void {
    this.workbook = withPrintTitles(this.workbook, this.indexOf(name), reference);
  }

  /** Takes a worksheet out of the workbook, with its part and the relationships it owned. */
  removeSheet(name: string): void {
    const index = this.indexOf(name);
    const sheet = this.sheets()[index];
    const part = this.worksheetPart(index);
    this.forgetPart(part);
    this.zip.remove(part);
    this.rels = withoutRelationship(this.rels, sheet.relId);
    this.contentTypes = withoutOverride(this.contentTypes, part);
    this.workbook = withoutSheet(this.workbook, index);
    this.calcChainSheets.add(sheet.sheetId);
  }

  /** The package as a file: the edited parts written anew, every other part as it came. */
  async save(): Promise<Buffer> {
    await this.dropCalcChainOf(this.calcChainSheets);
    if (this.styles.changed) {
      if (this.stylesPart) this.zip.setText(this.stylesPart, this.styles.xml());
      else {
        this.zip.setText(STYLES_PART, this.styles.xml());
        this.rels = withRelationship(this.rels, {
          id: freeRelationshipId(this.rels),
          type: REL.styles,
          target: relativeTarget(this.workbookPart, STYLES_PART),
        });
        this.contentTypes = withOverride(this.contentTypes, STYLES_PART, CONTENT_TYPE.styles);
      }
    }
    if (this.workbook !== this.originals.workbook) this.zip.setText(this.workbookPart, this.workbook);
    if (this.rels !== this.originals.rels) this.zip.setText(relsPathOf(this.workbookPart), this.rels);
    if (this.contentTypes !== this.originals.contentTypes) this.zip.setText(CONTENT_TYPES, this.contentTypes);
    return this.zip.save();
  }

  private indexOf(name: string, required = true): number {
    const lower = name.toLowerCase();
    const index = this.sheets().findIndex((s) => s.name.toLowerCase() === lower);
    if (index < 0 && required) throw new Error(`The workbook has no sheet ${name}`);
    return index;
  }

  /** The worksheet part of the sheet at `index`; a chart sheet of that name is no worksheet to write. */
  private worksheetPart(index: number): string {
    const sheet = this.sheets()[index];
    const rel = relationshipsOf(this.rels).find((r) => r.id === sheet.relId);
    if (!rel || rel.type !== REL.worksheet)
      throw new Error(`The sheet ${sheet.name} is not a worksheet: Stoplicht does not write over it`);
    return resolveTarget(this.workbookPart, rel.target);
  }

  /** Drops a part's own relationships: what the old sheet pointed at is no longer used by the new one. */
  private forgetPart(part: string): void {
    this.zip.remove(relsPathOf(part));
  }

  private freePartName(stem: string, extension: string): string {
    for (let n = 1; ; n++) if (!this.zip.has(`${stem}${n}${extension}`)) return `${stem}${n}${extension}`;
  }

  private async dropCalcChainOf(sheetIds: Set<number>): Promise<void> {
    if (sheetIds.size === 0) return;
    const rel = relationshipsOf(this.rels).find((r) => r.type === REL.calcChain);
    if (!rel) return;
    const part = resolveTarget(this.workbookPart, rel.target);
    const xml = await this.zip.text(part);
    if (xml === null) return;
    const kept = calcChainWithout(xml, sheetIds);
    if (kept === xml) return;
    if (kept !== null) return this.zip.setText(part, kept);
    this.zip.remove(part);
    this.rels = withoutRelationship(this.rels, rel.id);
    this.contentTypes = withoutOverride(this.contentTypes, part);
  }
}
