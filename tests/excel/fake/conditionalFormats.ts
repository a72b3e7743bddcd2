import { rangeA1, regionBounds } from "../../../src/domain";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeRule, MembersOf, Rect } from "./types";

export class FakeConditionalFormatCollection implements Record<
  MembersOf<Excel.ConditionalFormatCollection, "add" | "clearAll">,
  unknown
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: () => string,
    private readonly bounds: () => Rect,
  ) {}

  add(type: string): FakeConditionalFormat {
    const rule: FakeRule = { range: "", type };
    this.ctx.queueWrite(
      "conditionalFormat",
      this.sheetName,
      type,
      () => {
        const b = this.bounds();
        rule.range = rangeA1(b.r1, b.c1, b.r2, b.c2);
        this.ctx.state.sheet(this.sheetName()).conditionalFormats.push(rule);
      },
      () => rangeA1(this.bounds().r1, this.bounds().c1, this.bounds().r2, this.bounds().c2),
    );
    return new FakeConditionalFormat(this.ctx, this.sheetName, rule);
  }

  clearAll(): void {
    this.ctx.queueWrite("clearConditionalFormats", this.sheetName, null, () => {
      const b = this.bounds();
      const s = this.ctx.state.sheet(this.sheetName());
      s.conditionalFormats = s.conditionalFormats.filter((f) => {
        const fb = regionBounds(f.range)!;
        return fb.r2 < b.r1 || fb.r1 > b.r2 || fb.c2 < b.c1 || fb.c1 > b.c2;
      });
    });
  }
}

export class FakeConditionalFormat implements Record<
  MembersOf<Excel.ConditionalFormat, "textComparison">,
  unknown
> {
  readonly textComparison: Record<MembersOf<Excel.TextConditionalFormat, "format" | "rule">, unknown> & {
    format: { fill: { color: string }; font: { color: string; bold: boolean; italic: boolean } };
    rule: Excel.ConditionalTextComparisonRule;
  };

  constructor(ctx: FakeContext, sheetName: () => string, state: FakeRule) {
    const set = (kind: string, value: unknown, change: () => void): void =>
      ctx.queueWrite(kind, sheetName, value, change);
    const font = {
      set color(v: string) {
        set("conditionalFormat.font", v, () => void (state.font = { ...state.font, color: v }));
      },
      set bold(v: boolean) {
        set("conditionalFormat.font", v, () => void (state.font = { ...state.font, bold: v }));
      },
      set italic(v: boolean) {
        set("conditionalFormat.font", v, () => void (state.font = { ...state.font, italic: v }));
      },
    } as { color: string; bold: boolean; italic: boolean };
    const fill = {
      set color(v: string) {
        set("conditionalFormat.fill", v, () => void (state.fill = v));
      },
    } as { color: string };
    this.textComparison = {
      format: { fill, font },
      get rule(): Excel.ConditionalTextComparisonRule {
        throw new FakeOfficeError("PropertyNotLoaded", "rule is write-only in the fake.");
      },
      set rule(v: Excel.ConditionalTextComparisonRule) {
        set("conditionalFormat.rule", v, () => void (state.rule = { ...v }));
      },
    };
  }
}
