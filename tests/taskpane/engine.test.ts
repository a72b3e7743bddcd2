import { check, type Grid } from "../../src/domain";
import {
  CELLS_PER_PLAN_MESSAGE,
  EngineError,
  gridParts,
  joinGridParts,
  joinPlanParts,
  planParts,
  paneResult,
  NoGridsError,
  ROWS_PER_MESSAGE,
  workerEngine,
} from "../../src/taskpane/engine";
import { gridsOf } from "../builders";
import { generateWorkbook } from "../fixtures/generateWorkbook";
import { seedWorkbook } from "../fixtures/seed";
import { CountingWorker as HostWorker } from "./countingWorker";

/** A sheet of `rows` rows with formulas and number formats in some, to cut into slices. */
function longGrid(rows: number): Grid {
  const values = Array.from({ length: rows }, (_, r) => [`${r + 1} Regel`, r, r * 2]);
  const formulas = values.map((_, r) => [null, null, r % 7 === 0 ? `=B${r + 1}*2` : null]);
  const numberFormats = values.map((_, r) => [null, r % 5 === 0 ? "#,##0" : null, null]);
  return {
    sheet: "Lang",
    topLeft: "B3",
    values,
    formulas,
    numberFormats,
    hidden: true,
    // The sheet's layout travels too: the write plan keeps out of merged areas and users' widths.
    merged: ["E3:F4"],
    columnWidths: [null, 30, null, null, 12],
  };
}

describe("grids sent in slices", () => {
  it("cut a long sheet into slices of at most ROWS_PER_MESSAGE rows that join back to it", () => {
    const grids = [longGrid(2 * ROWS_PER_MESSAGE + 5), { sheet: "Leeg", topLeft: "A1", values: [] }];
    const parts = gridParts(grids);
    expect(parts.map((p) => [p.grid, p.first, p.slice.values.length])).toEqual([
      [0, 0, ROWS_PER_MESSAGE],
      [0, ROWS_PER_MESSAGE, ROWS_PER_MESSAGE],
      [0, 2 * ROWS_PER_MESSAGE, 5],
      [1, 0, 0],
    ]);
    // Out of order, as nothing guarantees it: still the same grids.
    expect(joinGridParts([...parts].reverse(), 2)).toEqual(grids);
  });

  it("say which grid never arrived", () => {
    expect(() => joinGridParts(gridParts(gridsOf(seedWorkbook())), 4)).toThrow("Grid 3 of 4");
  });
});

describe("workerEngine", () => {
  const grids = gridsOf(seedWorkbook());

  it("starts one worker and matches answers to requests by id", async () => {
    const workers: HostWorker[] = [];
    const engine = workerEngine(() => {
      workers.push(new HostWorker());
      return workers[workers.length - 1];
    });
    const [a, b] = await Promise.all([
      engine.check(grids, { language: "nl" }),
      engine.check(grids, { language: "en" }),
    ]);
    expect(workers).toHaveLength(1);
    expect([a.settings.language, b.settings.language]).toEqual(["nl", "en"]);
    expect(a.summary).toEqual(check(grids).summary);
  });

  it("sends a long sheet in messages of at most ROWS_PER_MESSAGE rows", async () => {
    const worker = new HostWorker();
    const result = await workerEngine(() => worker).check([longGrid(25_000)], {});
    const rowsPerMessage = worker.requests.map((r) => (r.kind === "part" ? r.part.slice.values.length : 0));
    expect(rowsPerMessage).toEqual([ROWS_PER_MESSAGE, ROWS_PER_MESSAGE, 5000, 0]);
    expect(result.findings).toEqual(check([longGrid(25_000)]).findings);
  });

  it("gives the plan of the last check when asked, and refuses an older check's", async () => {
    const engine = workerEngine(() => new HostWorker());
    const first = await engine.check(grids, {});
    const second = await engine.check(grids, { language: "en" });
    expect(await engine.plan(second.checkId)).toEqual(check(grids, { language: "en" }).plan);
    await expect(engine.plan(first.checkId)).rejects.toThrow("check again");
  });

  it("sends a big plan back in parts and puts it together as it was", async () => {
    const big = gridsOf(generateWorkbook({ programmes: 2, partsPerProgramme: 20, linesPerPart: 1000 }).specs);
    const worker = new HostWorker();
    const engine = workerEngine(() => worker);
    const plan = await engine.plan((await engine.check(big, {})).checkId);
    const expected = check(big).plan;
    expect(plan).toEqual(expected);
    // Each programme's status block (20k rows of 4 cells) takes two parts; no part is over 60k cells.
    const { parts } = planParts(expected);
    expect(parts.length).toBeGreaterThan(expected.blocks.length + expected.sheets.length);
    // Cells counted row by row: a result sheet's title rows are one cell wide, its table's rows are not.
    const cellsOf = (p: { cells: unknown[][] }) => p.cells.reduce((n, row) => n + row.length, 0);
    expect(Math.max(...parts.map(cellsOf))).toBeLessThanOrEqual(60_000);
  });

  it("keeps every part under the limit when a sheet starts with narrower rows (its title block)", () => {
    const plan = check(grids).plan;
    const cell = { value: 1 };
    const title = [[{ value: "Controlerapport" }], [{ value: "Werkmap" }]];
    const table = Array.from({ length: 20_000 }, () => Array.from({ length: 12 }, () => cell));
    const sheet = { ...plan.sheets[0], cells: [...title, ...table] };
    const { parts, rest } = planParts({ ...plan, sheets: [sheet] });
    const sizes = parts.map((p) => p.cells.reduce((n, row) => n + row.length, 0));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CELLS_PER_PLAN_MESSAGE);
    expect(joinPlanParts(parts, rest).sheets[0].cells).toEqual(sheet.cells);
  });

  it("puts plan parts together in any order", () => {
    const plan = check(grids).plan;
    const { parts, rest } = planParts(plan);
    expect(rest.sheets.every((s) => s.cells.length === 0)).toBe(true);
    expect(joinPlanParts([...parts].reverse(), rest)).toEqual(plan);
  });

  it("rejects with the engine's error, settings issues included", async () => {
    const engine = workerEngine(() => new HostWorker());
    await expect(engine.check(grids, { noteThreshold: -1 })).rejects.toMatchObject({
      name: "SettingsError",
      issues: [expect.stringContaining("noteThreshold")],
    });
  });

  it("fails every request in flight when the worker crashes, and starts a new worker next time", async () => {
    const workers: HostWorker[] = [];
    const engine = workerEngine(() => {
      workers.push(new HostWorker());
      return workers[workers.length - 1];
    });
    const pending = engine.check(grids, {});
    workers[0].crash("out of memory");
    await expect(pending).rejects.toBeInstanceOf(EngineError);
    expect(workers[0].terminated).toBe(true);
    await engine.check(grids, {});
    expect(workers).toHaveLength(2);
  });
});

