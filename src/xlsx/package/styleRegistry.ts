import {
  attributeOf,
  escapeXml,
  findElement,
  findElements,
  findStartTag,
  splice,
  withAttribute,
  type Element,
} from "./xmlText";

/** How a written cell looks, in the workbook's terms: what the package editor can register as a style. */
export interface CellLook {
  /** Solid fill, ARGB (`FFE2EFDA`). */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font colour, ARGB. */
  fontColor?: string;
  /** Font size in points. */
  fontSize?: number;
  /** Text wraps within the column. */
  wrap?: boolean;
  /** A number format code (`0.0%`). */
  numberFormat?: string;
}

export const STYLES_PART = "xl/styles.xml";

/** The number formats every Excel knows by id (the ones not tied to a locale). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** The first id a workbook's own number formats may use. */
const FIRST_CUSTOM_FORMAT = 164;

interface List {
  /** The list's element (`<fonts count="…">…</fonts>`), or null when the part lacks it. */
  element: Element | null;
  /** Its items as written, then the ones added. */
  items: string[];
  /** How many of the items were there already. */
  existing: number;
}

/**
 * The workbook's styles (xl/styles.xml) with the cell formats Stoplicht needs appended: every
 * existing index keeps its meaning, so the user's cells look as before, and a format already there
 * (written by an earlier run) is used again instead of added twice.
 */
export class StyleRegistry {
  private readonly prefix: string;
  private readonly numFmts: List;
  private readonly fonts: List;
  private readonly fills: List;
  private readonly cellXfs: List;
  private readonly dxfs: List;
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly cache = new Map<CellLook, Map<number, number>>();

