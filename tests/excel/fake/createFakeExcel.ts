import { parseA1, regionBounds, type CellValue } from "../../../src/domain";
import { FakeContext } from "./context";
import { SheetState, structuredCopy, WorkbookState } from "./state";
import type { FakeCell, FakeSheetSpec, WorkbookDump, WriteRecord } from "./types";

/** The fake host and what tests need to steer and inspect it. */
export interface FakeExcel {
  /** A request context for direct calls; `run` makes a fresh one per call, as Excel.run does. */
  readonly context: Excel.RequestContext;
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly syncCount: number;
  readonly writes: readonly WriteRecord[];
  readonly eventsEnabled: boolean;
  readonly activeSheet: string | null;
  readonly selection: string | null;
  /** Largest request and response payload (bytes, as JSON) of any sync so far. */
  readonly maxPayload: { request: number; response: number };
  /** With `hostInOwnTasks`: when the fake host was busy (performance.now() times); empty otherwise. */
  readonly hostTasks: readonly { start: number; end: number }[];
  dump(): WorkbookDump;
  sheetNames(): string[];
  cell(sheet: string, address: string): FakeCell | undefined;
  /** A user's edit, outside any batch. */
  setCell(sheet: string, address: string, value: CellValue): void;
  protect(sheet: string, on?: boolean): void;
  /** A user's rename of a sheet, outside any batch. */
  renameSheet(from: string, to: string): void;
  protectStructure(on?: boolean): void;
  /** The n-th write executed from now on throws (once); earlier writes of that sync stay done, as in Excel. */
  failOnWrite(n: number): void;
  failOnSync(n: number): void;
  setPayloadLimit(bytes: number): void;
  /** A user's merge of cells, outside any batch; the area keeps its first cell's content. */
  merge(sheet: string, range: string): void;
  /** A user's width for a column (0-based), in points, outside any batch. */
  setColumnWidth(sheet: string, col: number, points: number): void;
  /** The ExcelApi version the host offers (`installFakeOffice` answers `isSetSupported` by it). */
  readonly apiVersion: string;
  readonly writeCount: number;
  settings(): Map<string, unknown>;
}

export interface FakeWorkbookSpec {
  sheets: FakeSheetSpec[];
  /** Run each sync's work in a task of its own and record its span (`hostTasks`), as the browser test measures the pane's tasks. */
  hostInOwnTasks?: boolean;
  /** The ExcelApi version to offer; 1.13 (merged areas) unless a test asks for an older Excel. */
  apiVersion?: string;
  /** The workbook's file name (`workbook.name`); `Map1.xlsx` unless given. */
  name?: string;
}

