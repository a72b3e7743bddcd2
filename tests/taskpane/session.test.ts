import { DEFAULT_SETTINGS, type RemovalPlan, type Settings } from "../../src/domain";
import type { PaneResult } from "../../src/taskpane/engine";
import {
  initialSession,
  reduce,
  SCAN_HEADING_ID,
  shownTables,
  type SessionAction,
  type SessionState,
} from "../../src/taskpane/session";

/** Results as the reducer sees them: opaque values it keeps or replaces. */
const resultA = { checkId: 1 } as PaneResult;
const resultB = { checkId: 2 } as PaneResult;
const settings: Settings = { ...DEFAULT_SETTINGS, language: "nl" };
const drafts = [{ sheet: "Overzicht", anchor: "A3", columns: { B: "ignore" as const } }];
const nothing: RemovalPlan = { regions: [], sheets: [], kept: [], recordSheet: null };
const something: RemovalPlan = {
  regions: [],
  sheets: ["Controlerapport"],
  kept: [],
  recordSheet: "_stoplicht",
};

const start = initialSession(settings);
const run = (state: SessionState, ...actions: SessionAction[]) => actions.reduce(reduce, state);

describe("the session reducer", () => {
  it("starts on the scan step with nothing read", () => {
    expect(start).toEqual({
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
    });
  });

  it("tracks a task: started with its label, its progress, finished", () => {
    const started = reduce(start, { type: "taskStarted", label: "Werkmap lezen" });
    expect(started).toEqual({ ...start, busy: { label: "Werkmap lezen", progress: { fraction: null } } });
    const progressed = reduce(started, {
      type: "taskProgress",
      progress: { fraction: 0.5, text: "Overzicht" },
    });
    expect(progressed).toEqual({
      ...start,
      busy: { label: "Werkmap lezen", progress: { fraction: 0.5, text: "Overzicht" } },
    });
    expect(reduce(progressed, { type: "taskFinished" })).toEqual(start);
    // Progress after the task is over changes nothing.
    expect(reduce(start, { type: "taskProgress", progress: { fraction: 1 } })).toBe(start);
  });

  it("drops the focus request of a task that failed: the error message takes focus", () => {
    const state = run(
      start,
      { type: "focusRequested", focus: { ids: ["x"], orPanel: true } },
      { type: "taskStarted", label: "Bewaren" },
      { type: "taskFailed" },
    );
    expect(state).toEqual(start);
  });

  it("keeps corrected tables as drafts until saved, and shows them meanwhile", () => {
    const changed = reduce(start, { type: "tablesChanged", tables: drafts });
    expect(changed).toEqual({ ...start, tableDrafts: drafts });
    expect(shownTables(changed)).toBe(drafts);
    const saved = reduce(changed, { type: "settingsSaved", settings: { ...settings, tables: drafts } });
    expect(saved).toEqual({ ...start, settings: { ...settings, tables: drafts } });
    expect(shownTables(saved)).toEqual(drafts);
  });

  it("keeps the drafts when other settings are saved (an acceptance)", () => {
    const accepted = {
      ...settings,
      accepted: [{ rule: "note.missing" as const, sheet: "Overzicht", cell: "F9", reason: "Volgt" }],
    };
    const state = run(
      start,
      { type: "tablesChanged", tables: drafts },
      { type: "settingsSaved", settings: accepted },
    );
    expect(state).toEqual({ ...start, settings: accepted, tableDrafts: drafts });
  });

  it("says the settings were saved only when the settings step saved them, until the next task", () => {
    const saved = reduce(start, { type: "settingsSaved", settings, fromSettingsStep: true });
    expect(saved).toEqual({ ...start, saved: true });
    expect(reduce(saved, { type: "taskStarted", label: "Controleren" }).saved).toBe(false);
  });

  it("shows a scan's result unchecked, on the scan step, with focus to its heading", () => {
    const state = run(start, { type: "scanned", snapshot: { v: 1 }, result: resultA });
    expect(state).toEqual({
      ...start,
      snapshot: { v: 1 },
      result: resultA,
      focus: { ids: [SCAN_HEADING_ID], orPanel: true },
    });
  });

  it("shows a check on the check step with focus to its panel, keeping the snapshot of a recheck", () => {
    const scanned = run(
      start,
      { type: "scanned", snapshot: { v: 1 }, result: resultA },
      { type: "focusDone" },
    );
    expect(reduce(scanned, { type: "checked", result: resultA })).toEqual({
      ...scanned,
      checked: true,
      tab: "check",
      focus: { ids: [], orPanel: true },
    });
    expect(reduce(scanned, { type: "checked", result: resultB, snapshot: { v: 2 } })).toEqual({
      ...scanned,
      snapshot: { v: 2 },
      result: resultB,
      checked: true,
      tab: "check",
      focus: { ids: [], orPanel: true },
    });
  });

  it("replaces the result of a recheck and keeps the step, the focus request and the snapshot", () => {
    const checked = run(
      start,
      { type: "scanned", snapshot: { v: 1 }, result: resultA },
      { type: "checked", result: resultA },
      { type: "focusRequested", focus: { ids: ["next"], orPanel: true } },
    );
    expect(reduce(checked, { type: "rechecked", result: resultB })).toEqual({ ...checked, result: resultB });
    // A worker that had lost the grids read the workbook again.
    expect(reduce(checked, { type: "rechecked", result: resultB, snapshot: { v: 2 } })).toEqual({
      ...checked,
      result: resultB,
      snapshot: { v: 2 },
    });
  });

  it("remembers the report to open after writing, and the fresh read", () => {
    const state = run(
      start,
      { type: "scanned", snapshot: { v: 1 }, result: resultA },
      { type: "focusDone" },
      { type: "written", snapshot: { v: 2 }, result: resultB, report: "Controlerapport" },
    );
    expect(state).toEqual({
      ...start,
      snapshot: { v: 2 },
      result: resultB,
      outcome: { action: "write", report: "Controlerapport" },
    });
  });

  it("waits for confirmation of a removal; cancelled, nothing is removed", () => {
    const proposed = reduce(start, {
      type: "removalProposed",
      snapshot: { v: 3 },
      result: resultA,
      removal: something,
    });
    expect(proposed).toEqual({
      ...start,
      snapshot: { v: 3 },
      result: resultA,
      removal: { removal: something, snapshot: { v: 3 } },
    });
    expect(reduce(proposed, { type: "removalCancelled" })).toEqual({
      ...start,
      snapshot: { v: 3 },
      result: resultA,
    });
    expect(
      reduce(proposed, {
        type: "removed",
        snapshot: { v: 4 },
        result: resultB,
        places: [{ kind: "sheet", sheet: "Controlerapport" }],
      }),
    ).toEqual({
      ...start,
      snapshot: { v: 4 },
      result: resultB,
      outcome: { action: "remove", places: [{ kind: "sheet", sheet: "Controlerapport" }] },
    });
  });

  it("asks nothing when a removal removes nothing: says so at once", () => {
    expect(
      reduce(start, { type: "removalProposed", snapshot: { v: 3 }, result: resultA, removal: nothing }),
    ).toEqual({
      ...start,
      snapshot: { v: 3 },
      result: resultA,
      outcome: { action: "remove", places: [] },
    });
  });

  it("switches steps and loads settings", () => {
    expect(reduce(start, { type: "tabSelected", tab: "write" })).toEqual({ ...start, tab: "write" });
    const en = { ...settings, language: "en" as const };
    expect(reduce(start, { type: "settingsLoaded", settings: en })).toEqual({ ...start, settings: en });
  });
});
