import { FakeOfficeError } from "./errors";
import type { FakeContext } from "./context";
import { Loaded, loadPaths, type LoadArg } from "./loaded";
import { compareVersions } from "./ops";
import { FakeRange } from "./range";
import type { MembersOf, Rect } from "./types";

/** Excel fails `getMergedAreasOrNullObject` on a range holding more merged areas than this. */
export const MERGED_AREAS_LIMIT = 512;

/**
 * The merged areas of a range (ExcelApi 1.13). Like Excel it lists only the areas whose first cell
 * lies in the range, is a null object when there are none, fails beyond 512, and does not exist on a
 * host that offers an older ExcelApi.
 */
export class FakeRangeAreas implements Record<
  MembersOf<Excel.RangeAreas, "isNullObject" | "areaCount" | "areas" | "load">,
  unknown
> {
  private loaded = new Loaded();
  readonly areas: FakeRangeCollection;
  private found: Rect[] | null = null;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: () => string,
    private readonly bounds: () => Rect,
  ) {
    this.areas = new FakeRangeCollection(ctx, sheetName, () => {
      if (this.found === null || this.found.length === 0)
        throw new FakeOfficeError("InvalidOperation", "The merged areas are a null object.");
      return this.found;
    });
  }

  get isNullObject(): boolean {
    return this.loaded.isNull();
  }

  get areaCount(): number {
    return this.loaded.get("areaCount");
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => {
        if (compareVersions(this.ctx.state.apiVersion, "1.13") < 0)
          throw new FakeOfficeError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13.");
        const b = this.bounds();
        const found = this.ctx.state
          .sheet(this.sheetName())
          .merged.filter((m) => m.r1 >= b.r1 && m.r1 <= b.r2 && m.c1 >= b.c1 && m.c1 <= b.c2);
        if (found.length > MERGED_AREAS_LIMIT)
          throw new FakeOfficeError("GeneralException", `More than ${MERGED_AREAS_LIMIT} merged areas.`);
        this.found = found;
        this.loaded.nullObject = found.length === 0;
        if (found.length > 0 && paths.includes("areaCount")) this.loaded.set("areaCount", found.length);
        return 20;
      },
    });
    return this;
  }
}

/** The areas of a RangeAreas, each a range with the properties loaded for it. */
export class FakeRangeCollection implements Record<
  MembersOf<Excel.RangeCollection, "items" | "load">,
  unknown
> {
  private loadedItems: FakeRange[] | null = null;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: () => string,
    private readonly rects: () => Rect[],
  ) {}

  get items(): FakeRange[] {
    if (!this.loadedItems)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => {
        this.loadedItems = this.rects().map((r) => new FakeRange(this.ctx, this.sheetName, () => r));
        return this.loadedItems.reduce((n, item) => n + item.capture(paths), 0);
      },
    });
    return this;
  }
}
