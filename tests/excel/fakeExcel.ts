/**
 * An in-memory Excel for adapter tests and the browser stand-in of office.js. Like Office it queues
 * loads and writes on proxies and executes them, in order, at `context.sync()`; reading a property
 * that was not loaded throws. It counts syncs, records every write, enforces sheet protection and
 * Excel on the web's 5 MB payload limit, parses written strings as Excel does (`=` makes a formula,
 * `'` keeps text), and can fail on the n-th write or sync.
 *
 * Every member the fake offers is listed against the real `@types/office-js` interface
 * (`MembersOf`, `Pick`), so a name the real API lacks fails to compile.
 *
 * No Node APIs here: the task pane's end-to-end test bundles this file for the browser.
 */
import { parseA1, quoteSheet, rangeA1, regionBounds, toA1, type CellValue } from "../../src/domain";

/** Compile-time guard: every listed name must be a member of the real Office type. */
type MembersOf<T, K extends keyof T> = K;

type Visibility = "Visible" | "Hidden" | "VeryHidden";
type ValueType = "String" | "Double" | "Boolean" | "Error" | "Empty";

export interface FakeFont {
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

/** One cell's content and formats. Absent keys are Excel's defaults. */
export interface FakeCell {
  value?: string | number | boolean;
  type?: ValueType;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  font?: FakeFont;
  hyperlink?: Excel.RangeHyperlink;
}

export interface FakeRule {
  range: string;
  type: string;
  rule?: Excel.ConditionalTextComparisonRule;
  fill?: string;
  font?: FakeFont;
}

interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface FakeSheetSpec {
  name: string;
  values: readonly (readonly CellValue[])[];
  formulas?: readonly (readonly (string | null)[])[];
  numberFormats?: readonly (readonly (string | null)[])[];
  topLeft?: string;
  visibility?: Visibility;
  protected?: boolean;
}

export interface SheetDump {
  name: string;
  visibility: Visibility;
  protected: boolean;
  cells: Record<string, FakeCell>;
  conditionalFormats: FakeRule[];
  columnWidths: Record<string, number>;
  frozenRows: number;
}

export interface WorkbookDump {
  sheets: SheetDump[];
  structureProtected: boolean;
}

/** One write as the host executed it, with the host's state at that moment. */
export interface WriteRecord {
  sync: number;
  kind: string;
  sheet: string | null;
  address: string | null;
  eventsEnabled: boolean;
  calculationSuspended: boolean;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

class SheetState {
  rows: (FakeCell | undefined)[][] = [];
  conditionalFormats: FakeRule[] = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;

  constructor(
    public name: string,
    public visibility: Visibility = "Visible",
    public isProtected = false,
  ) {}

  get(r: number, c: number): FakeCell | undefined {
    return this.rows[r]?.[c];
  }

  update(r: number, c: number, change: (cell: FakeCell) => FakeCell): void {
    const row = (this.rows[r] ??= []);
    const next = change({ ...(row[c] ?? {}) });
    for (const k of Object.keys(next) as (keyof FakeCell)[]) if (next[k] === undefined) delete next[k];
    row[c] = Object.keys(next).length > 0 ? next : undefined;
  }

  /** Used range; `valuesOnly` ignores cells that hold only formats. */
  usedRange(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    this.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || (valuesOnly && cell.value === undefined && cell.formula === undefined)) return;
        if (!rect) rect = { r1: r, c1: c, r2: r, c2: c };
        else
          rect = {
            r1: Math.min(rect.r1, r),
            c1: Math.min(rect.c1, c),
            r2: Math.max(rect.r2, r),
            c2: Math.max(rect.c2, c),
          };
      }),
    );
    return rect;
  }

  dump(): SheetDump {
    const cells: Record<string, FakeCell> = {};
    this.rows.forEach((row, r) =>
      row?.forEach((cell, c) => cell && (cells[toA1(r, c)] = structuredCopy(cell))),
    );
    const columnWidths: Record<string, number> = {};
    for (const [c, w] of [...this.columnWidths].sort((a, b) => a[0] - b[0]))
      columnWidths[toA1(0, c).replace(/\d+$/, "")] = w;
    return {
      name: this.name,
      visibility: this.visibility,
      protected: this.isProtected,
      cells,
      conditionalFormats: this.conditionalFormats.map(structuredCopy),
      columnWidths,
      frozenRows: this.frozenRows,
    };
  }
}

