import type { FakeContext } from "./context";
import type { MembersOf } from "./types";

export class FakeApplication implements Pick<
  Excel.Application,
  MembersOf<Excel.Application, "suspendApiCalculationUntilNextSync">
> {
  constructor(private readonly ctx: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.queueWrite(
      "suspendCalculation",
      () => null,
      null,
      () => undefined,
    );
  }
}

export class FakeRuntime implements Pick<Excel.Runtime, MembersOf<Excel.Runtime, "enableEvents">> {
  constructor(private readonly ctx: FakeContext) {}

  get enableEvents(): boolean {
    return this.ctx.state.eventsEnabled;
  }

  set enableEvents(on: boolean) {
    this.ctx.queueWrite(
      "enableEvents",
      () => null,
      on,
      () => void (this.ctx.state.eventsEnabled = on),
    );
  }
}