describe("recheck: the worker keeps the grids it holds", () => {
  const grids = gridsOf(seedWorkbook());
  /** Rows of grids that crossed to the worker, and the kinds of the requests. */
  const crossed = (worker: HostWorker) => ({
    rows: worker.requests.reduce((n, r) => n + (r.kind === "part" ? r.part.slice.values.length : 0), 0),
    kinds: worker.requests.map((r) => r.kind),
  });

  it("sends the grids once; a settings change sends the settings only and finds what a fresh check finds", async () => {
    const worker = new HostWorker();
    const engine = workerEngine(() => worker);
    await engine.check(grids, {});
    const afterCheck = crossed(worker);
    const rows = grids.reduce((n, g) => n + g.values.length, 0);
    expect(afterCheck.rows).toBe(rows);
    const settings = { language: "en" as const, noteThreshold: 10_000, notePercent: 5 };
    const again = await engine.recheck(settings);
    const afterRecheck = crossed(worker);
    expect(afterRecheck.rows).toBe(rows);
    expect(afterRecheck.kinds.slice(afterCheck.kinds.length)).toEqual(["recheck"]);
    const fresh = check(grids, settings);
    expect(again.findings).toEqual(fresh.findings);
    expect(again.summary).toEqual(fresh.summary);
    expect(again.findings).not.toEqual(check(grids, {}).findings);
    // Its plan is the recheck's own.
    expect(await engine.plan(again.checkId)).toEqual(fresh.plan);
  });

  it("rechecks the grids of the last read, not an earlier one", async () => {
    const engine = workerEngine(() => new HostWorker());
    const small = gridsOf(seedWorkbook()).filter((g) => g.sheet === "Overzicht");
    await engine.check(grids, {});
    await engine.check(small, {});
    expect((await engine.recheck({ language: "en" })).findings).toEqual(
      check(small, { language: "en" }).findings,
    );
  });

  it("says it holds no grids before a check and after the worker restarted, so that the pane reads again", async () => {
    const workers: HostWorker[] = [];
    const engine = workerEngine(() => {
      workers.push(new HostWorker());
      return workers[workers.length - 1];
    });
    await expect(engine.recheck({})).rejects.toBeInstanceOf(NoGridsError);
    await engine.check(grids, {});
    const pending = engine.recheck({});
    workers[0].crash("out of memory");
    await expect(pending).rejects.toBeInstanceOf(EngineError);
    await expect(engine.recheck({})).rejects.toBeInstanceOf(NoGridsError);
  });
});

describe("paneResult", () => {
  it("gives the pane findings, tables without their rows, the removal plan and the annual report summed up, not the write plan or any variance record", () => {
    const result = check(gridsOf(seedWorkbook()));
    const records = jest.spyOn(result.analysis, "records");
    // What the worker posts goes through a structured copy, which reads every field it is given.
    const posted = structuredClone(paneResult(result, 7));
    expect(records).not.toHaveBeenCalled();
    expect(Object.keys(posted).sort()).toEqual([
      "annual",
      "checkId",
      "findings",
      // The verdict and the overview per table and programme (issue 17): made in the worker.
      "overview",
      "removal",
      "settings",
      "structure",
      "summary",
      "tables",
      "verdict",
    ]);
    expect(posted.checkId).toBe(7);
    expect(posted.summary).toEqual({ errors: 0, warnings: 14, infos: 37, accepted: 0 });
    const programme1 = posted.tables.find((t) => t.id === "Programma's!A1")!;
    expect(Object.keys(programme1)).not.toEqual(expect.arrayContaining(["rows"]));
    expect(Object.keys(programme1)).not.toEqual(expect.arrayContaining(["amounts"]));
    // Rows 3–6 and 9–12 and the total in row 14: the group rows and blanks have no amounts.
    expect(programme1.amountRows).toBe(9);
    // The overspends summed up, not listed: four programmes named, their 12 lines only counted.
    expect(posted.annual.overspends).toMatchObject({ count: 4, lines: 12, total: 13264700 });
    expect(posted.annual.overspends.counted.map((x) => x.code)).toEqual(["1", "3", "4", "6"]);
  });
});