function structuredCopy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

class WorkbookState {
  sheets: SheetState[] = [];
  structureProtected = false;
  settings = new Map<string, unknown>();
  eventsEnabled = true;
  activeSheet: string | null = null;
  selection: string | null = null;
  syncCount = 0;
  writeCount = 0;
  writes: WriteRecord[] = [];
  failOnWrite: number | null = null;
  failOnSync: number | null = null;
  payloadLimitBytes = 5 * 1024 * 1024;
  /** Largest request and response seen, to show how close a run came to the limit. */
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  /** Set by `hostInOwnTasks`: each sync's work runs in a task of its own, recorded here. */
  hostTasks: { start: number; end: number }[] | null = null;

  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s)
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet "${name}".`);
    return s;
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
  }
}

interface Op {
  /** Set for writes: what the write log calls it, and the sheet it changes (checked for protection). */
  write?: { kind: string; sheet: () => string | null; address?: () => string | null };
  requestBytes: number;
  apply: () => number | void;
}

/** Loaded property values of one proxy; reading one that was not loaded throws, as in Office. */
class Loaded {
  private values = new Map<string, unknown>();
  nullObject: boolean | undefined;

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  get<T>(name: string): T {
    if (!this.values.has(name))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Load it and call context.sync() first.`,
      );
    return this.values.get(name) as T;
  }

  isNull(): boolean {
    if (this.nullObject === undefined)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is not available before load and sync.");
    return this.nullObject;
  }
}

type LoadArg = string | string[] | Record<string, unknown> | undefined;

/** `load` arguments as property paths: "a,b", ["a"], { a: true, b: { c: true } } → a, b/c. */
function loadPaths(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadPaths(a));
  const out: string[] = [];
  for (const [k, v] of Object.entries(arg)) {
    if (k.startsWith("$")) continue;
    if (v === true) out.push(k);
    else if (v && typeof v === "object")
      out.push(...loadPaths(v as Record<string, unknown>).map((p) => `${k}/${p}`));
  }
  return out;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
const WHOLE_SHEET = { r1: 0, c1: 0, r2: 1_048_575, c2: 16_383 };

function jsonBytes(x: unknown): number {
  return JSON.stringify(x ?? null).length;
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  private queue: Op[] = [];

  constructor(readonly state: WorkbookState) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
    this.runtime = new FakeRuntime(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  queueWrite(
    kind: string,
    sheet: () => string | null,
    payload: unknown,
    apply: () => void,
    address?: () => string | null,
  ): void {
    this.enqueue({ write: { kind, sheet, address }, requestBytes: jsonBytes(payload) + 50, apply });
  }

  async sync(): Promise<void> {
    const s = this.state;
    s.syncCount++;
    const ops = this.queue;
    this.queue = [];
    if (s.hostTasks === null) {
      await Promise.resolve();
      return this.execute(ops);
    }
    // In Office the host does this work in its own process: here it gets tasks of its own, apart
    // from the pane's code before and after, so that a measurement of the pane's tasks leaves it out.
    await nextTask();
    const start = performance.now();
    try {
      this.execute(ops);
    } finally {
      s.hostTasks.push({ start, end: performance.now() });
      await nextTask();
    }
  }

  private execute(ops: Op[]): void {
    const s = this.state;
    if (s.failOnSync !== null && s.syncCount >= s.failOnSync) {
      s.failOnSync = null;
      throw new FakeOfficeError("GeneralException", `Injected failure of sync ${s.syncCount}.`);
    }
    const requestBytes = ops.reduce((n, op) => n + op.requestBytes, 0);
    s.maxRequestBytes = Math.max(s.maxRequestBytes, requestBytes);
    if (requestBytes > s.payloadLimitBytes)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
      );
    let calculationSuspended = false;
    let responseBytes = 0;
    for (const op of ops) {
      if (op.write) {
        s.writeCount++;
        if (s.failOnWrite !== null && s.writeCount >= s.failOnWrite) {
          s.failOnWrite = null;
          throw new FakeOfficeError(
            "GeneralException",
            `Injected failure of write ${s.writeCount} (${op.write.kind}).`,
          );
        }
        const sheet = op.write.sheet();
        if (sheet !== null && op.write.kind !== "suspendCalculation" && s.sheet(sheet).isProtected) {
          throw new FakeOfficeError(
            "AccessDenied",
            `The cell or chart you're trying to change is on protected sheet "${sheet}".`,
          );
        }
        if (op.write.kind === "suspendCalculation") calculationSuspended = true;
        s.writes.push({
          sync: s.syncCount,
          kind: op.write.kind,
          sheet,
          address: op.write.address?.() ?? null,
          eventsEnabled: s.eventsEnabled,
          calculationSuspended,
        });
      }
      responseBytes += op.apply() ?? 0;
    }
    s.maxResponseBytes = Math.max(s.maxResponseBytes, responseBytes);
    // Excel reports an oversized answer with its own code, apart from an oversized request.
    if (responseBytes > s.payloadLimitBytes)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
      );
  }
}

