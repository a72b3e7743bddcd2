import { rangeA1 } from "../../../src/domain";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeCell, FakeFont, MembersOf, Rect } from "./types";

export class FakeRangeFormat implements Record<
  MembersOf<Excel.RangeFormat, "fill" | "font" | "columnWidth" | "useStandardWidth">,
  unknown
> {
  readonly fill: { color: string };
  readonly font: { bold: boolean; italic: boolean; color: string };

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: () => string,
    private readonly bounds: () => Rect,
  ) {
    const setEach = (kind: string, value: unknown, change: (cell: FakeCell) => FakeCell): void =>
      ctx.queueWrite(
        kind,
        sheetName,
        value,
        () => {
          const b = bounds();
          const s = ctx.state.sheet(sheetName());
          for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) s.update(r, c, change);
        },
        () => rangeA1(bounds().r1, bounds().c1, bounds().r2, bounds().c2),
      );
    const fill: Pick<Excel.RangeFill, "color"> = {
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "fill.color is write-only in the fake.");
      },
      set color(v: string) {
        setEach("fill", v, (cell) => ({ ...cell, fill: v }));
      },
    };
    const fontProp = <K extends keyof FakeFont>(key: K) => ({
      get(): never {
        throw new FakeOfficeError("PropertyNotLoaded", `font.${key} is write-only in the fake.`);
      },
      set(v: FakeFont[K]) {
        setEach(`font.${key}`, v, (cell) => ({ ...cell, font: { ...cell.font, [key]: v } }));
      },
    });
    const font = {} as Pick<Excel.RangeFont, "bold" | "italic" | "color">;
    Object.defineProperty(font, "bold", fontProp("bold"));
    Object.defineProperty(font, "italic", fontProp("italic"));
    Object.defineProperty(font, "color", fontProp("color"));
    this.fill = fill;
    this.font = font;
  }

  get columnWidth(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "columnWidth is write-only in the fake.");
  }

  set columnWidth(points: number) {
    this.ctx.queueWrite("columnWidth", this.sheetName, points, () => {
      const b = this.bounds();
      const s = this.ctx.state.sheet(this.sheetName());
      for (let c = b.c1; c <= b.c2; c++) s.columnWidths.set(c, points);
    });
  }

  get useStandardWidth(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "useStandardWidth is write-only in the fake.");
  }

  /** Only `true` does anything, as in Excel: the range's columns go back to the sheet's standard width. */
  set useStandardWidth(on: boolean) {
    this.ctx.queueWrite("useStandardWidth", this.sheetName, on, () => {
      if (!on) return;
      const b = this.bounds();
      const s = this.ctx.state.sheet(this.sheetName());
      for (const c of [...s.columnWidths.keys()]) if (c >= b.c1 && c <= b.c2) s.columnWidths.delete(c);
    });
  }
}
