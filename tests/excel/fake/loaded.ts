import { FakeOfficeError } from "./errors";

/** Loaded property values of one proxy; reading one that was not loaded throws, as in Office. */
export class Loaded {
  private values = new Map<string, unknown>();
  nullObject: boolean | undefined;

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  get<T>(name: string): T {
    if (!this.values.has(name))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Load it and call context.sync() first.`,
      );
    return this.values.get(name) as T;
  }

  isNull(): boolean {
    if (this.nullObject === undefined)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is not available before load and sync.");
    return this.nullObject;
  }
}

export type LoadArg = string | string[] | Record<string, unknown> | undefined;

/** `load` arguments as property paths: "a,b", ["a"], { a: true, b: { c: true } } → a, b/c. */
export function loadPaths(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadPaths(a));
  const out: string[] = [];
  for (const [k, v] of Object.entries(arg)) {
    if (k.startsWith("$")) continue;
    if (v === true) out.push(k);
    else if (v && typeof v === "object")
      out.push(...loadPaths(v as Record<string, unknown>).map((p) => `${k}/${p}`));
  }
  return out;
}