class FakeApplication implements Pick<
  Excel.Application,
  MembersOf<Excel.Application, "suspendApiCalculationUntilNextSync">
> {
  constructor(private readonly ctx: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.queueWrite(
      "suspendCalculation",
      () => null,
      null,
      () => undefined,
    );
  }
}

class FakeRuntime implements Pick<Excel.Runtime, MembersOf<Excel.Runtime, "enableEvents">> {
  constructor(private readonly ctx: FakeContext) {}

  get enableEvents(): boolean {
    return this.ctx.state.eventsEnabled;
  }

  set enableEvents(on: boolean) {
    this.ctx.queueWrite(
      "enableEvents",
      () => null,
      on,
      () => void (this.ctx.state.eventsEnabled = on),
    );
  }
}

type WorkbookMembers = MembersOf<Excel.Workbook, "worksheets" | "protection" | "settings">;

class FakeWorkbook implements Record<WorkbookMembers, unknown> {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly settings: FakeSettingCollection;

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }
}

class FakeWorkbookProtection implements Pick<
  Excel.WorkbookProtection,
  MembersOf<Excel.WorkbookProtection, "protected">
> {
  private loaded = new Loaded();

  constructor(private readonly ctx: FakeContext) {}

  get protected(): boolean {
    return this.loaded.get("protected");
  }

  load(_arg?: LoadArg): this {
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => this.loaded.set("protected", this.ctx.state.structureProtected),
    });
    return this;
  }
}

class FakeWorksheetCollection implements Record<
  MembersOf<Excel.WorksheetCollection, "items" | "load" | "getItem" | "getItemOrNullObject" | "add">,
  unknown
> {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => {
        this.loadedItems = this.ctx.state.sheets.map((s) => {
          const ws = new FakeWorksheet(this.ctx, () => s.name);
          ws.capture(paths);
          return ws;
        });
        return jsonBytes(paths) * this.loadedItems.length;
      },
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name).name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name).name, name);
  }

  add(name: string): FakeWorksheet {
    this.ctx.queueWrite(
      "addSheet",
      () => null,
      name,
      () => {
        if (this.ctx.state.structureProtected)
          throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
        if (this.ctx.state.findSheet(name))
          throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
        this.ctx.state.sheets.push(new SheetState(name));
      },
    );
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name).name);
  }
}

type WorksheetMembers = MembersOf<
  Excel.Worksheet,
  | "name"
  | "visibility"
  | "protection"
  | "isNullObject"
  | "load"
  | "getUsedRangeOrNullObject"
  | "getRangeByIndexes"
  | "getRange"
  | "delete"
  | "activate"
  | "freezePanes"
>;

class FakeWorksheet implements Record<WorksheetMembers, unknown> {
  private loaded = new Loaded();
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;

  constructor(
    private readonly ctx: FakeContext,
    /** Resolves the sheet's name at execution time; throws ItemNotFound when it is gone. */
    readonly resolve: () => string,
    /** Set for getItemOrNullObject: the name that may not exist. */
    private readonly nullable?: string,
  ) {
    this.protection = new FakeWorksheetProtection(ctx, resolve);
    this.freezePanes = new FakeFreezePanes(ctx, resolve);
  }

