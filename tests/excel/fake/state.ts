import { rangeA1, toA1 } from "../../../src/domain";
import type { FakeCell, FakeRule, Rect, SheetDump, Visibility, WriteRecord } from "./types";
import { FakeOfficeError } from "./errors";
import type { FakePage } from "./pageLayout";

/** One sheet's cells and formats as the host holds them. */
export class SheetState {
  rows: (FakeCell | undefined)[][] = [];
  conditionalFormats: FakeRule[] = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  merged: Rect[] = [];
  page: FakePage = {};

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
      merged: this.merged.map((m) => rangeA1(m.r1, m.c1, m.r2, m.c2)),
      page: structuredCopy(this.page),
    };
  }

  /**
   * Refuses a change to part of a merged area, as Excel does ("cannot change part of a merged
   * cell"): a write that covers a merged area whole, or misses it, is fine.
   */
  refusePartOfMerged(b: Rect): void {
    for (const m of this.merged) {
      const overlaps = m.r1 <= b.r2 && m.r2 >= b.r1 && m.c1 <= b.c2 && m.c2 >= b.c1;
      const covers = b.r1 <= m.r1 && b.r2 >= m.r2 && b.c1 <= m.c1 && b.c2 >= m.c2;
      if (overlaps && !covers)
        throw new FakeOfficeError(
          "InvalidOperation",
          `Cannot change part of a merged cell (${rangeA1(m.r1, m.c1, m.r2, m.c2)} on "${this.name}").`,
        );
    }
  }
}

export function structuredCopy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** The whole host: sheets, settings, and what tests steer and count. */
export class WorkbookState {
  sheets: SheetState[] = [];
  structureProtected = false;
  settings = new Map<string, unknown>();
  eventsEnabled = true;
  activeSheet: string | null = null;
  /** The workbook's file name, as `workbook.name` gives it. */
  name = "Map1.xlsx";
  selection: string | null = null;
  syncCount = 0;
  writeCount = 0;
  writes: WriteRecord[] = [];
  failOnWrite: number | null = null;
  failOnSync: number | null = null;
  payloadLimitBytes = 5 * 1024 * 1024;
  /** The ExcelApi version the host offers: below 1.13 it has no merged-area API. */
  apiVersion = "1.13";
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
