import type { FakeContext } from "./context";
import type { MembersOf } from "./types";

export class FakeFreezePanes implements Pick<
  Excel.WorksheetFreezePanes,
  MembersOf<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze">
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => string,
  ) {}

  freezeRows(count?: number): void {
    this.ctx.queueWrite(
      "freezeRows",
      this.resolve,
      count,
      () => void (this.ctx.state.sheet(this.resolve()).frozenRows = count ?? 1),
    );
  }

  unfreeze(): void {
    this.ctx.queueWrite(
      "unfreeze",
      this.resolve,
      null,
      () => void (this.ctx.state.sheet(this.resolve()).frozenRows = 0),
    );
  }
}