  private state(): SheetState {
    return this.ctx.state.sheet(this.resolve());
  }

  /** Copies the named properties from the host; called while a sync executes. */
  capture(paths: string[]): void {
    if (this.nullable !== undefined && !this.ctx.state.findSheet(this.nullable)) {
      this.loaded.nullObject = true;
      return;
    }
    const s = this.state();
    this.loaded.nullObject = false;
    for (const p of paths) {
      if (p === "name") this.loaded.set("name", s.name);
      else if (p === "visibility") this.loaded.set("visibility", s.visibility);
      else if (p === "protection/protected" || p === "protection") this.protection.captured(s.isProtected);
    }
  }

  get name(): string {
    return this.loaded.get("name");
  }

  get visibility(): Visibility {
    return this.loaded.get("visibility");
  }

  set visibility(v: Visibility) {
    this.ctx.queueWrite(
      "visibility",
      () => null,
      v,
      () => void (this.state().visibility = v),
    );
  }

  get isNullObject(): boolean {
    return this.loaded.isNull();
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.ctx.enqueue({ requestBytes: 50, apply: () => this.capture(paths) });
    return this;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => this.state().usedRange(valuesOnly ?? false));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const rect = {
      r1: startRow,
      c1: startColumn,
      r2: startRow + rowCount - 1,
      c2: startColumn + columnCount - 1,
    };
    return new FakeRange(this.ctx, this.resolve, () => rect);
  }

  /** Without an address, the whole sheet, as in Office. */
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, this.resolve, () => WHOLE_SHEET);
    const b = regionBounds(address.replace(/^.*!/, ""));
    if (!b) throw new FakeOfficeError("InvalidArgument", `Not an address the fake understands: ${address}`);
    return new FakeRange(this.ctx, this.resolve, () => b);
  }

  delete(): void {
    this.ctx.queueWrite(
      "deleteSheet",
      () => null,
      null,
      () => {
        const s = this.state();
        if (this.ctx.state.structureProtected)
          throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
        if (s.visibility === "VeryHidden")
          throw new FakeOfficeError("InvalidOperation", "A very hidden sheet cannot be deleted.");
        this.ctx.state.sheets = this.ctx.state.sheets.filter((x) => x !== s);
      },
      () => this.resolve(),
    );
  }

  activate(): void {
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => void (this.ctx.state.activeSheet = this.state().name),
    });
  }
}

class FakeWorksheetProtection implements Pick<
  Excel.WorksheetProtection,
  MembersOf<Excel.WorksheetProtection, "protected">
> {
  private loaded = new Loaded();

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => string,
  ) {}

  captured(isProtected: boolean): void {
    this.loaded.set("protected", isProtected);
  }

  get protected(): boolean {
    return this.loaded.get("protected");
  }

  load(_arg?: LoadArg): this {
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => this.captured(this.ctx.state.sheet(this.resolve()).isProtected),
    });
    return this;
  }
}

class FakeFreezePanes implements Pick<
  Excel.WorksheetFreezePanes,
  MembersOf<Excel.WorksheetFreezePanes, "freezeRows">
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => string,
  ) {}

  freezeRows(count?: number): void {
    this.ctx.queueWrite(
      "freezeRows",
      this.resolve,
      count,
      () => void (this.ctx.state.sheet(this.resolve()).frozenRows = count ?? 1),
    );
  }
}

type RangeMembers = MembersOf<
  Excel.Range,
  | "values"
  | "formulas"
  | "numberFormat"
  | "valueTypes"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "address"
  | "isNullObject"
  | "load"
  | "clear"
  | "select"
  | "setCellProperties"
  | "format"
  | "conditionalFormats"
>;

