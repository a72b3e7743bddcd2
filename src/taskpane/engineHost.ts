import { check, SettingsError, type CheckResult, type Grid, type SettingsInput } from "../domain";
import {
  joinGridParts,
  paneResult,
  planParts,
  type EngineRequest,
  type EngineResponse,
  type GridPart,
} from "./engine";

/** The worker's own copy of the name: the error crosses to the pane as a plain object. */
class NoGridsError extends Error {
  constructor() {
    super("The engine holds no workbook to check again: read it first.");
    this.name = "NoGridsError";
  }
}

/**
 * The worker's side of the engine protocol, apart from the worker so that tests can run it in
 * process: grids arrive in slices, a check answers with what the pane shows, and the last check's
 * result stays here until the pane asks for its write plan, which goes back in parts. The last
 * grids stay too, so that a recheck with other settings needs no new read. Answers are sent in the
 * order given.
 */
export function createEngineHost(): (request: EngineRequest) => EngineResponse[] {
  const parts = new Map<number, GridPart[]>();
  let grids: Grid[] | null = null;
  let last: { checkId: number; result: CheckResult } | null = null;

  const checked = (id: number, settings: SettingsInput): EngineResponse[] => {
    // The previous result goes first: two results of 100k lines need not live at once.
    last = null;
    const result = check(grids!, settings);
    last = { checkId: id, result };
    return [{ id, ok: true, result: paneResult(result, id) }];
  };

  return (request) => {
    try {
      if (request.kind === "part") {
        const list = parts.get(request.id) ?? [];
        list.push(request.part);
        parts.set(request.id, list);
        return [];
      }
      if (request.kind === "check") {
        // A new read replaces the grids held, even if its check fails: they are the workbook now.
        grids = null;
        grids = joinGridParts(parts.get(request.id) ?? [], request.grids);
        parts.delete(request.id);
        return checked(request.id, request.settings);
      }
      if (request.kind === "recheck") {
        if (!grids) throw new NoGridsError();
        return checked(request.id, request.settings);
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
