import { parseA1 } from "./address";
import { linkCauses } from "./causes";
import { CodeIndex } from "./codeIndex";
import { markRepeatingCodes } from "./repeatingCodes";
import { detectStructure } from "./detect/detectStructure";
import { detectTables } from "./detect/detectTables";
import { SheetView } from "./detect/sheetView";
import type { CheckModel } from "./model";
import { holdsWritten, sheetHolding } from "./fingerprint";
import {
  OWNERSHIP_SHEET,
  readOwnership,
  regionBounds,
  type OwnedRegion,
  type Ownership,
  type RegionBounds,
} from "./ownership";
import { RULES } from "./rules";
import { resolveSettings, type Settings, type SettingsInput } from "./settings";
import type { Finding, Grid, RowVariance, StructureEntry, Table } from "./types";
import { analyseVariances, type VarianceAnalysis } from "./variances";
import { buildWritePlan, type PlanInput, type WritePlan } from "./writePlan";

export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings the user accepted with a reason; not in the counts above. */
  accepted: number;
}

export interface CheckResult {
  settings: Settings;
  tables: Table[];
  structure: StructureEntry[] | null;
  findings: Finding[];
  /** The variance analysis, row by row, as arrays per table. */
  analysis: VarianceAnalysis;
  /** Every row's variance record (the JSON report's list): made when first read. */
  variances: RowVariance[];
  summary: CheckSummary;
  plan: WritePlan;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/**
 * The engine: grids in, tables, findings, variances and the write plan out. Pure and synchronous.
 * Cells an earlier run of Stoplicht wrote (recorded in its ownership sheet) are not read as input.
 */
export function check(grids: readonly Grid[], settingsInput: SettingsInput = {}): CheckResult {
  const settings = resolveSettings(settingsInput);
  const recorded = readOwnership(grids);
  const { previous, edited } = splitEdited(recorded && relocate(recorded, grids), grids);
  const views = new Map<string, SheetView>();
  for (const grid of grids) {
    // Result sheets are never read as budget tables, edited or not.
    if (grid.sheet === OWNERSHIP_SHEET || recorded?.sheets.includes(grid.sheet)) continue;
    views.set(grid.sheet, new SheetView(grid, ownedRegions(previous, grid.sheet)));
  }
  const tables: Table[] = [];
  let structure: StructureEntry[] | null = null;
  for (const view of views.values()) {
    const found = detectTables(view, settings);
    tables.push(...found);
    if (found.length === 0 && structure === null) structure = detectStructure(view);
  }
  // A table that states no currency is in the workbook's (the one its other tables state), or euros.
  const stated = tables.map((t) => t.currency).filter((c) => c !== null);
  const workbookCurrency = stated.length > 0 ? mostCommon(stated) : "EUR";
  for (const t of tables) if (t.currency === null) t.currency = workbookCurrency;
  const analysis = analyseVariances(tables, settings, settings.language);
  // Codes of a classification repeated per programme are no structure to compare by.
  let codes = new CodeIndex(tables);
  if (markRepeatingCodes(codes)) codes = new CodeIndex(tables.filter((t) => !t.repeatingCodes));
  const model: CheckModel = {
    tables,
    structure,
    analysis,
    settings,
    lang: settings.language,
    views,
    edited,
    codes,
  };
  const sheetOrder = new Map(grids.map((g, i) => [g.sheet, i]));
  const findings = RULES.flatMap((rule) => rule.check(model))
    .map((f) => ({ f: markAccepted(f, settings), at: parseA1(f.cell) ?? { row: 0, col: 0 } }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        (sheetOrder.get(a.f.sheet) ?? 0) - (sheetOrder.get(b.f.sheet) ?? 0) ||
        a.at.row - b.at.row ||
        a.at.col - b.at.col,
    )
    .map((x) => x.f);
  linkCauses(findings);
  const planInput: PlanInput = {
    tables,
    findings,
    analysis,
    settings,
    views,
    sheetNames: grids.map((g) => g.sheet),
    previous,
    recorded,
  };
  return new LazyResult(settings, tables, structure, findings, analysis, summarise(findings), planInput);
}

/**
 * A check's result whose plan and variance records are made when first asked for: a report-only run
 * (`--no-write`) never pays for the plan, and only the JSON report wants every record at once.
 * Getters of a class, not accessors defined on each result: those gave each result a hidden class
 * of its own, which kept the whole check alive through the next garbage collections.
 */
class LazyResult implements CheckResult {
  // Not enumerable: a copy or the JSON of a result has its findings, not the workbook behind them.
  declare private readonly lazy: { input: PlanInput; plan?: WritePlan; variances?: RowVariance[] };

  constructor(
    readonly settings: Settings,
    readonly tables: Table[],
    readonly structure: StructureEntry[] | null,
    readonly findings: Finding[],
    readonly analysis: VarianceAnalysis,
    readonly summary: CheckSummary,
    input: PlanInput,
  ) {
    Object.defineProperty(this, "lazy", { value: { input } });
  }

  get plan(): WritePlan {
    return (this.lazy.plan ??= buildWritePlan(this.lazy.input));
  }

  get variances(): RowVariance[] {
    return (this.lazy.variances ??= this.analysis.records());
  }
}

/**
 * An earlier run's record with the names of the sheets it wrote status columns on brought up to
 * date: a sheet renamed since (the record knows only names) is found by what Stoplicht wrote on
 * it, unchanged, so that those columns are replaced as usual instead of read as the table's own.
 */
function relocate(recorded: Ownership, grids: readonly Grid[]): Ownership {
  const names = new Set(grids.map((g) => g.sheet));
  const recordedNames = new Set([...recorded.regions.map((r) => r.sheet), ...recorded.sheets]);
  // Only a sheet the record does not name can be a renamed one.
  const candidates = grids.filter((g) => g.sheet !== OWNERSHIP_SHEET && !recordedNames.has(g.sheet));
  const regions = recorded.regions.map((r) => {
    const bounds = regionBounds(r.range);
    if (names.has(r.sheet) || r.fingerprint === undefined || !bounds) return r;
    const renamed = sheetHolding(
      r.fingerprint,
      candidates.map((g) => ({
        sheet: g.sheet,
        cells: new SheetView(g).block(bounds.r1, bounds.r2, bounds.c1, bounds.c2),
      })),
    );
    return renamed === null ? r : { ...r, sheet: renamed };
  });
  return { ...recorded, regions };
}

/**
 * Splits an earlier run's record into what still holds what Stoplicht wrote (replaced or removed
 * as usual) and what the user edited since (a typed explanation, an inserted column that moved
 * other cells in): that is the user's now, and is never cleared.
 */
function splitEdited(
  recorded: Ownership | null,
  grids: readonly Grid[],
): { previous: Ownership | null; edited: OwnedRegion[] } {
  if (!recorded) return { previous: null, edited: [] };
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  const edited: OwnedRegion[] = [];
  const regions = recorded.regions.filter((r) => {
    const grid = bySheet.get(r.sheet);
    const bounds = regionBounds(r.range);
    if (!grid || !bounds || r.fingerprint === undefined) return true;
    const cells = new SheetView(grid).block(bounds.r1, bounds.r2, bounds.c1, bounds.c2);
    const same = holdsWritten(cells, r.fingerprint);
    if (!same) edited.push(r);
    return same;
  });
  const sheets = recorded.sheets.filter((name) => {
    const grid = bySheet.get(name);
    const expected = recorded.sheetFingerprints?.[name];
    if (!grid || expected === undefined) return true;
    const view = new SheetView(grid);
    // As written: from A1, whatever the sheet's used range starts at.
    const same = holdsWritten(view.block(0, view.lastRow, 0), expected);
    if (!same) edited.push({ sheet: name, range: "" });
    return same;
  });
  return { previous: { ...recorded, regions, sheets }, edited };
}

function ownedRegions(previous: Ownership | null, sheet: string): RegionBounds[] {
  if (!previous) return [];
  return previous.regions.filter((r) => r.sheet === sheet).flatMap((r) => regionBounds(r.range) ?? []);
}

function mostCommon<T>(list: T[]): T {
  const counts = new Map<T, number>();
  for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function markAccepted(f: Finding, settings: Settings): Finding {
  if (settings.accepted.length === 0) return f;
  const hit = settings.accepted.find(
    (a) =>
      a.rule === f.rule && a.sheet === f.sheet && a.cell === f.cell && (!a.column || a.column === f.column),
  );
  return hit ? { ...f, accepted: { reason: hit.reason } } : f;
}

function summarise(findings: Finding[]): CheckSummary {
  const open = findings.filter((f) => !f.accepted);
  return {
    errors: open.filter((f) => f.severity === "error").length,
    warnings: open.filter((f) => f.severity === "warning").length,
    infos: open.filter((f) => f.severity === "info").length,
    accepted: findings.length - open.length,
  };
}