class FakeRange
  implements
    Record<RangeMembers, unknown>,
    Pick<
      Excel.Range,
      MembersOf<
        Excel.Range,
        | "values"
        | "numberFormat"
        | "valueTypes"
        | "formulas"
        | "rowIndex"
        | "columnIndex"
        | "rowCount"
        | "columnCount"
        | "address"
        | "clear"
        | "select"
        | "setCellProperties"
      >
    >
{
  private loaded = new Loaded();
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: () => string,
    /** The rectangle at execution time; null for a null object (an empty used range). */
    private readonly rect: () => Rect | null,
  ) {
    this.format = new FakeRangeFormat(ctx, sheetName, () => this.bounds());
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, sheetName, () => this.bounds());
  }

  private sheet(): SheetState {
    return this.ctx.state.sheet(this.sheetName());
  }

  private bounds(): Rect {
    const r = this.rect();
    if (!r) throw new FakeOfficeError("InvalidOperation", "The range is a null object.");
    return r;
  }

  private addressOf(): string {
    const b = this.bounds();
    return rangeA1(b.r1, b.c1, b.r2, b.c2);
  }

  private grid<T>(cell: (c: FakeCell | undefined) => T): T[][] {
    const b = this.bounds();
    const s = this.sheet();
    const out: T[][] = [];
    for (let r = b.r1; r <= b.r2; r++) {
      const row: T[] = [];
      for (let c = b.c1; c <= b.c2; c++) row.push(cell(s.get(r, c)));
      out.push(row);
    }
    return out;
  }

  /** Calls `change` for each cell of the range with the matching element of a 2-D argument. */
  private each<T>(data: T[][], change: (cell: FakeCell, item: T) => FakeCell): void {
    const b = this.bounds();
    if (data.length !== b.r2 - b.r1 + 1 || data.some((row) => row.length !== b.c2 - b.c1 + 1)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size of the range ${this.addressOf()}.`,
      );
    }
    const s = this.sheet();
    for (let r = b.r1; r <= b.r2; r++)
      for (let c = b.c1; c <= b.c2; c++) s.update(r, c, (cell) => change(cell, data[r - b.r1][c - b.c1]));
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => {
        const r = this.rect();
        this.loaded.nullObject = r === null;
        if (r === null) return 0;
        let bytes = 0;
        const put = (name: string, value: unknown): void => {
          this.loaded.set(name, value);
          bytes += jsonBytes(value);
        };
        for (const p of paths) {
          if (p === "values")
            put(
              p,
              this.grid((c) => c?.value ?? ""),
            );
          else if (p === "formulas")
            put(
              p,
              this.grid((c) => c?.formula ?? c?.value ?? ""),
            );
          else if (p === "numberFormat")
            put(
              p,
              this.grid((c) => c?.numberFormat ?? "General"),
            );
          else if (p === "valueTypes")
            put(
              p,
              this.grid((c) => c?.type ?? "Empty"),
            );
          else if (p === "rowIndex") put(p, r.r1);
          else if (p === "columnIndex") put(p, r.c1);
          else if (p === "rowCount") put(p, r.r2 - r.r1 + 1);
          else if (p === "columnCount") put(p, r.c2 - r.c1 + 1);
          else if (p === "address") put(p, `${quoteSheet(this.sheetName())}!${this.addressOf()}`);
          else throw new FakeOfficeError("InvalidArgument", `The fake does not load Range.${p}.`);
        }
        return bytes;
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.isNull();
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.loaded.get("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  set formulas(_rows: unknown[][]) {
    throw new FakeOfficeError(
      "NotImplemented",
      "The adapter writes no formulas; the fake does not take them.",
    );
  }

  get values(): unknown[][] {
    return this.loaded.get("values");
  }

  set values(rows: unknown[][]) {
    this.ctx.queueWrite(
      "values",
      this.sheetName,
      rows,
      () => this.each(rows, (cell, input) => ({ ...cell, ...parseInput(input), hyperlink: cell.hyperlink })),
      () => this.addressOf(),
    );
  }

  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }

  set numberFormat(rows: unknown[][]) {
    this.ctx.queueWrite(
      "numberFormat",
      this.sheetName,
      rows,
      () =>
        this.each(rows, (cell, f) => ({ ...cell, numberFormat: f === "General" ? undefined : String(f) })),
      () => this.addressOf(),
    );
  }

  clear(applyTo?: string): void {
    this.ctx.queueWrite(
      `clear:${applyTo ?? "All"}`,
      this.sheetName,
      applyTo,
      () => {
        const b = this.bounds();
        const s = this.sheet();
        // Only the cells the sheet holds: a whole sheet's range is 17 billion cells.
        for (let r = b.r1; r <= Math.min(b.r2, s.rows.length - 1); r++) {
          for (let c = b.c1; c <= Math.min(b.c2, (s.rows[r]?.length ?? 0) - 1); c++) {
            s.update(r, c, (cell) => {
              const content = { value: undefined, type: undefined, formula: undefined };
              const formats = { numberFormat: undefined, fill: undefined, font: undefined };
              if (applyTo === "Contents") return { ...cell, ...content };
              if (applyTo === "Formats") return { ...cell, ...formats };
              return {};
            });
          }
        }
      },
      () => this.addressOf(),
    );
  }

  select(): void {
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => void (this.ctx.state.selection = `${this.sheet().name}!${this.addressOf()}`),
    });
  }

  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    this.ctx.queueWrite(
      "setCellProperties",
      this.sheetName,
      data,
      () =>
        this.each(data, (cell, p) => {
          const next = { ...cell };
          if (p.format?.fill?.color) next.fill = p.format.fill.color;
          if (p.format?.font)
            next.font = {
              ...next.font,
              ...definedOnly({
                bold: p.format.font.bold,
                italic: p.format.font.italic,
                color: p.format.font.color,
              }),
            };
          if (p.hyperlink) {
            next.hyperlink = definedOnly({ ...p.hyperlink });
            // Excel shows the link's text as the cell's value.
            if (p.hyperlink.textToDisplay !== undefined)
              Object.assign(next, { value: p.hyperlink.textToDisplay, type: "String", formula: undefined });
          }
          return next;
        }),
      () => this.addressOf(),
    );
  }
}

function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A written value as Excel takes it from the API: like typed input. `'` keeps the rest as text;
 * `=`, `+`, `-` and `@` start a formula (the fake does not calculate: its value is #NAME?);
 * numbers, percentages and TRUE/FALSE are converted; "" empties the cell.
 */
function parseInput(input: unknown): Pick<FakeCell, "value" | "type" | "formula"> {
  if (input === null || input === undefined || input === "")
    return { value: undefined, type: undefined, formula: undefined };
  if (typeof input === "number") return { value: input, type: "Double", formula: undefined };
  if (typeof input === "boolean") return { value: input, type: "Boolean", formula: undefined };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1), type: "String", formula: undefined };
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i.exec(text.trim());
  if (number)
    return {
      value: Number(text.trim().replace("%", "")) / (number[4] ? 100 : 1),
      type: "Double",
      formula: undefined,
    };
  if (/^(true|false)$/i.test(text))
    return { value: text.toLowerCase() === "true", type: "Boolean", formula: undefined };
  if (/^[=+\-@]/.test(text))
    return { value: "#NAME?", type: "Error", formula: text.startsWith("=") ? text : `=${text}` };
  return { value: text, type: "String", formula: undefined };
}

class FakeRangeFormat implements Record<
  MembersOf<Excel.RangeFormat, "fill" | "font" | "columnWidth">,
  unknown
> {
  readonly fill: { color: string };
  readonly font: { bold: boolean; italic: boolean; color: string };

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: () => string,
    private readonly bounds: () => Rect,
  ) {
    const setEach = (kind: string, value: unknown, change: (cell: FakeCell) => FakeCell): void =>
      ctx.queueWrite(
        kind,
        sheetName,
        value,
        () => {
          const b = bounds();
          const s = ctx.state.sheet(sheetName());
          for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) s.update(r, c, change);
        },
        () => rangeA1(bounds().r1, bounds().c1, bounds().r2, bounds().c2),
      );
    const fill: Pick<Excel.RangeFill, "color"> = {
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "fill.color is write-only in the fake.");
      },
      set color(v: string) {
        setEach("fill", v, (cell) => ({ ...cell, fill: v }));
      },
    };
    const fontProp = <K extends keyof FakeFont>(key: K) => ({
      get(): never {
        throw new FakeOfficeError("PropertyNotLoaded", `font.${key} is write-only in the fake.`);
      },
      set(v: FakeFont[K]) {
        setEach(`font.${key}`, v, (cell) => ({ ...cell, font: { ...cell.font, [key]: v } }));
      },
    });
    const font = {} as Pick<Excel.RangeFont, "bold" | "italic" | "color">;
    Object.defineProperty(font, "bold", fontProp("bold"));
    Object.defineProperty(font, "italic", fontProp("italic"));
    Object.defineProperty(font, "color", fontProp("color"));
    this.fill = fill;
    this.font = font;
  }

  get columnWidth(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "columnWidth is write-only in the fake.");
  }

  set columnWidth(points: number) {
    this.ctx.queueWrite("columnWidth", this.sheetName, points, () => {
      const b = this.bounds();
      const s = this.ctx.state.sheet(this.sheetName());
      for (let c = b.c1; c <= b.c2; c++) s.columnWidths.set(c, points);
    });
  }
}