  constructor(private readonly source: string) {
    this.prefix = /<([\w.-]+:)?styleSheet[\s>]/.exec(source)?.[1] ?? "";
    this.numFmts = this.list("numFmts", "numFmt");
    this.fonts = this.list("fonts", "font");
    this.fills = this.list("fills", "fill");
    this.cellXfs = this.list("cellXfs", "xf");
    this.dxfs = this.list("dxfs", "dxf");
    for (const item of this.numFmts.items) {
      const id = Number(attributeOf(item, "numFmtId"));
      const code = attributeOf(item, "formatCode");
      if (!Number.isInteger(id) || code === null) continue;
      if (!this.formatIds.has(code)) this.formatIds.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
  }

  /** Whether a format was added: whether the part must be written. */
  get changed(): boolean {
    return [this.numFmts, this.fonts, this.fills, this.cellXfs, this.dxfs].some(
      (l) => l.items.length > l.existing,
    );
  }

  /**
   * The index of the cell format that looks like `base` (an index into cellXfs) with `look` laid
   * over it: the borders, protection and the rest of the base kept, fill, font and format replaced.
   */
  formatFor(base: number, look: CellLook): number {
    let byBase = this.cache.get(look);
    if (!byBase) this.cache.set(look, (byBase = new Map()));
    let index = byBase.get(base);
    if (index === undefined) {
      index = this.register(this.cellXfs, this.composeXf(base, look));
      byBase.set(base, index);
    }
    return index;
  }

  /**
   * The index of a differential format (what a conditional format lays over a cell) with the look's
   * fill and font: an existing one written the same, or a new one.
   */
  dxfFor(look: CellLook): number {
    const p = this.prefix;
    const font = this.fontChildren("", look);
    const parts = [
      font === "" ? "" : `<${p}font>${font}</${p}font>`,
      // A differential fill's colour is its background colour, as Excel writes one.
      look.fill
        ? `<${p}fill><${p}patternFill><${p}bgColor rgb="${escapeXml(look.fill)}"/></${p}patternFill></${p}fill>`
        : "",
    ];
    return this.register(this.dxfs, `<${p}dxf>${parts.join("")}</${p}dxf>`);
  }

  /** The styles part with the added formats, or the source unchanged when none were added. */
  xml(): string {
    if (!this.changed) return this.source;
    let xml = this.source;
    // From the last list to the first, so that earlier offsets stay valid.
    const lists: [List, string][] = [
      [this.dxfs, "dxfs"],
      [this.cellXfs, "cellXfs"],
      [this.fills, "fills"],
      [this.fonts, "fonts"],
      [this.numFmts, "numFmts"],
    ];
    for (const [list, name] of lists) {
      const extra = list.items.slice(list.existing).join("");
      if (extra === "") continue;
      const count = String(list.items.length);
      const e = list.element;
      if (e) {
        const content = e.selfClosing ? extra : xml.slice(e.contentStart, e.contentEnd) + extra;
        const start = `<${this.prefix}${name}${withAttribute(e.attributes, "count", count)}>`;
        xml = splice(xml, e.start, e.elementEnd, `${start}${content}</${this.prefix}${name}>`);
      } else if (name === "dxfs") {
        xml = splice(
          xml,
          this.dxfsAt(xml),
          this.dxfsAt(xml),
          `<${this.prefix}dxfs count="${count}">${extra}</${this.prefix}dxfs>`,
        );
      } else if (name === "numFmts") {
        // The first child of <styleSheet>.
        const root = findStartTag(xml, `${this.prefix}styleSheet`)!;
        xml = splice(
          xml,
          root.end,
          root.end,
          `<${this.prefix}numFmts count="${count}">${extra}</${this.prefix}numFmts>`,
        );
      } else {
        throw new Error(`The workbook's styles part lacks <${name}>`);
      }
    }
    return xml;
  }

  private list(name: string, item: string): List {
    const element = findElement(this.source, `${this.prefix}${name}`);
    const items = element
      ? findElements(
          this.source.slice(element.contentStart, element.contentEnd),
          `${this.prefix}${item}`,
        ).map((e) => this.source.slice(element.contentStart + e.start, element.contentStart + e.elementEnd))
      : [];
    return { element, items, existing: items.length };
  }

  /** The index of `item` in the list: the existing one that is written the same, or a new one. */
  private register(list: List, item: string): number {
    const found = list.items.indexOf(item);
    if (found >= 0) return found;
    list.items.push(item);
    return list.items.length - 1;
  }

  private composeXf(base: number, look: CellLook): string {
    const p = this.prefix;
    const baseXf = this.cellXfs.items[base] ?? this.cellXfs.items[0] ?? `<${p}xf/>`;
    const tag = /^<[\w:.-]+((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(baseXf)!;
    let attributes = tag[1];
    const children = tag[2] === "/" ? "" : baseXf.slice(tag[0].length, baseXf.lastIndexOf("</"));
    if (look.numberFormat !== undefined) {
      attributes = withAttribute(attributes, "numFmtId", String(this.formatId(look.numberFormat)));
      attributes = withAttribute(attributes, "applyNumberFormat", "1");
    }
    if (look.bold || look.italic || look.underline || look.fontColor || look.fontSize) {
      const fontId = Number(attributeOf(attributes, "fontId") ?? 0);
      const font = this.register(
        this.fonts,
        this.composeFont(this.fonts.items[fontId] ?? this.fonts.items[0], look),
      );
      attributes = withAttribute(attributes, "fontId", String(font));
      attributes = withAttribute(attributes, "applyFont", "1");
    }
    if (look.fill) {
      const fill = this.register(
        this.fills,
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${escapeXml(look.fill)}"/></${p}patternFill></${p}fill>`,
      );
      attributes = withAttribute(attributes, "fillId", String(fill));
      attributes = withAttribute(attributes, "applyFill", "1");
    }
    let inner = children;
    if (look.wrap) {
      // The base's alignment with wrapping on; <alignment> comes before <protection>.
      const alignment = findElement(inner, `${p}alignment`);
      const wrapped = alignment
        ? `<${p}alignment${withAttribute(alignment.attributes, "wrapText", "1")}/>`
        : `<${p}alignment wrapText="1"/>`;
      inner = alignment ? splice(inner, alignment.start, alignment.elementEnd, wrapped) : wrapped + inner;
      attributes = withAttribute(attributes, "applyAlignment", "1");
    }
    return inner === "" ? `<${p}xf${attributes}/>` : `<${p}xf${attributes}>${inner}</${p}xf>`;
  }

  /** The base font with bold, italic, underline and colour as the look asks: size and face kept. */
  private composeFont(baseFont: string | undefined, look: CellLook): string {
    const p = this.prefix;
    const open = baseFont ? /^<[^>]*?\/?>/.exec(baseFont)![0] : `<${p}font>`;
    const children =
      baseFont && !open.endsWith("/>") ? baseFont.slice(open.length, baseFont.lastIndexOf("</")) : "";
    return `<${p}font>${this.fontChildren(children, look)}</${p}font>`;
  }

  /** A font's children with the look's bold, italic, underline, size and colour laid over them. */
  private fontChildren(base: string, look: CellLook): string {
    const p = this.prefix;
    let children = base;
    // Bold, italic and underline first, in the order Excel writes them; the base's own go.
    const front: string[] = [];
    for (const [name, wanted] of [
      ["b", look.bold],
      ["i", look.italic],
      ["u", look.underline],
    ] as const) {
      if (!wanted) continue;
      const element = new RegExp(`<${p}${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${p}${name}\\s*>)`, "g");
      children = children.replace(element, "");
      front.push(`<${p}${name}/>`);
    }
    children = front.join("") + children;
    if (look.fontSize) {
      const size = `<${p}sz val="${look.fontSize}"/>`;
      const at = findElement(children, `${p}sz`);
      children = at ? splice(children, at.start, at.elementEnd, size) : size + children;
    }
    if (look.fontColor) {
      const color = `<${p}color rgb="${escapeXml(look.fontColor)}"/>`;
      const at = findStartTag(children, `${p}color`);
      if (at) children = splice(children, at.start, findElement(children, `${p}color`)!.elementEnd, color);
      else {
        const name = findStartTag(children, `${p}name`);
        children = name ? splice(children, name.start, name.start, color) : children + color;
      }
    }
    return children;
  }

  /**
   * Where a new `<dxfs>` goes: after `<cellStyles>` (or the lists before it), before `<tableStyles>`,
   * `<colors>` and `<extLst>`, as the schema orders a styles part's children.
   */
  private dxfsAt(xml: string): number {
    const p = this.prefix;
    for (const name of ["cellStyles", "cellXfs", "cellStyleXfs", "borders", "fills", "fonts", "numFmts"]) {
      const e = findElement(xml, `${p}${name}`);
      if (e) return e.elementEnd;
    }
    return findStartTag(xml, `${p}styleSheet`)!.end;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.register(this.numFmts, `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }
}

/** A styles part for a package that has none: the one default format Excel expects at index 0. */
export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";
