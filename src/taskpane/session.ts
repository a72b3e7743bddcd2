/**
 * The pane's session as a reducer: what was read, checked, written and saved, and what the pane
 * is busy with. `reduce` is pure; the work that leads to its actions (the workbook, the engine)
 * is in sessionEffects.ts, as Script Lab keeps `store/<feature>/{reducer,sagas}`. Components get this
 * state as data and the effects as callbacks.
 */
import type { RemovalPlan, Settings, TableOverride } from "../domain";
import type { PaneResult } from "./engine";
import type { Progress, ResultPlace } from "./host";

export type TabId = "scan" | "check" | "write" | "settings";

/** A task in progress: what it is (said once) and how far it is. */
export interface Busy {
  label: string;
  progress: Progress;
}

/** What happened at the last write or removal. */
export type WriteOutcome =
  | {
      action: "write";
      /** The sheet of the findings just written (Controlerapport, Findings), to open; null if none was written. */
      report: string | null;
    }
  | { action: "remove"; places: ResultPlace[] };

/** A removal read and planned, waiting for the user to confirm it. */
export interface ProposedRemoval {
  removal: RemovalPlan;
  /** The snapshot of the read the plan was made from: the removal refuses if the workbook changed since. */
  snapshot: unknown;
}

/**
 * Where keyboard focus goes once the pane has drawn what a task changed: the first element of
 * `ids` that exists, else (when `orPanel`) the step's panel. The element that had it was replaced
 * or disabled, and focus would drop to the page.
 */
export interface FocusRequest {
  ids: string[];
  orPanel: boolean;
}

export interface SessionState {
  /** The settings saved in the workbook and applied by the last check. */
  settings: Settings;
  /** The user's corrections of tables, not yet saved nor applied; null when there are none. */
  tableDrafts: TableOverride[] | null;
  tab: TabId;
  busy: Busy | null;
  /** The snapshot of the last read; its grids are in the engine, which rechecks them. */
  snapshot: unknown;
  result: PaneResult | null;
  /** True once the user checked (not only scanned) the workbook read. */
  checked: boolean;
  outcome: WriteOutcome | null;
  /** The settings were saved from the settings step (cleared when another task starts). */
  saved: boolean;
  removal: ProposedRemoval | null;
  focus: FocusRequest | null;
}

export type SessionAction =
  | { type: "settingsLoaded"; settings: Settings }
  | { type: "tabSelected"; tab: TabId }
  | { type: "tablesChanged"; tables: TableOverride[] }
  | { type: "taskStarted"; label: string }
  | { type: "taskProgress"; progress: Progress }
  | { type: "taskFinished" }
  /** A task failed: its error is shown (and takes focus), nothing else changes. */
  | { type: "taskFailed" }
  | { type: "settingsSaved"; settings: Settings; fromSettingsStep?: boolean }
  | { type: "scanned"; snapshot: unknown; result: PaneResult }
  /** A check shown: a fresh read's (with its snapshot), a recheck's, or the scan's result reused. */
  | { type: "checked"; result: PaneResult; snapshot?: unknown }
  /** The same read checked again with other settings (accepted findings, the settings step). */
  | { type: "rechecked"; result: PaneResult; snapshot?: unknown }
  | { type: "written"; snapshot: unknown; result: PaneResult; report: string | null }
  | { type: "removalProposed"; snapshot: unknown; result: PaneResult; removal: RemovalPlan }
  | { type: "removalCancelled" }
  | { type: "removed"; snapshot: unknown; result: PaneResult; places: ResultPlace[] }
  | { type: "focusRequested"; focus: FocusRequest }
  | { type: "focusDone" };

export function initialSession(settings: Settings): SessionState {
  return {
    settings,
    tableDrafts: null,
    tab: "scan",
    busy: null,
    snapshot: null,
    result: null,
    checked: false,
    outcome: null,
    saved: false,
    removal: null,
    focus: null,
  };
}

/** The tables' overrides as the user sees them: the unsaved corrections, else the saved ones. */
export function shownTables(state: SessionState): TableOverride[] {
  return state.tableDrafts ?? state.settings.tables;
}

/** The focus target after a scan: the scan step's heading (ScanStep gives it this id). */
export const SCAN_HEADING_ID = "stoplicht-scan-heading";

/** A removal plan that removes nothing: no dialog to confirm. */
export function removesNothing(removal: RemovalPlan): boolean {
  return removal.recordSheet === null && removal.regions.length === 0 && removal.sheets.length === 0;
}

export function reduce(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "settingsLoaded":
      return { ...state, settings: action.settings };
    case "tabSelected":
      return { ...state, tab: action.tab };
    case "tablesChanged":
      return { ...state, tableDrafts: action.tables };
    case "taskStarted":
      return { ...state, busy: { label: action.label, progress: { fraction: null } }, saved: false };
    case "taskProgress":
      return state.busy ? { ...state, busy: { ...state.busy, progress: action.progress } } : state;
    case "taskFinished":
      return { ...state, busy: null };
    case "taskFailed":
      return { ...state, busy: null, focus: null };
    case "settingsSaved":
      return {
        ...state,
        settings: action.settings,
        // Saved with the settings, the corrections are no longer drafts.
        tableDrafts: sameTables(state.tableDrafts, action.settings.tables) ? null : state.tableDrafts,
        saved: action.fromSettingsStep ?? false,
      };
    case "scanned":
      return {
        ...state,
        snapshot: action.snapshot,
        result: action.result,
        checked: false,
        outcome: null,
        focus: { ids: [SCAN_HEADING_ID], orPanel: true },
      };
    case "checked":
      return {
        ...state,
        snapshot: action.snapshot === undefined ? state.snapshot : action.snapshot,
        result: action.result,
        checked: true,
        outcome: null,
        tab: "check",
        // The button that started the check belongs to the panel just replaced: keep focus in the pane.
        focus: { ids: [], orPanel: true },
      };
    case "rechecked":
      return {
        ...state,
        result: action.result,
        // Read again only when the engine had lost the grids.
        snapshot: action.snapshot === undefined ? state.snapshot : action.snapshot,
      };
    case "written":
      return {
        ...state,
        snapshot: action.snapshot,
        result: action.result,
        outcome: { action: "write", report: action.report },
      };
    case "removalProposed":
      return removesNothing(action.removal)
        ? {
            ...state,
            snapshot: action.snapshot,
            result: action.result,
            outcome: { action: "remove", places: [] },
          }
        : {
            ...state,
            snapshot: action.snapshot,
            result: action.result,
            outcome: null,
            removal: { removal: action.removal, snapshot: action.snapshot },
          };
    case "removalCancelled":
      return { ...state, removal: null };
    case "removed":
      return {
        ...state,
        snapshot: action.snapshot,
        result: action.result,
        removal: null,
        outcome: { action: "remove", places: action.places },
      };
    case "focusRequested":
      return { ...state, focus: action.focus };
    case "focusDone":
      return { ...state, focus: null };
  }
}

function sameTables(drafts: TableOverride[] | null, saved: TableOverride[]): boolean {
  return drafts !== null && JSON.stringify(drafts) === JSON.stringify(saved);
}