export function createFakeExcel(spec: FakeWorkbookSpec): FakeExcel {
  const state = new WorkbookState();
  for (const sheet of spec.sheets) state.sheets.push(sheetFromSpec(sheet));
  state.activeSheet = state.sheets[0]?.name ?? null;
  if (spec.hostInOwnTasks) state.hostTasks = [];
  if (spec.apiVersion) state.apiVersion = spec.apiVersion;
  if (spec.name) state.name = spec.name;
  const asOffice = (ctx: FakeContext): Excel.RequestContext => ctx as unknown as Excel.RequestContext;
  return {
    context: asOffice(new FakeContext(state)),
    run: (batch) => batch(asOffice(new FakeContext(state))),
    get syncCount() {
      return state.syncCount;
    },
    get writes() {
      return state.writes;
    },
    get writeCount() {
      return state.writeCount;
    },
    get eventsEnabled() {
      return state.eventsEnabled;
    },
    get activeSheet() {
      return state.activeSheet;
    },
    get selection() {
      return state.selection;
    },
    get maxPayload() {
      return { request: state.maxRequestBytes, response: state.maxResponseBytes };
    },
    get hostTasks() {
      return state.hostTasks ?? [];
    },
    dump: () => ({ sheets: state.sheets.map((s) => s.dump()), structureProtected: state.structureProtected }),
    sheetNames: () => state.sheets.map((s) => s.name),
    cell: (sheet, address) => {
      const p = parseA1(address);
      const c = p ? state.sheet(sheet).get(p.row, p.col) : undefined;
      return c ? structuredCopy(c) : undefined;
    },
    setCell: (sheet, address, value) => {
      const p = parseA1(address);
      if (!p) throw new Error(`Not an A1 address: ${address}`);
      state.sheet(sheet).update(p.row, p.col, (cell) => ({ ...cell, ...cellFromValue(value) }));
    },
    protect: (sheet, on = true) => void (state.sheet(sheet).isProtected = on),
    renameSheet: (from, to) => void (state.sheet(from).name = to),
    protectStructure: (on = true) => void (state.structureProtected = on),
    failOnWrite: (n) => void (state.failOnWrite = state.writeCount + n),
    failOnSync: (n) => void (state.failOnSync = state.syncCount + n),
    setPayloadLimit: (bytes) => void (state.payloadLimitBytes = bytes),
    merge: (sheet, range) => {
      const b = regionBounds(range);
      if (!b) throw new Error(`Not a range: ${range}`);
      const s = state.sheet(sheet);
      for (let r = b.r1; r <= b.r2; r++)
        for (let c = b.c1; c <= b.c2; c++) if (r !== b.r1 || c !== b.c1) s.update(r, c, () => ({}));
      s.merged.push(b);
    },
    setColumnWidth: (sheet, col, points) => void state.sheet(sheet).columnWidths.set(col, points),
    get apiVersion() {
      return state.apiVersion;
    },
    settings: () => state.settings,
  };
}

function sheetFromSpec(spec: FakeSheetSpec): SheetState {
  const sheet = new SheetState(spec.name, spec.visibility ?? "Visible", spec.protected ?? false);
  const origin = parseA1(spec.topLeft ?? "A1") ?? { row: 0, col: 0 };
  const height = Math.max(spec.values.length, spec.formulas?.length ?? 0, spec.fills?.length ?? 0);
  for (let i = 0; i < height; i++) {
    const width = Math.max(
      spec.values[i]?.length ?? 0,
      spec.formulas?.[i]?.length ?? 0,
      spec.fills?.[i]?.length ?? 0,
      spec.fontColors?.[i]?.length ?? 0,
    );
    for (let j = 0; j < width; j++) {
      const formula = spec.formulas?.[i]?.[j] ?? null;
      const format = spec.numberFormats?.[i]?.[j] ?? null;
      const cell: FakeCell = { ...cellFromValue(spec.values[i]?.[j] ?? null) };
      if (formula) {
        cell.formula = formula;
        cell.type ??= "Empty";
      }
      if (format) cell.numberFormat = format;
      const fill = spec.fills?.[i]?.[j] ?? null;
      const fontColor = spec.fontColors?.[i]?.[j] ?? null;
      const indent = spec.indents?.[i]?.[j] ?? null;
      if (fill) cell.fill = fill;
      if (indent) cell.indent = indent;
      if (fontColor) cell.font = { color: fontColor };
      if (Object.keys(cell).length > 0) sheet.update(origin.row + i, origin.col + j, () => cell);
    }
  }
  for (const range of spec.merged ?? []) {
    const b = regionBounds(range);
    if (b) sheet.merged.push(b);
  }
  spec.columnWidths?.forEach((points, col) => {
    if (points !== null) sheet.columnWidths.set(col, points);
  });
  return sheet;
}

/** An engine value as stored by Excel: errors by their text, dates as serial numbers with a date format. */
export function cellFromValue(value: CellValue): FakeCell {
  if (value === null) return { value: undefined, type: undefined, formula: undefined };
  if (typeof value === "number") return { value, type: "Double" };
  if (typeof value === "boolean") return { value, type: "Boolean" };
  if (typeof value === "string") return value === "" ? {} : { value, type: "String" };
  if ("error" in value) return { value: value.error, type: "Error" };
  return { value: Date.parse(value.date) / 86400000 + 25569, type: "Double", numberFormat: "yyyy-mm-dd" };
}
