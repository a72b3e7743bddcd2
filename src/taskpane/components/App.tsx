import * as React from "react";
import { Subtitle1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, type Finding } from "../../domain";
import type { Engine } from "../engine";
import type { WorkbookGateway } from "../host";
import { focusInView } from "../focusInView";
import { languageFromDisplay, strings, type Strings } from "../i18n";
import { initialSession, shownTables, type SessionState, type TabId } from "../session";
import { sessionEffects } from "../sessionEffects";
import { createSessionStore, type SessionStore } from "../sessionStore";
import { CheckStep } from "./CheckStep";
import { ErrorBoundary, useReportError } from "./ErrorBoundary";
import { focusAfterAccept, focusFirst } from "./focusTargets";
import { ProgressStatus } from "./ProgressStatus";
import { ScanStep } from "./ScanStep";
import { SettingsStep } from "./SettingsStep";
import { useScrollPaddingBelow } from "./useScrollPaddingBelow";
import { WriteStep } from "./WriteStep";

export interface AppProps {
  workbook: WorkbookGateway;
  engine: Engine;
  /** Office's display language (`nl-NL`); used until the workbook has a saved language. */
  displayLanguage?: string;
  /** Reloads the pane after a render error (tests pass a spy). */
  onReload?: () => void;
}

/**
 * The session's state as React renders it. Whether a task runs (and how far it is) renders at
 * once; everything else as a transition: a check of hundreds of tables renders its findings in
 * one go, and as an ordinary update that render (and the focus move after it) held the pane's
 * thread for up to a third of a second; as a transition React renders it in slices, letting input
 * and painting in. `settled` is false while the transition has not caught up with the store. The
 * effects read the store itself, never a render's copy, and refuse a second task while one runs.
 */
