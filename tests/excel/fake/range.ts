import { quoteSheet, rangeA1 } from "../../../src/domain";
import type { FakeContext } from "./context";
import { jsonBytes } from "./ops";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { FakeOfficeError } from "./errors";
import { Loaded, loadPaths, type LoadArg } from "./loaded";
import { FakeClientResult } from "./clientResult";
import { parseInput } from "./parseInput";
import { FakeRangeAreas } from "./rangeAreas";
import { FakeRangeFormat } from "./rangeFormat";
import type { SheetState } from "./state";
import type { FakeCell, MembersOf, Rect } from "./types";

type RangeMembers = MembersOf<
  Excel.Range,
  | "values"
  | "formulas"
  | "numberFormat"
  | "valueTypes"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "address"
  | "isNullObject"
  | "load"
  | "clear"
  | "select"
  | "setCellProperties"
  | "format"
  | "conditionalFormats"
  | "getMergedAreasOrNullObject"
  | "getColumnProperties"
  | "getCellProperties"
>;

export class FakeRange
  implements
    Record<RangeMembers, unknown>,
    Pick<
      Excel.Range,
      MembersOf<
        Excel.Range,
        | "values"
        | "numberFormat"
        | "valueTypes"
        | "formulas"
        | "rowIndex"
        | "columnIndex"
        | "rowCount"
        | "columnCount"
        | "address"
        | "clear"
        | "select"
        | "setCellProperties"
      >
    >
{
  private loaded = new Loaded();
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: () => string,
    /** The rectangle at execution time; null for a null object (an empty used range). */
    private readonly rect: () => Rect | null,
  ) {
    this.format = new FakeRangeFormat(ctx, sheetName, () => this.bounds());
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, sheetName, () => this.bounds());
  }

  private sheet(): SheetState {
    return this.ctx.state.sheet(this.sheetName());
  }

  private bounds(): Rect {
    const r = this.rect();
    if (!r) throw new FakeOfficeError("InvalidOperation", "The range is a null object.");
    return r;
  }

  private addressOf(): string {
    const b = this.bounds();
    return rangeA1(b.r1, b.c1, b.r2, b.c2);
  }

  private grid<T>(cell: (c: FakeCell | undefined) => T): T[][] {
    const b = this.bounds();
    const s = this.sheet();
    const out: T[][] = [];
    for (let r = b.r1; r <= b.r2; r++) {
      const row: T[] = [];
      for (let c = b.c1; c <= b.c2; c++) row.push(cell(s.get(r, c)));
      out.push(row);
    }
    return out;
  }

  /** Calls `change` for each cell of the range with the matching element of a 2-D argument. */
  private each<T>(data: T[][], change: (cell: FakeCell, item: T) => FakeCell): void {
    const b = this.bounds();
    if (data.length !== b.r2 - b.r1 + 1 || data.some((row) => row.length !== b.c2 - b.c1 + 1)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size of the range ${this.addressOf()}.`,
      );
    }
    const s = this.sheet();
    s.refusePartOfMerged(b);
    for (let r = b.r1; r <= b.r2; r++)
      for (let c = b.c1; c <= b.c2; c++) s.update(r, c, (cell) => change(cell, data[r - b.r1][c - b.c1]));
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.ctx.enqueue({ requestBytes: 50, apply: () => this.capture(paths) });
    return this;
  }

  /** Copies the named properties from the host; called while a sync executes. Returns the response's size. */
  capture(paths: string[]): number {
    const r = this.rect();
    this.loaded.nullObject = r === null;
    if (r === null) return 0;
    let bytes = 0;
    const put = (name: string, value: unknown): void => {
      this.loaded.set(name, value);
      bytes += jsonBytes(value);
    };
    for (const p of paths) {
      if (p === "values")
        put(
          p,
          this.grid((c) => c?.value ?? ""),
        );
      else if (p === "formulas")
        put(
          p,
          this.grid((c) => c?.formula ?? c?.value ?? ""),
        );
      else if (p === "numberFormat")
        put(
          p,
          this.grid((c) => c?.numberFormat ?? "General"),
        );
      else if (p === "valueTypes")
        put(
          p,
          this.grid((c) => c?.type ?? "Empty"),
        );
      else if (p === "rowIndex") put(p, r.r1);
      else if (p === "columnIndex") put(p, r.c1);
      else if (p === "rowCount") put(p, r.r2 - r.r1 + 1);
      else if (p === "columnCount") put(p, r.c2 - r.c1 + 1);
      else if (p === "address") put(p, `${quoteSheet(this.sheetName())}!${this.addressOf()}`);
      else throw new FakeOfficeError("InvalidArgument", `The fake does not load Range.${p}.`);
    }
    return bytes;
  }

  /** Merged areas whose first cell lies in this range, as Excel returns them (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheetName, () => this.bounds());
  }

  /** Per column of the range: its width in points, and whether that is the sheet's standard width. */
  getColumnProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.ColumnProperties[]> {
    const result = new FakeClientResult<Excel.ColumnProperties[]>();
    this.ctx.enqueue({
      requestBytes: 50 + JSON.stringify(options).length,
      apply: () => {
        const b = this.bounds();
        const widths = this.sheet().columnWidths;
        const value: Excel.ColumnProperties[] = [];
        for (let c = b.c1; c <= b.c2; c++)
          value.push({
            columnIndex: c,
            format: { columnWidth: widths.get(c) ?? STANDARD_WIDTH_POINTS, useStandardWidth: !widths.has(c) },
          });
        result.set(value);
        return jsonBytes(value);
      },
    });
    return result;
  }

  /**
   * Per cell of the range: its fill and font colour, as Excel reports them (ExcelApi 1.9): white
   * for a cell without fill, black for the default font. Only what the options ask for is
   * answered, and the answer counts towards the 5 MB limit.
   */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    const fill = !!options.format?.fill;
    const font = !!options.format?.font;
    const indent = !!options.format?.indentLevel;
    if (
      Object.keys(options).some((k) => k !== "format") ||
      Object.keys(options.format ?? {}).some((k) => k !== "fill" && k !== "font" && k !== "indentLevel")
    )
      throw new FakeOfficeError(
        "InvalidArgument",
        `The fake answers only fill and font colours and indent levels: ${JSON.stringify(options)}`,
      );
    this.ctx.enqueue({
      requestBytes: 50 + JSON.stringify(options).length,
      apply: () => {
        const value = this.grid((c): Excel.CellProperties => ({
          format: {
            ...(fill ? { fill: { color: c?.fill ?? "#FFFFFF" } } : {}),
            ...(font ? { font: { color: c?.font?.color ?? "#000000" } } : {}),
            ...(indent ? { indentLevel: c?.indent ?? 0 } : {}),
          },
        }));
        result.set(value);
        return jsonBytes(value);
      },
    });
    return result;
  }

  get isNullObject(): boolean {
    return this.loaded.isNull();
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.loaded.get("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  set formulas(_rows: unknown[][]) {
    throw new FakeOfficeError(
      "NotImplemented",
      "The adapter writes no formulas; the fake does not take them.",
    );
  }

  get values(): unknown[][] {
    return this.loaded.get("values");
  }

  set values(rows: unknown[][]) {
    this.ctx.queueWrite(
      "values",
      this.sheetName,
      rows,
      () => this.each(rows, (cell, input) => ({ ...cell, ...parseInput(input), hyperlink: cell.hyperlink })),
      () => this.addressOf(),
    );
  }

  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }

  set numberFormat(rows: unknown[][]) {
    this.ctx.queueWrite(
      "numberFormat",
      this.sheetName,
      rows,
      () =>
        this.each(rows, (cell, f) => ({ ...cell, numberFormat: f === "General" ? undefined : String(f) })),
      () => this.addressOf(),
    );
  }

  clear(applyTo?: string): void {
    this.ctx.queueWrite(
      `clear:${applyTo ?? "All"}`,
      this.sheetName,
      applyTo,
      () => {
        const b = this.bounds();
        const s = this.sheet();
        s.refusePartOfMerged(b);
        // Only the cells the sheet holds: a whole sheet's range is 17 billion cells.
        for (let r = b.r1; r <= Math.min(b.r2, s.rows.length - 1); r++) {
          for (let c = b.c1; c <= Math.min(b.c2, (s.rows[r]?.length ?? 0) - 1); c++) {
            s.update(r, c, (cell) => {
              const content = { value: undefined, type: undefined, formula: undefined };
              const formats = { numberFormat: undefined, fill: undefined, font: undefined, wrap: undefined };
              if (applyTo === "Contents") return { ...cell, ...content };
              if (applyTo === "Formats") return { ...cell, ...formats };
              return {};
            });
          }
        }
      },
      () => this.addressOf(),
    );
  }

  select(): void {
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => void (this.ctx.state.selection = `${this.sheet().name}!${this.addressOf()}`),
    });
  }

  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    this.ctx.queueWrite(
      "setCellProperties",
      this.sheetName,
      data,
      () =>
        this.each(data, (cell, p) => {
          const next = { ...cell };
          if (p.format?.fill?.color) next.fill = p.format.fill.color;
          if (p.format?.font)
            next.font = {
              ...next.font,
              ...definedOnly({
                bold: p.format.font.bold,
                italic: p.format.font.italic,
                underline: p.format.font.underline,
                color: p.format.font.color,
                size: p.format.font.size,
              }),
            };
          if (p.format?.wrapText !== undefined) next.wrap = p.format.wrapText || undefined;
          if (p.hyperlink) {
            next.hyperlink = definedOnly({ ...p.hyperlink });
            // Excel shows the link's text as the cell's value.
            if (p.hyperlink.textToDisplay !== undefined)
              Object.assign(next, { value: p.hyperlink.textToDisplay, type: "String", formula: undefined });
          }
          return next;
        }),
      () => this.addressOf(),
    );
  }
}

/** Excel's standard column width, 8.43 characters: 64 pixels. */
const STANDARD_WIDTH_POINTS = 48;

function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