class FakeConditionalFormatCollection implements Record<
  MembersOf<Excel.ConditionalFormatCollection, "add" | "clearAll">,
  unknown
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: () => string,
    private readonly bounds: () => Rect,
  ) {}

  add(type: string): FakeConditionalFormat {
    const rule: FakeRule = { range: "", type };
    this.ctx.queueWrite(
      "conditionalFormat",
      this.sheetName,
      type,
      () => {
        const b = this.bounds();
        rule.range = rangeA1(b.r1, b.c1, b.r2, b.c2);
        this.ctx.state.sheet(this.sheetName()).conditionalFormats.push(rule);
      },
      () => rangeA1(this.bounds().r1, this.bounds().c1, this.bounds().r2, this.bounds().c2),
    );
    return new FakeConditionalFormat(this.ctx, this.sheetName, rule);
  }

  clearAll(): void {
    this.ctx.queueWrite("clearConditionalFormats", this.sheetName, null, () => {
      const b = this.bounds();
      const s = this.ctx.state.sheet(this.sheetName());
      s.conditionalFormats = s.conditionalFormats.filter((f) => {
        const fb = regionBounds(f.range)!;
        return fb.r2 < b.r1 || fb.r1 > b.r2 || fb.c2 < b.c1 || fb.c1 > b.c2;
      });
    });
  }
}

