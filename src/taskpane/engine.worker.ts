/**
 * The engine in a web worker: a check of a big workbook takes longer than the pane may block
 * (Office restarts a pane that stops responding for about 5 s). Built as its own webpack entry.
 */
import type { EngineRequest, EngineResponse } from "./engine";
import { createEngineHost } from "./engineHost";

interface WorkerScope {
  addEventListener(type: "message", listener: (e: MessageEvent<EngineRequest>) => void): void;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;
const host = createEngineHost();

scope.addEventListener("message", (e) => {
  for (const answer of host(e.data)) scope.postMessage(answer);
});
