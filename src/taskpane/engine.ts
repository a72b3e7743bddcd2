import type { CheckResult, Grid, SettingsInput } from "../domain";

/**
 * What the pane uses of a check. The variance records are left in the worker: the plan holds what
 * is written, and a structured copy of 100k records would cost the pane time and memory for nothing.
 */
export type PaneResult = Omit<CheckResult, "variances" | "analysis">;

/** The pane's part of a check, read field by field: copying `variances` would make every record. */
export function paneResult(result: CheckResult): PaneResult {
  const { settings, tables, structure, findings, summary, plan } = result;
  return { settings, tables, structure, findings, summary, plan };
}

/** Runs the engine somewhere the pane's UI thread does not wait on (a web worker in Excel). */
export interface Engine {
  check(grids: readonly Grid[], settings: SettingsInput): Promise<PaneResult>;
}

/** The engine failed: a bug in our code or a worker that could not start. `issues` is set for invalid settings. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly cause?: string,
    readonly issues?: string[],
  ) {
    super(message);
    this.name = issues ? "SettingsError" : "EngineError";
  }
}

export type EngineRequest = { id: number; grids: readonly Grid[]; settings: SettingsInput };
export type EngineResponse =
  | { id: number; ok: true; result: PaneResult }
  | { id: number; ok: false; error: { name: string; message: string; issues?: string[]; stack?: string } };

/** Something that behaves like a Worker, so the client can be tested without one. */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  addEventListener(type: "message", listener: (e: MessageEvent<EngineResponse>) => void): void;
  addEventListener(type: "error", listener: (e: ErrorEvent) => void): void;
  terminate(): void;
}

/** An engine backed by a web worker; one worker, requests matched to answers by id. */
export function workerEngine(createWorker: () => WorkerLike): Engine {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: PaneResult) => void; reject: (e: Error) => void }>();

  function start(): WorkerLike {
    const w = createWorker();
    w.addEventListener("message", (e: MessageEvent<EngineResponse>) => {
      const answer = e.data;
      const waiting = pending.get(answer.id);
      if (!waiting) return;
      pending.delete(answer.id);
      if (answer.ok) waiting.resolve(answer.result);
      else waiting.reject(new EngineError(answer.error.message, answer.error.stack, answer.error.issues));
    });
    w.addEventListener("error", (e: ErrorEvent) => {
      // A worker that failed to load or crashed fails every request in flight; the next one starts afresh.
      const error = new EngineError(e.message || "The engine worker stopped.");
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      w.terminate();
      worker = null;
    });
    return w;
  }

  return {
    check(grids, settings) {
      worker ??= start();
      const id = nextId++;
      const w = worker;
      return new Promise<PaneResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, grids, settings });
      });
    },
  };
}
