import {
  amountRowCount,
  toA1,
  type CheckResult,
  type Grid,
  type PlanCell,
  type SettingsInput,
  type Table,
  type WritePlan,
} from "../domain";
// The module itself, not the adapter's index: the worker's bundle imports this file too.
import { nextTask } from "../excel/nextTask";
import { paneAnnual, type PaneAnnual } from "./paneAnnual";

/**
 * A table as the pane shows it: where it is, its kind and columns, and how many amount rows it has.
 * Its rows and amount columns stay in the worker: 100k rows would take the pane's thread half a
 * second to receive.
 */
export type PaneTable = Omit<
  Table,
  "rows" | "amounts" | "parents" | "amountColumns" | "noteRequired" | "unconfirmedTotals"
> & {
  amountRows: number;
  /** How many of its rows add up others (totals, parent lines): the scan says "total = sum" for them. */
  totalRows: number;
  /** The label cells (A1) of rows labelled as totals that add up to no rows above them: read as lines. */
  unconfirmedTotals: string[];
};

/**
 * What the pane uses of a check. The write plan is asked for when the user writes (`Engine.plan`),
 * and the variance records are never sent: the plan holds what is written.
 */
export type PaneResult = Pick<
  CheckResult,
  "settings" | "structure" | "findings" | "summary" | "removal" | "verdict" | "overview"
> & {
  /** Which check this is: the worker keeps the last one's plan under it. */
  checkId: number;
  tables: PaneTable[];
  /** The outputs' lights per programme and the overspends, summed up. */
  annual: PaneAnnual;
};

/** The pane's part of a check, read field by field: copying `variances` would make every record. */
export function paneResult(result: CheckResult, checkId: number): PaneResult {
  const { settings, structure, findings, summary, removal, verdict, overview } = result;
  return {
    checkId,
    settings,
    structure,
    findings,
    summary,
    removal,
    verdict,
    overview,
    tables: result.tables.map(paneTable),
    annual: paneAnnual(result.annual),
  };
}

function paneTable(table: Table): PaneTable {
  const { rows, amounts, parents, amountColumns, noteRequired, unconfirmedTotals, ...head } = table;
  void amounts;
  void amountColumns;
  void noteRequired;
  return {
    ...head,
    amountRows: amountRowCount(table),
    totalRows: parents.length,
    unconfirmedTotals: unconfirmedTotals.map((i) => toA1(rows.row[i], table.labelCol)),
  };
}

/** Runs the engine somewhere the pane's UI thread does not wait on (a web worker in Excel). */
export interface Engine {
  /** Sends the grids of a fresh read, which the engine keeps in place of the last ones, and checks them. */
  check(grids: readonly Grid[], settings: SettingsInput): Promise<PaneResult>;
  /**
   * Checks the grids the engine already holds with other settings: a setting or an accepted finding
   * changes no cell, and sending 100k rows again took seconds. Rejects with `NoGridsError` when the
   * engine holds none (a worker restarted after a crash): read and `check` then.
   */
  recheck(settings: SettingsInput): Promise<PaneResult>;
  /** The write plan of a check; only the last check's is kept. */
  plan(checkId: number): Promise<WritePlan>;
}

/** The engine failed: a bug in our code or a worker that could not start. `issues` is set for invalid settings. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly cause?: string,
    readonly issues?: string[],
  ) {
    super(message);
    this.name = issues ? "SettingsError" : "EngineError";
  }
}

/** The engine holds no grids to check again: the workbook must be read and sent. */
export class NoGridsError extends EngineError {
  constructor(message = "The engine holds no workbook to check again: read it first.") {
    super(message);
    this.name = "NoGridsError";
  }
}

/**
 * Rows per message when grids go to the worker: the pane's thread copies each message before it
 * can do anything else, and 10k rows of a budget take it some tens of milliseconds.
 */
export const ROWS_PER_MESSAGE = 10_000;

