import { reduce, type SessionAction, type SessionState } from "./session";

/**
 * The session's state with `reduce` applied to every action: the effects read the state as it is
 * now (not as a render saw it) and React subscribes to it (useSyncExternalStore). A store of its
 * own rather than Redux: one reducer, no middleware, and nothing a library would add to it.
 */
export interface SessionStore {
  getState(): SessionState;
  dispatch(action: SessionAction): void;
  subscribe(listener: () => void): () => void;
}

export function createSessionStore(initial: SessionState): SessionStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      state = reduce(state, action);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
