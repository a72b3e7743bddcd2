import { regionBounds } from "../../../src/domain";
import type { FakeContext } from "./context";
import { WHOLE_SHEET } from "./ops";
import { FakeOfficeError } from "./errors";
import { Loaded, loadPaths, type LoadArg } from "./loaded";
import { FakeRange } from "./range";
import type { SheetState } from "./state";
import type { MembersOf, Visibility } from "./types";
import { FakeFreezePanes } from "./freezePanes";
import { FakePageLayout } from "./pageLayout";
import { FakeWorksheetProtection } from "./worksheetProtection";

type WorksheetMembers = MembersOf<
  Excel.Worksheet,
  | "name"
  | "visibility"
  | "protection"
  | "isNullObject"
  | "load"
  | "getUsedRangeOrNullObject"
  | "getRangeByIndexes"
  | "getRange"
  | "delete"
  | "activate"
  | "freezePanes"
  | "pageLayout"
>;

export class FakeWorksheet implements Record<WorksheetMembers, unknown> {
  private loaded = new Loaded();
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;

  constructor(
    private readonly ctx: FakeContext,
    /** Resolves the sheet's name at execution time; throws ItemNotFound when it is gone. */
    readonly resolve: () => string,
    /** Set for getItemOrNullObject: the name that may not exist. */
    private readonly nullable?: string,
  ) {
    this.protection = new FakeWorksheetProtection(ctx, resolve);
    this.freezePanes = new FakeFreezePanes(ctx, resolve);
    this.pageLayout = new FakePageLayout(ctx, resolve);
  }

  private state(): SheetState {
    return this.ctx.state.sheet(this.resolve());
  }

  /** Copies the named properties from the host; called while a sync executes. */
  capture(paths: string[]): void {
    if (this.nullable !== undefined && !this.ctx.state.findSheet(this.nullable)) {
      this.loaded.nullObject = true;
      return;
    }
    const s = this.state();
    this.loaded.nullObject = false;
    for (const p of paths) {
      if (p === "name") this.loaded.set("name", s.name);
      else if (p === "visibility") this.loaded.set("visibility", s.visibility);
      else if (p === "protection/protected" || p === "protection") this.protection.captured(s.isProtected);
    }
  }

  get name(): string {
    return this.loaded.get("name");
  }

  get visibility(): Visibility {
    return this.loaded.get("visibility");
  }

  set visibility(v: Visibility) {
    this.ctx.queueWrite(
      "visibility",
      () => null,
      v,
      () => void (this.state().visibility = v),
    );
  }

  get isNullObject(): boolean {
    return this.loaded.isNull();
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.ctx.enqueue({ requestBytes: 50, apply: () => this.capture(paths) });
    return this;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => this.state().usedRange(valuesOnly ?? false));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const rect = {
      r1: startRow,
      c1: startColumn,
      r2: startRow + rowCount - 1,
      c2: startColumn + columnCount - 1,
    };
    return new FakeRange(this.ctx, this.resolve, () => rect);
  }

  /** Without an address, the whole sheet, as in Office. */
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, this.resolve, () => WHOLE_SHEET);
    const b = regionBounds(address.replace(/^.*!/, ""));
    if (!b) throw new FakeOfficeError("InvalidArgument", `Not an address the fake understands: ${address}`);
    return new FakeRange(this.ctx, this.resolve, () => b);
  }

  delete(): void {
    this.ctx.queueWrite(
      "deleteSheet",
      () => null,
      null,
      () => {
        const s = this.state();
        if (this.ctx.state.structureProtected)
          throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
        if (s.visibility === "VeryHidden")
          throw new FakeOfficeError("InvalidOperation", "A very hidden sheet cannot be deleted.");
        this.ctx.state.sheets = this.ctx.state.sheets.filter((x) => x !== s);
      },
      () => this.resolve(),
    );
  }

  activate(): void {
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => void (this.ctx.state.activeSheet = this.state().name),
    });
  }
}
