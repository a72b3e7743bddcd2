import type { FakeContext } from "./context";
import { jsonBytes } from "./ops";
import { FakeOfficeError } from "./errors";
import { loadPaths, type LoadArg } from "./loaded";
import { SheetState } from "./state";
import type { MembersOf } from "./types";
import { FakeWorksheet } from "./worksheet";

export class FakeWorksheetCollection implements Record<
  MembersOf<Excel.WorksheetCollection, "items" | "load" | "getItem" | "getItemOrNullObject" | "add">,
  unknown
> {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => {
        this.loadedItems = this.ctx.state.sheets.map((s) => {
          const ws = new FakeWorksheet(this.ctx, () => s.name);
          ws.capture(paths);
          return ws;
        });
        return jsonBytes(paths) * this.loadedItems.length;
      },
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name).name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name).name, name);
  }

  add(name: string): FakeWorksheet {
    this.ctx.queueWrite(
      "addSheet",
      () => null,
      name,
      () => {
        if (this.ctx.state.structureProtected)
          throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
        if (this.ctx.state.findSheet(name))
          throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
        this.ctx.state.sheets.push(new SheetState(name));
      },
    );
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name).name);
  }
}