class FakeConditionalFormat implements Record<MembersOf<Excel.ConditionalFormat, "textComparison">, unknown> {
  readonly textComparison: Record<MembersOf<Excel.TextConditionalFormat, "format" | "rule">, unknown> & {
    format: { fill: { color: string }; font: { color: string; bold: boolean; italic: boolean } };
    rule: Excel.ConditionalTextComparisonRule;
  };

  constructor(ctx: FakeContext, sheetName: () => string, state: FakeRule) {
    const set = (kind: string, value: unknown, change: () => void): void =>
      ctx.queueWrite(kind, sheetName, value, change);
    const font = {
      set color(v: string) {
        set("conditionalFormat.font", v, () => void (state.font = { ...state.font, color: v }));
      },
      set bold(v: boolean) {
        set("conditionalFormat.font", v, () => void (state.font = { ...state.font, bold: v }));
      },
      set italic(v: boolean) {
        set("conditionalFormat.font", v, () => void (state.font = { ...state.font, italic: v }));
      },
    } as { color: string; bold: boolean; italic: boolean };
    const fill = {
      set color(v: string) {
        set("conditionalFormat.fill", v, () => void (state.fill = v));
      },
    } as { color: string };
    this.textComparison = {
      format: { fill, font },
      get rule(): Excel.ConditionalTextComparisonRule {
        throw new FakeOfficeError("PropertyNotLoaded", "rule is write-only in the fake.");
      },
      set rule(v: Excel.ConditionalTextComparisonRule) {
        set("conditionalFormat.rule", v, () => void (state.rule = { ...v }));
      },
    };
  }
}

class FakeSettingCollection implements Record<
  MembersOf<Excel.SettingCollection, "getItemOrNullObject" | "add">,
  unknown
> {
  constructor(private readonly ctx: FakeContext) {}

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }

  add(key: string, value: unknown): FakeSetting {
    this.ctx.queueWrite(
      "setting",
      () => null,
      value,
      () => void this.ctx.state.settings.set(key, structuredCopy(value)),
    );
    return new FakeSetting(this.ctx, key);
  }
}

