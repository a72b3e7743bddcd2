import * as React from "react";
import { Subtitle1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import {
  DEFAULT_SETTINGS,
  resolveSettings,
  type Finding,
  type Grid,
  type Settings,
  type SettingsInput,
} from "../../domain";
import type { Engine, PaneResult } from "../engine";
import type { OnProgress, Progress, WorkbookGateway } from "../host";
import { languageFromDisplay, strings, type Strings } from "../i18n";
import { focusInView } from "../focusInView";
import { withOverride } from "../overrides";
import { CheckStep } from "./CheckStep";
import { ErrorBoundary, useReportError } from "./ErrorBoundary";
import { ProgressStatus } from "./ProgressStatus";
import { ScanStep } from "./ScanStep";
import { SettingsStep } from "./SettingsStep";
import { WriteStep, type WriteOutcome } from "./WriteStep";

export interface AppProps {
  workbook: WorkbookGateway;
  engine: Engine;
  /** Office's display language (`nl-NL`); used until the workbook has a saved language. */
  displayLanguage?: string;
  /** Reloads the pane after a render error (tests pass a spy). */
  onReload?: () => void;
}

type TabId = "scan" | "check" | "write" | "settings";

/**
 * Shows what a task found: a check of hundreds of tables renders its findings in one go, and as an
 * ordinary update that render (and the focus move after it) held the pane's thread for up to a
 * third of a second. As a transition React renders it in slices, letting input and painting in.
 */
function shown(update: () => void): void {
  React.startTransition(update);
}

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minWidth: 0,
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0 },
  // Title, steps and progress stay in view while a long list of findings scrolls.
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`, flexWrap: "wrap" },
  // Four tabs fit 320 px in Dutch only with less padding than Fluent's default.
  tab: { paddingInline: tokens.spacingHorizontalXS, minWidth: 0 },
  panel: {
    paddingBlock: tokens.spacingVerticalS,
    minWidth: 0,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
});

/** The task pane: language and settings live here so that the one error boundary speaks the user's language. */
export function App(props: AppProps) {
  const [settings, setSettings] = React.useState<Settings>(() => ({
    ...DEFAULT_SETTINGS,
    language: languageFromDisplay(props.displayLanguage),
  }));
  const s = strings(settings.language);
  return (
    <ErrorBoundary strings={s} lang={settings.language} onReload={props.onReload}>
      <Pane {...props} settings={settings} setSettings={setSettings} strings={s} />
    </ErrorBoundary>
  );
}

interface Busy {
  label: string;
  progress: Progress;
}

function sameFinding(a: { rule: string; sheet: string; cell: string; column?: string }, f: Finding): boolean {
  return (
    a.rule === f.rule &&
    a.sheet === f.sheet &&
    a.cell === f.cell &&
    (a.column ?? undefined) === (f.column ?? undefined)
  );
}

function Pane(
  props: AppProps & { settings: Settings; setSettings: (s: Settings) => void; strings: Strings },
) {
  const styles = useStyles();
  const { workbook, engine, settings, setSettings, strings: s } = props;
  const reportError = useReportError();
  const [tab, setTab] = React.useState<TabId>("scan");
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [read, setRead] = React.useState<{ grids: Grid[]; snapshot: unknown } | null>(null);
  const [result, setResult] = React.useState<PaneResult | null>(null);
  const [checked, setChecked] = React.useState(false);
  const [pending, setPending] = React.useState(false);
  const [outcome, setOutcome] = React.useState<WriteOutcome | null>(null);
  const [saved, setSaved] = React.useState(false);
  const busyRef = React.useRef(false);
  const panelRef = React.useRef<HTMLDivElement>(null);
  const [focusPanel, setFocusPanel] = React.useState(false);
  React.useEffect(() => {
    if (!focusPanel) return;
    setFocusPanel(false);
    // The button that started the check belongs to the panel just replaced: keep keyboard focus in the
    // pane. After the panel is painted: focused at once, its layout was worked out in the same task.
    // The panel's own first thing to read (the check's verdict) where it marks one, below the sticky header.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (panelRef.current) focusInView(panelRef.current);
      }, 0),
    );
  }, [focusPanel]);

  /** Runs one task at a time with progress; a failure goes to the error boundary with a way to retry. */
  const run = React.useCallback(
    (label: string, task: (onProgress: OnProgress) => Promise<void>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy({ label, progress: { fraction: null } });
      const attempt = async () => {
        try {
          await task((progress) => setBusy({ label, progress }));
        } catch (error) {
          reportError(error, () => run(label, task));
        } finally {
          busyRef.current = false;
          setBusy(null);
        }
      };
      void attempt();
    },
    [reportError],
  );

  React.useEffect(() => {
    run(s.progressReading, async () => {
      const stored = await workbook.loadSettings();
      setSettings(
        resolveSettings({
          ...stored,
          language: stored.language ?? languageFromDisplay(props.displayLanguage),
        }),
      );
    });
    // Once per workbook: the settings saved in it replace the defaults.
  }, [workbook]);

  /** Reads the workbook and runs the engine: the result, its write plan and the snapshot always belong together. */
  async function readAndCheck(input: Settings, onProgress: OnProgress) {
    const fresh = await workbook.read((p) => onProgress({ ...p, text: p.text ?? s.progressReading }));
    onProgress({ fraction: null, text: s.progressChecking });
    const next = await engine.check(fresh.grids, input);
    shown(() => {
      setRead(fresh);
      setResult(next);
    });
    return { fresh, next };
  }

  /** The user's corrections of tables are settings too: saved in the workbook before they are applied. */
  async function savePending(onProgress: OnProgress) {
    if (!pending) return;
    onProgress({ fraction: null, text: s.progressSaving });
    await workbook.saveSettings(settings);
  }

  const scan = () =>
    run(s.progressReading, async (onProgress) => {
      await savePending(onProgress);
      await readAndCheck(settings, onProgress);
      shown(() => {
        setOutcome(null);
        setChecked(false);
        setPending(false);
      });
    });

  const checkNow = () =>
    run(s.progressChecking, async (onProgress) => {
      await savePending(onProgress);
      await readAndCheck(settings, onProgress);
      shown(() => {
        setOutcome(null);
        setPending(false);
        setChecked(true);
        if (tab !== "check") {
          setTab("check");
          setFocusPanel(true);
        }
      });
    });

  /** Saves changed settings and re-runs the engine on the grids already read, so the pane matches them. */
  const applySettings = (next: Settings, label: string) =>
    run(label, async () => {
      await workbook.saveSettings(next);
      setSettings(next);
      if (read) setResult(await engine.check(read.grids, next));
    });

  const accept = (f: Finding, reason: string) =>
    applySettings(
      {
        ...settings,
        accepted: [
          ...settings.accepted,
          { rule: f.rule, sheet: f.sheet, cell: f.cell, column: f.column, reason },
        ],
      },
      s.progressSaving,
    );

  const unaccept = (f: Finding) =>
    applySettings(
      { ...settings, accepted: settings.accepted.filter((a) => !sameFinding(a, f)) },
      s.progressSaving,
    );

  const select = (f: Finding) => run(s.progressSelecting, () => workbook.selectCell(f.sheet, f.cell));
  const selectCell = (sheet: string, cell: string) =>
    run(s.progressSelecting, () => workbook.selectCell(sheet, cell));

  const write = () =>
    run(s.progressWriting, async (onProgress) => {
      if (!result || !read) return;
      setOutcome(null);
      // The plan comes from the worker now, not with every check: most checks are never written.
      const plan = await engine.plan(result.checkId);
      const places = await workbook.write(plan, read.snapshot, onProgress);
      // Our own write changed the workbook: read it again so a second write (or a re-check) starts from what is there now.
      await readAndCheck(settings, onProgress);
      setOutcome({ action: "write", places });
    });

  const remove = () =>
    run(s.progressRemoving, async (onProgress) => {
      setOutcome(null);
      // The engine's removal plan belongs to the workbook as it is now: read and check it first.
      const { fresh, next } = await readAndCheck(settings, onProgress);
      const places = await workbook.remove(next.removal, fresh.snapshot, (p) =>
        onProgress({ ...p, text: p.text ?? s.progressRemoving }),
      );
      await readAndCheck(settings, onProgress);
      setOutcome({ action: "remove", places });
    });

  const saveSettings = (input: SettingsInput) =>
    run(s.progressSaving, async () => {
      const next = resolveSettings(input);
      await workbook.saveSettings(next);
      setSettings(next);
      setSaved(true);
      if (read) setResult(await engine.check(read.grids, next));
    });

  const panelId = (id: TabId) => `stoplicht-panel-${id}`;
  const tabId = (id: TabId) => `stoplicht-tab-${id}`;
  const tabs: { id: TabId; label: string }[] = [
    { id: "scan", label: s.tabScan },
    { id: "check", label: s.tabCheck },
    { id: "write", label: s.tabWrite },
    { id: "settings", label: s.tabSettings },
  ];

  return (
    <main className={styles.root} lang={settings.language} aria-busy={busy !== null}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>
          {s.appTitle}
        </Subtitle1>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabId)}
          aria-label={s.stepsLabel}
        >
          {tabs.map((t) => (
            <Tab
              key={t.id}
              value={t.id}
              id={tabId(t.id)}
              aria-controls={panelId(t.id)}
              className={styles.tab}
            >
              {t.label}
            </Tab>
          ))}
        </TabList>
        {busy && <ProgressStatus label={busy.label} progress={busy.progress} />}
      </header>
      <div
        className={styles.panel}
        role="tabpanel"
        id={panelId(tab)}
        aria-labelledby={tabId(tab)}
        tabIndex={0}
        ref={panelRef}
      >
        {tab === "scan" && (
          <ScanStep
            strings={s}
            result={result}
            overrides={settings.tables}
            pending={pending}
            busy={busy !== null}
            onScan={scan}
            onCheck={checkNow}
            onKindChange={(table, kind) => {
              setSettings({ ...settings, tables: withOverride(settings.tables, table, { kind }) });
              setPending(true);
            }}
            onRoleChange={(table, letter, role) => {
              setSettings({ ...settings, tables: withOverride(settings.tables, table, { letter, role }) });
              setPending(true);
            }}
          />
        )}
        {tab === "check" && (
          <CheckStep
            strings={s}
            result={result}
            checked={checked}
            busy={busy !== null}
            onCheck={checkNow}
            onSelect={select}
            onSelectCell={selectCell}
            onAccept={accept}
            onUnaccept={unaccept}
          />
        )}
        {tab === "write" && (
          <WriteStep
            strings={s}
            canWrite={checked && result !== null}
            busy={busy !== null}
            outcome={outcome}
            onWrite={write}
            onRemove={remove}
          />
        )}
        {tab === "settings" && (
          <SettingsStep
            strings={s}
            settings={settings}
            busy={busy !== null}
            saved={saved}
            onSave={saveSettings}
          />
        )}
      </div>
    </main>
  );
}