function useSession(store: SessionStore): {
  state: SessionState;
  settled: boolean;
  focusAtStart: React.MutableRefObject<Element | null>;
} {
  const [busy, setBusy] = React.useState(() => store.getState().busy);
  const [state, setState] = React.useState(store.getState);
  // What had focus when the running task started, taken as the task starts, before the pane
  // disables that element (a disabled button loses focus to the page).
  const focusAtStart = React.useRef<Element | null>(null);
  // Subscribed before any child's effect runs (layout effects run first), and caught up once: the
  // pane's first task (loading the saved settings) starts in a child's effect, and its start was
  // missed, so the pane showed no progress and a click on Scannen was dropped.
  React.useLayoutEffect(() => {
    const sync = () => {
      const next = store.getState();
      if (next.busy && !focusAtStart.current) focusAtStart.current = document.activeElement;
      setBusy(next.busy);
      React.startTransition(() => setState(next));
    };
    const unsubscribe = store.subscribe(sync);
    sync();
    return unsubscribe;
  }, [store]);
  return { state: { ...state, busy }, settled: state === store.getState(), focusAtStart };
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

/** The task pane: the session lives here so that the one error boundary speaks the user's language. */
export function App(props: AppProps) {
  const [store] = React.useState(() =>
    createSessionStore(
      initialSession({ ...DEFAULT_SETTINGS, language: languageFromDisplay(props.displayLanguage) }),
    ),
  );
  const { state, settled, focusAtStart } = useSession(store);
  const s = strings(state.settings.language);
  return (
    <ErrorBoundary strings={s} lang={state.settings.language} onReload={props.onReload}>
      <Pane
        {...props}
        store={store}
        state={state}
        settled={settled}
        focusAtStart={focusAtStart}
        strings={s}
      />
    </ErrorBoundary>
  );
}

function Pane(
  props: AppProps & {
    store: SessionStore;
    state: SessionState;
    settled: boolean;
    focusAtStart: React.MutableRefObject<Element | null>;
    strings: Strings;
  },
) {
  const styles = useStyles();
  const { workbook, engine, store, state, settled, focusAtStart, strings: s, displayLanguage } = props;
  const reportError = useReportError();
  const effects = React.useMemo(
    () => sessionEffects({ store, workbook, engine, reportError, displayLanguage }),
    [store, workbook, engine, reportError, displayLanguage],
  );
  const panelRef = React.useRef<HTMLDivElement>(null);
  const headerRef = React.useRef<HTMLElement>(null);
  useScrollPaddingBelow(headerRef);
  const busy = state.busy !== null;

  React.useEffect(() => {
    void effects.loadSettings();
    // Once per workbook: the settings saved in it replace the defaults.
  }, [workbook]);

  // Focus goes where the task's request says once the pane has drawn what the task changed; while
  // the task runs it goes there already if that element is in the pane (the next finding after
  // one accepted), as the element that had it is gone or disabled.
  React.useEffect(() => {
    const focus = state.focus;
    if (!focus) return;
    if (busy) {
      focusFirst(focus.ids, null);
      return;
    }
    // The task is over but its outcome not yet drawn (or it failed, and the request is gone).
    if (!settled) return;
    effects.focusDone();
    // After the panel is painted: focused at once, its layout was worked out in the same task.
    // The panel's own first thing to read (the check's verdict) where it marks one, shown below the
    // sticky header: the browser's own scroll on focus put it under the header.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!focusFirst(focus.ids, null) && focus.orPanel && panelRef.current) focusInView(panelRef.current);
      }, 0),
    );
  }, [state.focus, busy, settled]);

  // A task that asks for no focus of its own (write, save, select, unaccept) gives it back where it
  // was when the task started, once the pane is drawn: its button was disabled while the task ran,
  // and focus had dropped to the page. Nothing is moved when something else holds focus (an error).
  React.useEffect(() => {
    if (busy || !settled) return;
    const before = focusAtStart.current;
    focusAtStart.current = null;
    if (!before) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        const active = document.activeElement;
        if (active && active !== document.body) return;
        const back = before instanceof HTMLElement && before.isConnected ? before : panelRef.current;
        back?.focus();
      }, 0),
    );
  }, [busy, settled]);

  const panelId = (id: TabId) => `stoplicht-panel-${id}`;
  const tabId = (id: TabId) => `stoplicht-tab-${id}`;
  const tabs: { id: TabId; label: string }[] = [
    { id: "scan", label: s.tabScan },
    { id: "check", label: s.tabCheck },
    { id: "write", label: s.tabWrite },
    { id: "settings", label: s.tabSettings },
  ];
  const tab = state.tab;

  return (
    <main className={styles.root} lang={state.settings.language} aria-busy={busy}>
      <header className={styles.header} ref={headerRef}>
        <Subtitle1 as="h1" className={styles.title}>
          {s.appTitle}
        </Subtitle1>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => effects.selectTab(d.value as TabId)}
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
        {state.busy && <ProgressStatus label={state.busy.label} progress={state.busy.progress} />}
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
            result={state.result}
            overrides={shownTables(state)}
            pending={state.tableDrafts !== null}
            busy={busy}
            onScan={() => void effects.scan()}
            onCheck={() => void effects.check()}
            onKindChange={effects.changeKind}
            onRoleChange={effects.changeRole}
          />
        )}
        {tab === "check" && (
          <CheckStep
            strings={s}
            result={state.result}
            checked={state.checked}
            busy={busy}
            onCheck={() => void (state.checked ? effects.checkAgain() : effects.check())}
            onSelect={(f: Finding) => void effects.select(f.sheet, f.cell)}
            onSelectCell={(sheet, cell) => void effects.select(sheet, cell)}
            onAccept={(f, reason) => void effects.accept(f, reason, focusAfterAccept(f))}
            onUnaccept={(f) => void effects.unaccept(f)}
          />
        )}
        {tab === "write" && (
          <WriteStep
            strings={s}
            canWrite={state.checked && state.result !== null}
            busy={busy}
            outcome={state.outcome}
            removal={state.removal?.removal ?? null}
            onWrite={() => void effects.write()}
            onRemove={() => void effects.proposeRemoval()}
            onConfirmRemove={() => void effects.confirmRemoval()}
            onCancelRemove={effects.cancelRemoval}
            onOpenSheet={(sheet) => void effects.select(sheet, "A1")}
          />
        )}
        {tab === "settings" && (
          <SettingsStep
            strings={s}
            settings={state.settings}
            busy={busy}
            saved={state.saved}
            onSave={(input) => void effects.saveSettings(input)}
          />
        )}
      </div>
    </main>
  );
}