/** A slice of rows of one grid; `grid` and `first` say where it goes. */
export interface GridPart {
  grid: number;
  first: number;
  /** The grid without its rows: sheet, top left and hidden, and the slice's rows. */
  slice: Grid;
}

export type EngineRequest =
  | { id: number; kind: "part"; part: GridPart }
  | { id: number; kind: "check"; grids: number; settings: SettingsInput }
  | { id: number; kind: "recheck"; settings: SettingsInput }
  | { id: number; kind: "plan"; checkId: number };
/** Rows of a write plan's status block or result sheet; the plan that follows them has them cut out. */
export interface PlanPart {
  target: "block" | "sheet";
  index: number;
  first: number;
  cells: PlanCell[][];
}

export type EngineResponse =
  | { id: number; ok: true; result: PaneResult }
  | { id: number; ok: true; planPart: PlanPart }
  | { id: number; ok: true; plan: WritePlan }
  | { id: number; ok: false; error: { name: string; message: string; issues?: string[]; stack?: string } };

/** Something that behaves like a Worker, so the client can be tested without one. */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  addEventListener(type: "message", listener: (e: MessageEvent<EngineResponse>) => void): void;
  addEventListener(type: "error", listener: (e: ErrorEvent) => void): void;
  terminate(): void;
}

/** The grids cut into slices of at most `rows` rows, in order. */
export function gridParts(grids: readonly Grid[], rows = ROWS_PER_MESSAGE): GridPart[] {
  const parts: GridPart[] = [];
  grids.forEach((grid, g) => {
    const { values, formulas, numberFormats, indents, fills, fontColors, ...meta } = grid;
    for (let first = 0; first === 0 || first < values.length; first += rows) {
      const last = first + rows;
      parts.push({
        grid: g,
        first,
        slice: {
          ...meta,
          values: values.slice(first, last),
          formulas: formulas?.slice(first, last),
          numberFormats: numberFormats?.slice(first, last),
          indents: indents?.slice(first, last),
          fills: fills?.slice(first, last),
          fontColors: fontColors?.slice(first, last),
        },
      });
    }
  });
  return parts;
}

/** Cells per message when a write plan comes back: about what ROWS_PER_MESSAGE rows of a sheet hold. */
export const CELLS_PER_PLAN_MESSAGE = 60_000;

/**
 * The plan's status blocks and result sheets cut into parts, and the plan without their cells:
 * the plan of a 100k-line check in one message kept the pane's thread busy 400 ms.
 */
export function planParts(plan: WritePlan): { parts: PlanPart[]; rest: WritePlan } {
  const parts: PlanPart[] = [];
  const cut = (target: PlanPart["target"], index: number, cells: PlanCell[][]) => {
    // The widest row, not the first: a result sheet opens with a title block one cell wide.
    let width = 1;
    for (const row of cells) if (row.length > width) width = row.length;
    const rows = Math.max(1, Math.floor(CELLS_PER_PLAN_MESSAGE / width));
    for (let first = 0; first < cells.length; first += rows)
      parts.push({ target, index, first, cells: cells.slice(first, first + rows) });
  };
  plan.blocks.forEach((b, i) => cut("block", i, b.cells));
  plan.sheets.forEach((s, i) => cut("sheet", i, s.cells));
  return {
    parts,
    rest: {
      ...plan,
      blocks: plan.blocks.map((b) => ({ ...b, cells: [] })),
      sheets: plan.sheets.map((s) => ({ ...s, cells: [] })),
    },
  };
}

/** The plan whole again, from `planParts`' parts (in any order) and the rest. */
export function joinPlanParts(parts: readonly PlanPart[], rest: WritePlan): WritePlan {
  const blocks = rest.blocks.map((b) => ({ ...b, cells: [] as PlanCell[][] }));
  const sheets = rest.sheets.map((s) => ({ ...s, cells: [] as PlanCell[][] }));
  for (const part of [...parts].sort((a, b) => a.first - b.first)) {
    const into = part.target === "block" ? blocks[part.index] : sheets[part.index];
    if (!into) throw new Error(`A part of the write plan has no ${part.target} ${part.index} to go into.`);
    for (const row of part.cells) into.cells.push(row);
  }
  return { ...rest, blocks, sheets };
}

