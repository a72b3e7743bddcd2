import { check, DEFAULT_SETTINGS, type Grid, type SettingsInput } from "../../src/domain";
import type { Engine } from "../../src/taskpane/engine";
import type { ResultPlace, WorkbookGateway } from "../../src/taskpane/host";
import { strings } from "../../src/taskpane/i18n";
import { initialSession } from "../../src/taskpane/session";
import { sessionEffects } from "../../src/taskpane/sessionEffects";
import { createSessionStore } from "../../src/taskpane/sessionStore";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";
import { countingEngine } from "./countingWorker";

const nl = strings("nl");

/** A workbook over the seed grids; every call recorded, saved settings kept. */
function fakeWorkbook(grids: Grid[] = gridsOf(seedWorkbook())) {
  let version = 0;
  const saved: SettingsInput[] = [];
  const written: ResultPlace[] = [
    { kind: "columns", sheet: "Overzicht", range: "G3:I15", cells: 39 },
    { kind: "sheet", sheet: "Controlerapport", role: "findings" },
    { kind: "sheet", sheet: "Verschillenanalyse", role: "variances" },
  ];
  const workbook: WorkbookGateway & { reads: number; saved: SettingsInput[] } = {
    reads: 0,
    saved,
    read: async (onProgress) => {
      workbook.reads++;
      onProgress({ fraction: 0.5 });
      return { grids, snapshot: { version: ++version } };
    },
    write: async (_plan, _snapshot, onProgress) => {
      onProgress({ stage: "verify", done: 0, total: 0 });
      for (const [stage, done] of [
        ["clear", 0],
        ["values", 2],
        ["values", 5],
        ["formats", 7],
        ["record", 9],
        ["record", 10],
      ] as const)
        onProgress({ stage, done, total: 10 });
      return written;
    },
    remove: async () => [],
    selectCell: async () => undefined,
    loadSettings: async () => ({}),
    saveSettings: async (s) => void saved.push(structuredClone(s)),
  };
  return workbook;
}

function setUp(workbook = fakeWorkbook(), engine?: Engine) {
  const counting = countingEngine();
  const store = createSessionStore(initialSession({ ...DEFAULT_SETTINGS, language: "nl" }));
  const errors: unknown[] = [];
  const effects = sessionEffects({
    store,
    workbook,
    engine: engine ?? counting.engine,
    reportError: (e) => errors.push(e),
  });
  return { store, effects, workbook, errors, ...counting };
}

const overview = (store: ReturnType<typeof createSessionStore>) =>
  store.getState().result!.tables.find((t) => t.sheet === "Overzicht")!;

