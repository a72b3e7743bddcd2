/**
 * The session's effects: what each of the user's commands asks of the workbook (Office) and the
 * engine (the worker), and the actions it dispatches with what came back. One task runs at a time,
 * with its progress in the state; a failure goes to the error boundary with a way to try again.
 */
import { resolveSettings, type Finding, type Settings, type SettingsInput, type TableKind } from "../domain";
import { NoGridsError, type Engine, type PaneResult, type PaneTable } from "./engine";
import type { OnProgress, ResultPlace, WorkbookGateway } from "./host";
import { languageFromDisplay, strings, type Strings } from "./i18n";
import { withOverride, type OverrideRole } from "./overrides";
import { shownTables, type FocusRequest, type TabId } from "./session";
import type { SessionStore } from "./sessionStore";
import { writeTaskProgress, type WriteTaskProgress } from "./writeProgress";

export interface SessionEffects {
  /** Reads the settings saved in the workbook, once per workbook. */
  loadSettings(): Promise<void>;
  /** Reads the workbook and finds its tables (the engine checks it too). */
  scan(): Promise<void>;
  /** Shows the check of what was read: the scan's result, or a recheck when corrections are pending. */
  check(): Promise<void>;
  /** Reads the workbook again and checks it: the user changed cells since. */
  checkAgain(): Promise<void>;
  accept(finding: Finding, reason: string, focus?: FocusRequest): Promise<void>;
  unaccept(finding: Finding): Promise<void>;
  saveSettings(input: SettingsInput): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  write(): Promise<void>;
  /** Reads the workbook and plans the removal, for the user to confirm. */
  proposeRemoval(): Promise<void>;
  confirmRemoval(): Promise<void>;
  cancelRemoval(): void;
  changeKind(table: PaneTable, kind: TableKind): void;
  changeRole(table: PaneTable, letter: string, role: OverrideRole): void;
  selectTab(tab: TabId): void;
  focusDone(): void;
}

export interface EffectsDeps {
  store: SessionStore;
  workbook: WorkbookGateway;
  engine: Engine;
  reportError: (error: unknown, retry?: () => void) => void;
  /** Office's display language: the language until the workbook says otherwise. */
  displayLanguage?: string;
}

function sameFinding(a: { rule: string; sheet: string; cell: string; column?: string }, f: Finding): boolean {
  return (
    a.rule === f.rule &&
    a.sheet === f.sheet &&
    a.cell === f.cell &&
    (a.column ?? undefined) === (f.column ?? undefined)
  );
}

