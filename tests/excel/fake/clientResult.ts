import { FakeOfficeError } from "./errors";
import type { MembersOf } from "./types";

/** A value a method returns at the next sync, as Office's `ClientResult`: reading it before throws. */
export class FakeClientResult<T> implements Record<
  MembersOf<OfficeExtension.ClientResult<T>, "value">,
  unknown
> {
  private result: { value: T } | null = null;

  set(value: T): void {
    this.result = { value };
  }

  get value(): T {
    if (!this.result)
      throw new FakeOfficeError("PropertyNotLoaded", "The value is not available before context.sync().");
    return this.result.value;
  }
}
