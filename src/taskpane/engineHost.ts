import { check, SettingsError, type CheckResult } from "../domain";
import {
  joinGridParts,
  paneResult,
  planParts,
  type EngineRequest,
  type EngineResponse,
  type GridPart,
} from "./engine";

/**
 * The worker's side of the engine protocol, apart from the worker so that tests can run it in
 * process: grids arrive in slices, a check answers with what the pane shows, and the last check's
 * result stays here until the pane asks for its write plan, which goes back in parts. Answers are
 * sent in the order given.
 */
export function createEngineHost(): (request: EngineRequest) => EngineResponse[] {
  const parts = new Map<number, GridPart[]>();
  let last: { checkId: number; result: CheckResult } | null = null;

  return (request) => {
    try {
      if (request.kind === "part") {
        const list = parts.get(request.id) ?? [];
        list.push(request.part);
        parts.set(request.id, list);
        return [];
      }
      if (request.kind === "check") {
        const grids = joinGridParts(parts.get(request.id) ?? [], request.grids);
        parts.delete(request.id);
        // The previous result goes first: two results of 100k lines need not live at once.
        last = null;
        const result = check(grids, request.settings);
        last = { checkId: request.id, result };
        return [{ id: request.id, ok: true, result: paneResult(result, request.id) }];
      }
      if (last?.checkId !== request.checkId)
        throw new Error("The check this write plan belongs to is no longer in the engine: check again.");
      const { parts: cut, rest } = planParts(last.result.plan);
      return [
        ...cut.map((planPart): EngineResponse => ({ id: request.id, ok: true, planPart })),
        { id: request.id, ok: true, plan: rest },
      ];
    } catch (err) {
      parts.delete(request.id);
      const error = err instanceof Error ? err : new Error(String(err));
      return [
        {
          id: request.id,
          ok: false,
          error: {
            name: error.name,
            message: error.message,
            stack: error.stack,
            issues: err instanceof SettingsError ? err.issues : undefined,
          },
        },
      ];
    }
  };
}