export function sessionEffects(deps: EffectsDeps): SessionEffects {
  const { store, workbook, engine } = deps;
  const { dispatch } = store;
  const state = () => store.getState();
  const s = (): Strings => strings(state().settings.language);
  let running = false;

  /** Runs one task at a time with progress; a failure goes to the error boundary with a way to retry. */
  function run(label: string, task: (onProgress: OnProgress) => Promise<void>): Promise<void> {
    if (running) return Promise.resolve();
    running = true;
    dispatch({ type: "taskStarted", label });
    const attempt = async () => {
      try {
        await task((progress) => dispatch({ type: "taskProgress", progress }));
        running = false;
        dispatch({ type: "taskFinished" });
      } catch (error) {
        running = false;
        dispatch({ type: "taskFailed" });
        deps.reportError(error, () => void run(label, task));
      }
    };
    return attempt();
  }

  /** Reads the workbook and sends its grids to the engine: the result and the snapshot belong together. */
  async function readAndCheck(settings: Settings, onProgress: OnProgress) {
    const fresh = await workbook.read((p) => onProgress({ ...p, text: p.text ?? s().progressReading }));
    onProgress({ fraction: null, text: s().progressChecking });
    const result = await engine.check(fresh.grids, settings);
    return { snapshot: fresh.snapshot, result };
  }

  /**
   * The grids the engine holds, checked with other settings: no cell changed, so nothing is read
   * or sent again. A worker that restarted holds none: then read and check.
   */
  async function recheck(
    settings: Settings,
    onProgress: OnProgress,
  ): Promise<{ result: PaneResult; snapshot?: unknown }> {
    onProgress({ fraction: null, text: s().progressChecking });
    try {
      return { result: await engine.recheck(settings) };
    } catch (error) {
      if (!(error instanceof NoGridsError)) throw error;
      return readAndCheck(settings, onProgress);
    }
  }

  /** Saves the settings in the workbook, before anything applies them. */
  async function save(settings: Settings, onProgress: OnProgress, fromSettingsStep = false) {
    onProgress({ fraction: null, text: s().progressSaving });
    await workbook.saveSettings(settings);
    dispatch({ type: "settingsSaved", settings, fromSettingsStep });
  }

  /** The user's corrections of tables are settings too: saved in the workbook before they are applied. */
  async function saveDrafts(onProgress: OnProgress): Promise<Settings> {
    const { settings, tableDrafts } = state();
    if (tableDrafts === null) return settings;
    const next = { ...settings, tables: tableDrafts };
    await save(next, onProgress);
    return next;
  }

  /** Saves settings that change no cell and rechecks the grids held with them. */
  function applySettings(next: Settings, label: string, fromSettingsStep = false) {
    return run(label, async (onProgress) => {
      await save(next, onProgress, fromSettingsStep);
      if (state().result) dispatch({ type: "rechecked", ...(await recheck(next, onProgress)) });
    });
  }

  return {
    loadSettings: () =>
      run(s().progressReading, async () => {
        const stored = await workbook.loadSettings();
        dispatch({
          type: "settingsLoaded",
          settings: resolveSettings({
            ...stored,
            language: stored.language ?? languageFromDisplay(deps.displayLanguage),
          }),
        });
      }),

    scan: () =>
      run(s().progressReading, async (onProgress) => {
        const settings = await saveDrafts(onProgress);
        const { snapshot, result } = await readAndCheck(settings, onProgress);
        dispatch({ type: "scanned", snapshot, result });
      }),

    check: () => {
      const { result, tableDrafts, snapshot } = state();
      // The scan checked the workbook already, with these settings: show what it found.
      if (result && tableDrafts === null) {
        dispatch({ type: "checked", result, snapshot });
        return Promise.resolve();
      }
      return run(s().progressChecking, async (onProgress) => {
        const settings = await saveDrafts(onProgress);
        const next = result ? await recheck(settings, onProgress) : await readAndCheck(settings, onProgress);
        dispatch({ type: "checked", ...next });
      });
    },

    checkAgain: () =>
      run(s().progressChecking, async (onProgress) => {
        const settings = await saveDrafts(onProgress);
        dispatch({ type: "checked", ...(await readAndCheck(settings, onProgress)) });
      }),

    accept: (f, reason, focus) => {
      // Only the acceptance is saved: corrections of tables still pending stay drafts.
      const { settings } = state();
      if (focus && !running) dispatch({ type: "focusRequested", focus });
      return applySettings(
        {
          ...settings,
          accepted: [
            ...settings.accepted,
            { rule: f.rule, sheet: f.sheet, cell: f.cell, column: f.column, reason },
          ],
        },
        s().progressSaving,
      );
    },

    unaccept: (f) => {
      const { settings } = state();
      return applySettings(
        { ...settings, accepted: settings.accepted.filter((a) => !sameFinding(a, f)) },
        s().progressSaving,
      );
    },

    saveSettings: (input) => applySettings(resolveSettings(input), s().progressSaving, true),

    select: (sheet, cell) => run(s().progressSelecting, () => workbook.selectCell(sheet, cell)),

    write: () =>
      run(s().progressWriting, async (onProgress) => {
        const { result, snapshot, settings } = state();
        if (!result) return;
        const strings = s();
        // One bar over the whole write that never goes back: the read after it reports from 0 again.
        let reached = 0;
        const report = (p: WriteTaskProgress) => {
          const next = writeTaskProgress(p, strings);
          reached = Math.max(reached, next.fraction ?? 0);
          onProgress({ ...next, fraction: reached });
        };
        report({ stage: "plan" });
        // The plan comes from the worker now, not with every check: most checks are never written.
        const plan = await engine.plan(result.checkId);
        const places = await workbook.write(plan, snapshot, report);
        // Our own write changed the workbook: read it again so a second write (or a re-check) starts from what is there now.
        const fresh = await readAndCheck(settings, (p) => report({ stage: "reread", fraction: p.fraction }));
        report({ stage: "reread", fraction: 1 });
        dispatch({ type: "written", ...fresh, report: reportSheet(places) });
      }),

    proposeRemoval: () =>
      run(s().progressRemoving, async (onProgress) => {
        // The engine's removal plan belongs to the workbook as it is now: read and check it first.
        const { snapshot, result } = await readAndCheck(state().settings, onProgress);
        dispatch({ type: "removalProposed", snapshot, result, removal: result.removal });
      }),

    confirmRemoval: () => {
      const proposed = state().removal;
      if (!proposed) return Promise.resolve();
      return run(s().progressRemoving, async (onProgress) => {
        const places = await workbook.remove(proposed.removal, proposed.snapshot, onProgress);
        const fresh = await readAndCheck(state().settings, onProgress);
        dispatch({ type: "removed", ...fresh, places });
      });
    },

    cancelRemoval: () => dispatch({ type: "removalCancelled" }),

    changeKind: (table, kind) =>
      dispatch({ type: "tablesChanged", tables: withOverride(shownTables(state()), table, { kind }) }),

    changeRole: (table, letter, role) =>
      dispatch({
        type: "tablesChanged",
        tables: withOverride(shownTables(state()), table, { letter, role }),
      }),

    selectTab: (tab) => dispatch({ type: "tabSelected", tab }),

    focusDone: () => dispatch({ type: "focusDone" }),
  };
}

/** The Controlerapport among the places written, to open. */
function reportSheet(places: ResultPlace[]): string | null {
  return places.find((p) => p.kind === "sheet" && p.role === "findings")?.sheet ?? null;
}