describe("session effects: what crosses to the worker", () => {
  const grids = gridsOf(seedWorkbook());
  const rows = grids.reduce((n, g) => n + g.values.length, 0);

  it("Controleren after a scan shows the scan's check: no second read, no second engine call", async () => {
    const { store, effects, workbook, worker, errors } = setUp();
    await effects.scan();
    expect(worker().crossed()).toEqual({ rows, requests: ["check"] });
    await effects.check();
    expect(workbook.reads).toBe(1);
    expect(worker().crossed()).toEqual({ rows, requests: ["check"] });
    expect(store.getState()).toMatchObject({ checked: true, tab: "check" });
    expect(store.getState().result!.findings).toEqual(check(grids).findings);
    expect(errors).toEqual([]);
  });

  it("with corrected tables pending, Controleren saves them and the worker rechecks the grids it holds", async () => {
    const { store, effects, workbook, worker } = setUp();
    await effects.scan();
    effects.changeRole(overview(store), "B", "ignore");
    await effects.check();
    expect(workbook.reads).toBe(1);
    expect(worker().crossed()).toEqual({ rows, requests: ["check", "recheck"] });
    const tables = [{ sheet: "Overzicht", anchor: "A3", columns: { B: "ignore" as const } }];
    expect(workbook.saved).toEqual([expect.objectContaining({ tables })]);
    expect(store.getState().tableDrafts).toBeNull();
    expect(store.getState().result!.findings).toEqual(check(grids, { tables }).findings);
  });

  it("a settings change sends the settings only, and finds what a fresh check of them finds", async () => {
    const { store, effects, worker } = setUp();
    await effects.scan();
    await effects.check();
    await effects.saveSettings({ ...store.getState().settings, noteThreshold: 10_000, notePercent: 5 });
    expect(worker().crossed()).toEqual({ rows, requests: ["check", "recheck"] });
    const fresh = check(grids, { language: "nl", noteThreshold: 10_000, notePercent: 5 });
    expect(store.getState().result!.findings).toEqual(fresh.findings);
    expect(store.getState().result!.summary).not.toEqual(check(grids).summary);
    expect(store.getState().saved).toBe(true);
  });

  it("accepting a finding saves the acceptance only, keeps the pending corrections, and rechecks without sending grids", async () => {
    const { store, effects, workbook, worker } = setUp();
    await effects.scan();
    await effects.check();
    const finding = store.getState().result!.findings.find((f) => f.severity === "warning")!;
    effects.changeKind(overview(store), "detail");
    await effects.accept(finding, "Volgt het jaarverslag");
    expect(workbook.saved).toHaveLength(1);
    expect(workbook.saved[0].tables).toEqual([]);
    expect(workbook.saved[0].accepted).toEqual([
      expect.objectContaining({ rule: finding.rule, cell: finding.cell, reason: "Volgt het jaarverslag" }),
    ]);
    expect(store.getState().tableDrafts).toEqual([{ sheet: "Overzicht", anchor: "A3", kind: "detail" }]);
    expect(worker().crossed()).toEqual({ rows, requests: ["check", "recheck"] });
    expect(store.getState().result!.summary.accepted).toBe(1);
    // Withdrawn: saved and rechecked the same way.
    await effects.unaccept(finding);
    expect(workbook.saved.at(-1)!.accepted).toEqual([]);
    expect(worker().crossed()).toEqual({ rows, requests: ["check", "recheck", "recheck"] });
    expect(store.getState().result!.summary.accepted).toBe(0);
  });

  it("reads and sends the grids again when the worker restarted and holds none", async () => {
    const { store, effects, workbook, workers } = setUp();
    await effects.scan();
    workers[0].crash("out of memory");
    await effects.saveSettings({ ...store.getState().settings, noteThreshold: 10_000 });
    expect(workers).toHaveLength(2);
    expect(workers[1].crossed()).toEqual({ rows, requests: ["recheck", "check"] });
    expect(workbook.reads).toBe(2);
    expect(store.getState().snapshot).toEqual({ version: 2 });
    expect(store.getState().result!.findings).toEqual(check(grids, { noteThreshold: 10_000 }).findings);
  });

  it("Opnieuw controleren reads the workbook again: the user may have changed cells", async () => {
    const { effects, workbook, worker } = setUp();
    await effects.scan();
    await effects.check();
    await effects.checkAgain();
    expect(workbook.reads).toBe(2);
    expect(worker().crossed()).toEqual({ rows: 2 * rows, requests: ["check", "check"] });
  });
});

describe("session effects: writing", () => {
  it("shows one determinate bar that only advances, with the step it is at, and offers the report after", async () => {
    const { store, effects } = setUp();
    await effects.scan();
    await effects.check();
    const seen: { label: string; fraction: number | null; text?: string }[] = [];
    const stop = store.subscribe(() => {
      const busy = store.getState().busy;
      if (busy) seen.push({ label: busy.label, ...busy.progress });
    });
    await effects.write();
    stop();
    const shown = seen.filter((p) => p.text?.startsWith("Stap"));
    expect(new Set(seen.map((p) => p.label))).toEqual(new Set([nl.progressWriting]));
    expect(shown.every((p) => typeof p.fraction === "number")).toBe(true);
    const fractions = shown.map((p) => p.fraction!);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect([...new Set(shown.map((p) => p.text))]).toEqual([
      nl.progressStep(1, 7, nl.writeStage.plan),
      nl.progressStep(2, 7, nl.writeStage.verify),
      nl.progressStep(3, 7, nl.writeStage.clear),
      nl.progressStep(4, 7, nl.writeStage.values),
      nl.progressStep(5, 7, nl.writeStage.formats),
      nl.progressStep(6, 7, nl.writeStage.record),
      nl.progressStep(7, 7, nl.writeStage.reread),
    ]);
    expect(store.getState().outcome).toEqual({ action: "write", report: "Controlerapport" });
  });
});