class FakeSetting implements Record<MembersOf<Excel.Setting, "value" | "isNullObject" | "load">, unknown> {
  private loaded = new Loaded();

  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string,
  ) {}

  get value(): unknown {
    return this.loaded.get("value");
  }

  get isNullObject(): boolean {
    return this.loaded.isNull();
  }

  load(_arg?: LoadArg): this {
    this.ctx.enqueue({
      requestBytes: 50,
      apply: () => {
        const has = this.ctx.state.settings.has(this.key);
        this.loaded.nullObject = !has;
        if (has) this.loaded.set("value", structuredCopy(this.ctx.state.settings.get(this.key)));
      },
    });
    return this;
  }
}

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
  readonly writeCount: number;
  settings(): Map<string, unknown>;
}

export interface FakeWorkbookSpec {
  sheets: FakeSheetSpec[];
  /** Run each sync's work in a task of its own and record its span (`hostTasks`), as the browser test measures the pane's tasks. */
  hostInOwnTasks?: boolean;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createFakeExcel(spec: FakeWorkbookSpec): FakeExcel {
  const state = new WorkbookState();
  for (const sheet of spec.sheets) state.sheets.push(sheetFromSpec(sheet));
  state.activeSheet = state.sheets[0]?.name ?? null;
  if (spec.hostInOwnTasks) state.hostTasks = [];
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
    settings: () => state.settings,
  };
}

function sheetFromSpec(spec: FakeSheetSpec): SheetState {
  const sheet = new SheetState(spec.name, spec.visibility ?? "Visible", spec.protected ?? false);
  const origin = parseA1(spec.topLeft ?? "A1") ?? { row: 0, col: 0 };
  const height = Math.max(spec.values.length, spec.formulas?.length ?? 0);
  for (let i = 0; i < height; i++) {
    const width = Math.max(spec.values[i]?.length ?? 0, spec.formulas?.[i]?.length ?? 0);
    for (let j = 0; j < width; j++) {
      const formula = spec.formulas?.[i]?.[j] ?? null;
      const format = spec.numberFormats?.[i]?.[j] ?? null;
      const cell: FakeCell = { ...cellFromValue(spec.values[i]?.[j] ?? null) };
      if (formula) {
        cell.formula = formula;
        cell.type ??= "Empty";
      }
      if (format) cell.numberFormat = format;
      if (Object.keys(cell).length > 0) sheet.update(origin.row + i, origin.col + j, () => cell);
    }
  }
  return sheet;
}

/** An engine value as stored by Excel: errors by their text, dates as serial numbers with a date format. */
function cellFromValue(value: CellValue): FakeCell {
  if (value === null) return { value: undefined, type: undefined, formula: undefined };
  if (typeof value === "number") return { value, type: "Double" };
  if (typeof value === "boolean") return { value, type: "Boolean" };
  if (typeof value === "string") return value === "" ? {} : { value, type: "String" };
  if ("error" in value) return { value: value.error, type: "Error" };
  return { value: Date.parse(value.date) / 86400000 + 25569, type: "Double", numberFormat: "yyyy-mm-dd" };
}

/**
 * Installs `Office` and `Excel` globals backed by the fake, for a page that loads the task pane
 * without Office: `Office.onReady` resolves as in Excel and `Excel.run` runs batches on the fake.
 */
export function installFakeOffice(globalObject: object, fake: FakeExcel, apiVersion = "1.9"): void {
  const target = globalObject as Record<string, unknown>;
  const supported = (name: string, version?: string): boolean =>
    name === "ExcelApi" && compareVersions(version ?? "1.1", apiVersion) <= 0;
  const info = { host: "Excel", platform: "OfficeOnline" };
  target.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: { requirements: { isSetSupported: supported } },
  };
  target.Excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => fake.run(batch),
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ConditionalFormatType: { containsText: "ContainsText", custom: "Custom", cellValue: "CellValue" },
    ConditionalTextOperator: {
      contains: "Contains",
      notContains: "NotContains",
      beginsWith: "BeginsWith",
      endsWith: "EndsWith",
    },
    ClearApplyTo: {
      all: "All",
      formats: "Formats",
      contents: "Contents",
      hyperlinks: "Hyperlinks",
      removeHyperlinks: "RemoveHyperlinks",
    },
    RangeValueType: {
      unknown: "Unknown",
      empty: "Empty",
      string: "String",
      integer: "Integer",
      double: "Double",
      boolean: "Boolean",
      error: "Error",
      richValue: "RichValue",
    },
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
    },
  };
}

function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
