import { FakeApplication, FakeRuntime } from "./application";
import { FakeOfficeError } from "./errors";
import { jsonBytes, nextTask, type Op } from "./ops";
import type { WorkbookState } from "./state";
import { FakeWorkbook } from "./workbook";

/** A request context: queues loads and writes, and executes them in order at `sync()`. */
export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  private queue: Op[] = [];

  constructor(readonly state: WorkbookState) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
    this.runtime = new FakeRuntime(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  queueWrite(
    kind: string,
    sheet: () => string | null,
    payload: unknown,
    apply: () => void,
    address?: () => string | null,
  ): void {
    this.enqueue({ write: { kind, sheet, address }, requestBytes: jsonBytes(payload) + 50, apply });
  }

  async sync(): Promise<void> {
    const s = this.state;
    s.syncCount++;
    const ops = this.queue;
    this.queue = [];
    if (s.hostTasks === null) {
      await Promise.resolve();
      return this.execute(ops);
    }
    // In Office the host does this work in its own process: here it gets tasks of its own, apart
    // from the pane's code before and after, so that a measurement of the pane's tasks leaves it out.
    await nextTask();
    const start = performance.now();
    try {
      this.execute(ops);
    } finally {
      s.hostTasks.push({ start, end: performance.now() });
      await nextTask();
    }
  }

  private execute(ops: Op[]): void {
    const s = this.state;
    if (s.failOnSync !== null && s.syncCount >= s.failOnSync) {
      s.failOnSync = null;
      throw new FakeOfficeError("GeneralException", `Injected failure of sync ${s.syncCount}.`);
    }
    const requestBytes = ops.reduce((n, op) => n + op.requestBytes, 0);
    s.maxRequestBytes = Math.max(s.maxRequestBytes, requestBytes);
    if (requestBytes > s.payloadLimitBytes)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
      );
    let calculationSuspended = false;
    let responseBytes = 0;
    for (const op of ops) {
      if (op.write) {
        s.writeCount++;
        if (s.failOnWrite !== null && s.writeCount >= s.failOnWrite) {
          s.failOnWrite = null;
          throw new FakeOfficeError(
            "GeneralException",
            `Injected failure of write ${s.writeCount} (${op.write.kind}).`,
          );
        }
        const sheet = op.write.sheet();
        if (sheet !== null && op.write.kind !== "suspendCalculation" && s.sheet(sheet).isProtected) {
          throw new FakeOfficeError(
            "AccessDenied",
            `The cell or chart you're trying to change is on protected sheet "${sheet}".`,
          );
        }
        if (op.write.kind === "suspendCalculation") calculationSuspended = true;
        s.writes.push({
          sync: s.syncCount,
          kind: op.write.kind,
          sheet,
          address: op.write.address?.() ?? null,
          eventsEnabled: s.eventsEnabled,
          calculationSuspended,
        });
      }
      responseBytes += op.apply() ?? 0;
    }
    s.maxResponseBytes = Math.max(s.maxResponseBytes, responseBytes);
    // Excel reports an oversized answer with its own code, apart from an oversized request.
    if (responseBytes > s.payloadLimitBytes)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
      );
  }
}
