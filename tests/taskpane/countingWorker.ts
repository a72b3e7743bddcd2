import {
  workerEngine,
  type EngineRequest,
  type EngineResponse,
  type WorkerLike,
} from "../../src/taskpane/engine";
import { createEngineHost } from "../../src/taskpane/engineHost";

/**
 * A stand-in for the engine's worker that runs the worker's own host a task later, through a
 * structured copy as postMessage makes one, and keeps every request that crossed to it: to count
 * what the pane sends. It can crash, as a worker out of memory does.
 */
export class CountingWorker implements WorkerLike {
  requests: EngineRequest[] = [];
  terminated = false;
  private readonly host = createEngineHost();
  private listeners: {
    message: ((e: MessageEvent<EngineResponse>) => void)[];
    error: ((e: ErrorEvent) => void)[];
  } = { message: [], error: [] };
  postMessage(message: EngineRequest): void {
    this.requests.push(message);
    const copy = structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      for (const answer of this.host(copy))
        for (const l of this.listeners.message) l({ data: structuredClone(answer) } as MessageEvent);
    }, 0);
  }
  addEventListener(type: "message" | "error", listener: never): void {
    this.listeners[type].push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  crash(message: string): void {
    for (const l of this.listeners.error) l({ message } as ErrorEvent);
  }
  /** Rows of grids sent, and the kinds of the requests other than grid parts, in order. */
  crossed(): { rows: number; requests: string[] } {
    return {
      rows: this.requests.reduce((n, r) => n + (r.kind === "part" ? r.part.slice.values.length : 0), 0),
      requests: this.requests.filter((r) => r.kind !== "part").map((r) => r.kind),
    };
  }
}

/** An engine over counting workers; `workers` lists each one started (a new one after a crash). */
export function countingEngine() {
  const workers: CountingWorker[] = [];
  const engine = workerEngine(() => {
    workers.push(new CountingWorker());
    return workers[workers.length - 1];
  });
  return { engine, workers, worker: () => workers[workers.length - 1] };
}
