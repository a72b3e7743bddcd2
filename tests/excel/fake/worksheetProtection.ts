import type { FakeContext } from "./context";
import { Loaded, type LoadArg } from "./loaded";
import type { MembersOf } from "./types";

export class FakeWorksheetProtection implements Pick<
  Excel.WorksheetProtection,
  MembersOf<Excel.WorksheetProtection, "protected">
> {
  private loaded = new Loaded();

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => string,
  ) {}

  captured(isProtected: boolean): void {
    this.loaded.set("protected", isProtected);
  }

  get protected(): boolean {
    return this.loaded.get("protected");
  }

  load(_arg?: LoadArg): this {
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => this.captured(this.ctx.state.sheet(this.resolve()).isProtected),
    });
    return this;
  }
}
