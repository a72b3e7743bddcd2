import { check } from "../../src/domain";
import {
  EngineError,
  paneResult,
  workerEngine,
  type EngineRequest,
  type EngineResponse,
  type WorkerLike,
} from "../../src/taskpane/engine";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";

/** A worker stand-in that answers in the order it is told to, like a real one answering asynchronously. */
class FakeWorker implements WorkerLike {
  requests: EngineRequest[] = [];
  terminated = false;
  private listeners: {
    message: ((e: MessageEvent<EngineResponse>) => void)[];
    error: ((e: ErrorEvent) => void)[];
  } = { message: [], error: [] };
  postMessage(message: EngineRequest): void {
    this.requests.push(message);
  }
  addEventListener(type: "message" | "error", listener: never): void {
    this.listeners[type].push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: EngineResponse): void {
    for (const l of this.listeners.message) l({ data: response } as MessageEvent<EngineResponse>);
  }
  crash(message: string): void {
    for (const l of this.listeners.error) l({ message } as ErrorEvent);
  }
}

describe("workerEngine", () => {
  const grids = gridsOf(seedWorkbook());

  it("starts one worker and matches answers to requests by id", async () => {
    const workers: FakeWorker[] = [];
    const engine = workerEngine(() => {
      workers.push(new FakeWorker());
      return workers[workers.length - 1];
    });
    const a = engine.check(grids, { language: "nl" });
    const b = engine.check(grids, { language: "en" });
    expect(workers).toHaveLength(1);
    const [ra, rb] = workers[0].requests;
    workers[0].answer({ id: rb.id, ok: true, result: check(rb.grids, rb.settings) });
    workers[0].answer({ id: ra.id, ok: true, result: check(ra.grids, ra.settings) });
    expect((await a).settings.language).toBe("nl");
    expect((await b).settings.language).toBe("en");
  });

  it("rejects with the engine's error, settings issues included", async () => {
    const worker = new FakeWorker();
    const engine = workerEngine(() => worker);
    const pending = engine.check(grids, {});
    worker.answer({
      id: worker.requests[0].id,
      ok: false,
      error: { name: "SettingsError", message: "Invalid settings", issues: ["noteThreshold: too small"] },
    });
    await expect(pending).rejects.toMatchObject({
      name: "SettingsError",
      issues: ["noteThreshold: too small"],
    });
  });

  it("fails every request in flight when the worker crashes, and starts a new worker next time", async () => {
    const workers: FakeWorker[] = [];
    const engine = workerEngine(() => {
      workers.push(new FakeWorker());
      return workers[workers.length - 1];
    });
    const pending = engine.check(grids, {});
    workers[0].crash("out of memory");
    await expect(pending).rejects.toBeInstanceOf(EngineError);
    expect(workers[0].terminated).toBe(true);
    void engine.check(grids, {});
    expect(workers).toHaveLength(2);
  });
});

describe("paneResult", () => {
  it("gives the pane the findings and the plan without making every variance record", () => {
    const result = check(gridsOf(seedWorkbook()));
    const records = jest.spyOn(result.analysis, "records");
    // What the worker posts goes through a structured copy, which reads every field it is given.
    const posted = structuredClone(paneResult(result));
    expect(records).not.toHaveBeenCalled();
    expect(Object.keys(posted).sort()).toEqual([
      "findings",
      "plan",
      "settings",
      "structure",
      "summary",
      "tables",
    ]);
    expect(posted.summary).toEqual({ errors: 0, warnings: 14, infos: 37, accepted: 0 });
    // The status columns still show the seed's drafted notes: the plan took them from the analysis.
    const drafts = posted.plan.blocks.flatMap((b) => b.cells.flat()).filter((c) => c.style === "draft");
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((c) => String(c.value).startsWith("[Concept]"))).toBe(true);
  });
});