function withoutRows({
  values: _values,
  formulas: _formulas,
  numberFormats: _formats,
  indents: _indents,
  fills: _fills,
  fontColors: _fonts,
  ...meta
}: Grid) {
  return meta;
}

/** Puts the slices back together: the grids as they were before `gridParts`. */
export function joinGridParts(parts: readonly GridPart[], count: number): Grid[] {
  const byGrid: GridPart[][] = Array.from({ length: count }, () => []);
  for (const p of parts) byGrid[p.grid].push(p);
  return byGrid.map((list, g) => {
    if (list.length === 0) throw new Error(`Grid ${g} of ${count} never reached the engine.`);
    list.sort((a, b) => a.first - b.first);
    // Sheet, top left, hidden, merged areas, widths: the same in every slice.
    const meta = withoutRows(list[0].slice);
    // A grid's slices all have formulas (or number formats), or none has.
    const join = <T>(pick: (s: Grid) => readonly T[] | undefined): T[] | undefined =>
      pick(list[0].slice) ? list.flatMap((p) => pick(p.slice) ?? []) : undefined;
    return {
      ...meta,
      values: list.flatMap((p) => p.slice.values),
      formulas: join((s) => s.formulas),
      numberFormats: join((s) => s.numberFormats),
      indents: join((s) => s.indents),
      fills: join((s) => s.fills),
      fontColors: join((s) => s.fontColors),
    };
  });
}

/** An engine backed by a web worker; one worker, requests matched to answers by id. */
export function workerEngine(createWorker: () => WorkerLike): Engine {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (r: EngineResponse) => void; reject: (e: Error) => void; planParts: PlanPart[] }
  >();

  function start(): WorkerLike {
    const w = createWorker();
    w.addEventListener("message", (e: MessageEvent<EngineResponse>) => {
      const answer = e.data;
      const waiting = pending.get(answer.id);
      if (!waiting) return;
      if (answer.ok && "planPart" in answer) {
        waiting.planParts.push(answer.planPart);
        return;
      }
      pending.delete(answer.id);
      if (answer.ok) waiting.resolve(answer);
      else if (answer.error.name === "NoGridsError") waiting.reject(new NoGridsError(answer.error.message));
      else waiting.reject(new EngineError(answer.error.message, answer.error.stack, answer.error.issues));
    });
    w.addEventListener("error", (e: ErrorEvent) => {
      // A worker that failed to load or crashed fails every request in flight; the next one starts afresh.
      const error = new EngineError(e.message || "The engine worker stopped.");
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      w.terminate();
      worker = null;
    });
    return w;
  }

  function ask(send: (w: WorkerLike, id: number) => Promise<void> | void): Promise<EngineResponse> {
    worker ??= start();
    const id = nextId++;
    const w = worker;
    return new Promise<EngineResponse>((resolve, reject) => {
      pending.set(id, { resolve, reject, planParts: [] });
      Promise.resolve(send(w, id)).catch(reject);
    });
  }

  return {
    async check(grids, settings) {
      const answer = await ask(async (w, id) => {
        // Slice by slice, with a task between them: one message of 100k rows blocks the pane.
        for (const part of gridParts(grids)) {
          w.postMessage({ id, kind: "part", part });
          await nextTask();
        }
        w.postMessage({ id, kind: "check", grids: grids.length, settings });
      });
      return (answer as { result: PaneResult }).result;
    },
    async recheck(settings) {
      const answer = await ask((w, id) => w.postMessage({ id, kind: "recheck", settings }));
      return (answer as { result: PaneResult }).result;
    },
    async plan(checkId) {
      let parts: PlanPart[] = [];
      const answer = await ask((w, id) => {
        parts = pending.get(id)!.planParts;
        w.postMessage({ id, kind: "plan", checkId });
      });
      return joinPlanParts(parts, (answer as { plan: WritePlan }).plan);
    },
  };
}
