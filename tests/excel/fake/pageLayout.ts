import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { MembersOf } from "./types";

/** How a sheet prints, as the fake host holds it. */
export interface FakePage {
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  /** The rows printed on every page, as given (`$7:$7`). */
  printTitleRows?: string;
  centerFooter?: string;
}

/** `worksheet.pageLayout` (ExcelApi 1.9): write-only in the fake, each write a queued one like Excel's. */
export class FakePageLayout implements Pick<
  Excel.PageLayout,
  MembersOf<Excel.PageLayout, "orientation" | "zoom" | "setPrintTitleRows">
> {
  readonly headersFooters: { defaultForAllPages: Pick<Excel.HeaderFooter, "centerFooter"> };

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => string,
  ) {
    const queue = (kind: string, value: unknown, change: (page: FakePage) => void) =>
      this.queue(kind, value, change);
    const footer = {} as Pick<Excel.HeaderFooter, "centerFooter">;
    Object.defineProperty(footer, "centerFooter", {
      get(): never {
        throw new FakeOfficeError("PropertyNotLoaded", "centerFooter is write-only in the fake.");
      },
      set(v: string) {
        queue("pageLayout.centerFooter", v, (page) => void (page.centerFooter = v));
      },
    });
    this.headersFooters = { defaultForAllPages: footer };
  }

  get orientation(): Excel.PageOrientation {
    throw new FakeOfficeError("PropertyNotLoaded", "orientation is write-only in the fake.");
  }

  set orientation(v: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.queue("pageLayout.orientation", v, (page) => void (page.orientation = v));
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    throw new FakeOfficeError("PropertyNotLoaded", "zoom is write-only in the fake.");
  }

  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.queue("pageLayout.zoom", v, (page) => void (page.zoom = { ...v }));
  }

  setPrintTitleRows(rows: Excel.Range | string): void {
    if (typeof rows !== "string")
      throw new FakeOfficeError("NotImplemented", "The fake takes print titles as an address only.");
    if (!/^\$\d+:\$\d+$/.test(rows))
      throw new FakeOfficeError("InvalidArgument", `Not a range of whole rows: ${rows}`);
    this.queue("pageLayout.printTitleRows", rows, (page) => void (page.printTitleRows = rows));
  }

  private queue(kind: string, value: unknown, change: (page: FakePage) => void): void {
    this.ctx.queueWrite(kind, this.resolve, value, () => change(this.ctx.state.sheet(this.resolve()).page));
  }
}
