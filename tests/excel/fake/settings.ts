import type { FakeContext } from "./context";
import { Loaded, type LoadArg } from "./loaded";
import { structuredCopy } from "./state";
import type { MembersOf } from "./types";

export class FakeSettingCollection implements Record<
  MembersOf<Excel.SettingCollection, "getItemOrNullObject" | "add">,
  unknown
> {
  constructor(private readonly ctx: FakeContext) {}

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }

  add(key: string, value: unknown): FakeSetting {
    this.ctx.queueWrite(
      "setting",
      () => null,
      value,
      () => void this.ctx.state.settings.set(key, structuredCopy(value)),
    );
    return new FakeSetting(this.ctx, key);
  }
}

export class FakeSetting implements Record<
  MembersOf<Excel.Setting, "value" | "isNullObject" | "load">,
  unknown
> {
  private loaded = new Loaded();

  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string,
  ) {}

  get value(): unknown {
    return this.loaded.get("value");
  }

  get isNullObject(): boolean {
    return this.loaded.isNull();
  }

  load(_arg?: LoadArg): this {
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => {
        const has = this.ctx.state.settings.has(this.key);
        this.loaded.nullObject = !has;
        if (has) this.loaded.set("value", structuredCopy(this.ctx.state.settings.get(this.key)));
      },
    });
    return this;
  }
}
