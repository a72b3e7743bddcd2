/**
 * The engine in a web worker: a check of a big workbook takes longer than the pane may block
 * (Office restarts a pane that stops responding for about 5 s). Built as its own webpack entry.
 */
import { check, SettingsError } from "../domain";
import { paneResult, type EngineRequest, type EngineResponse } from "./engine";

interface WorkerScope {
  addEventListener(type: "message", listener: (e: MessageEvent<EngineRequest>) => void): void;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener("message", (e) => {
  const { id, grids, settings } = e.data;
  try {
    scope.postMessage({ id, ok: true, result: paneResult(check(grids, settings)) });
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    scope.postMessage({
      id,
      ok: false,
      error: {
        name: error.name,
        message: error.message,
        stack: error.stack,
        issues: err instanceof SettingsError ? err.issues : undefined,
      },
    });
  }
});
