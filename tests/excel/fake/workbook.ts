import type { FakeContext } from "./context";
import type { LoadArg } from "./loaded";
import { Loaded } from "./loaded";
import { FakeSettingCollection } from "./settings";
import type { MembersOf } from "./types";
import { FakeWorksheetCollection } from "./worksheetCollection";

type WorkbookMembers = MembersOf<Excel.Workbook, "worksheets" | "protection" | "settings" | "name" | "load">;
export class FakeWorkbook implements Record<WorkbookMembers, unknown> {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly settings: FakeSettingCollection;
  private loaded = new Loaded();

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }

  /** The file's name (ExcelApi 1.7). */
  get name(): string {
    return this.loaded.get("name");
  }

  load(_arg?: LoadArg): this {
    this.ctx.enqueue({ requestBytes: 50, apply: () => this.loaded.set("name", this.ctx.state.name) });
    return this;
  }
}

export class FakeWorkbookProtection implements Pick<
  Excel.WorkbookProtection,
  MembersOf<Excel.WorkbookProtection, "protected">
> {
  private loaded = new Loaded();

  constructor(private readonly ctx: FakeContext) {}

  get protected(): boolean {
    return this.loaded.get("protected");
  }

  load(_arg?: LoadArg): this {
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => this.loaded.set("protected", this.ctx.state.structureProtected),
    });
    return this;
  }
}
