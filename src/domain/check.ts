import { parseA1 } from "./address";
import { linkCauses } from "./causes";
import { CodeIndex } from "./codeIndex";
import { markRepeatingCodes } from "./repeatingCodes";
import { detectStructure } from "./detect/detectStructure";
import { detectTables } from "./detect/detectTables";
import { SheetView } from "./detect/sheetView";
import type { CheckModel } from "./model";
import { OWNERSHIP_SHEET, regionBounds, type Ownership, type RegionBounds } from "./ownership";
import { previousRun } from "./previousRun";
import { removalPlan, type RemovalPlan } from "./removalPlan";
import { NO_DOCUMENT_INFO, type DocumentInfo } from "./resultSheets";
import { RULES } from "./rules";
import { resolveSettings, type Settings, type SettingsInput } from "./settings";
import type { Finding, Grid, RowVariance, StructureEntry, Table } from "./types";
import { analyseVariances, type VarianceAnalysis } from "./variances";
import { analyseAnnualReport, type AnnualReport } from "./annualReport";
import { readProvinceTable, type ProvinceTable } from "./contribution/readProvinceTable";
import type { OutputTable } from "./outputs/outputTypes";
import { readOutputTables } from "./outputs/readOutputTables";
import { buildWritePlan, type PlanInput, type WritePlan } from "./writePlan";
import { overview, type Overview } from "./overview";
import { verdict } from "./verdict";

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
  /** The outcome in a sentence or two, what a controller reads first ("Geen fouten. 9 verschillen …"). */
  verdict: string;
  /** Per table and per programme: name, light, variance and what is wrong. */
  overview: Overview;
  plan: WritePlan;
  /** What Remove results takes out: an earlier run's results that still hold what was written. */
  removal: RemovalPlan;
  /** Planned outputs and their lights, the contribution per province, the overspends. */
  annual: AnnualReport;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/**
 * The engine: grids in, tables, findings, variances and the write plan out. Pure and synchronous.
 * Cells an earlier run of Stoplicht wrote (recorded in its ownership sheet) are not read as input.
 * `about` names the workbook and the day for the result sheets' title blocks.
 */
export function check(
  grids: readonly Grid[],
  settingsInput: SettingsInput = {},
  about: DocumentInfo = NO_DOCUMENT_INFO,
): CheckResult {
  const settings = resolveSettings(settingsInput);
  const run = previousRun(grids);
  const { recorded, previous, edited } = run;
  const views = new Map<string, SheetView>();
  for (const grid of grids) {
    // Result sheets are never read as budget tables, edited or not.
    if (grid.sheet === OWNERSHIP_SHEET || recorded?.sheets.includes(grid.sheet)) continue;
    views.set(grid.sheet, new SheetView(grid, ownedRegions(previous, grid.sheet)));
  }
  const tables: Table[] = [];
  let structure: StructureEntry[] | null = null;
  const outputTables: OutputTable[] = [];
  let provinceTable: ProvinceTable | null = null;
  for (const view of views.values()) {
    const outputs = readOutputTables(view);
    const provinces: ProvinceTable | null = provinceTable ? null : readProvinceTable(view);
    provinceTable ??= provinces;
    // Tables of outputs and of provinces are read as such, never as budget tables.
    const found = detectTables(view, settings).filter((t) => !readElsewhere(t, outputs, provinces));
    tables.push(...found);
    outputTables.push(...outputs);
    if (found.length === 0 && outputs.length === 0 && !provinces && structure === null)
      structure = detectStructure(view);
  }
  // A table that states no currency is in the workbook's (the one its other tables state), or euros.
  const stated = tables.map((t) => t.currency).filter((c) => c !== null);
  const workbookCurrency = stated.length > 0 ? mostCommon(stated) : "EUR";
  for (const t of tables) if (t.currency === null) t.currency = workbookCurrency;
  const analysis = analyseVariances(tables, settings, settings.language);
  // Codes of a classification repeated per programme are no structure to compare by.
  let codes = new CodeIndex(tables);
  if (markRepeatingCodes(codes)) codes = new CodeIndex(tables.filter((t) => !t.repeatingCodes));
  const annual = analyseAnnualReport({ tables, outputTables, provinceTable, analysis, settings, views });
  const model: CheckModel = {
    annual,
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
  const summary = summarise(findings);
  const said = verdict(findings, settings, settings.language, workbookCurrency);
  const perPart = overview({ tables, findings, analysis, structure, lang: settings.language });
  const planInput: PlanInput = {
    tables,
    findings,
    analysis,
    settings,
    views,
    grids,
    run,
    annual,
    summary,
    about,
    currency: workbookCurrency,
  };
  return new LazyResult(
    settings,
    tables,
    structure,
    findings,
    analysis,
    summary,
    said,
    perPart,
    annual,
    planInput,
  );
}

/**
 * A check's result whose plan and variance records are made when first asked for: a report-only run
 * (`--no-write`) never pays for the plan, and only the JSON report wants every record at once.
 * Getters of a class, not accessors defined on each result: those gave each result a hidden class
 * of its own, which kept the whole check alive through the next garbage collections.
 */
class LazyResult implements CheckResult {
  // Not enumerable: a copy or the JSON of a result has its findings, not the workbook behind them.
  declare private readonly lazy: {
    input: PlanInput;
    plan?: WritePlan;
    removal?: RemovalPlan;
    variances?: RowVariance[];
  };

  constructor(
    readonly settings: Settings,
    readonly tables: Table[],
    readonly structure: StructureEntry[] | null,
    readonly findings: Finding[],
    readonly analysis: VarianceAnalysis,
    readonly summary: CheckSummary,
    readonly verdict: string,
    readonly overview: Overview,
    readonly annual: AnnualReport,
    input: PlanInput,
  ) {
    Object.defineProperty(this, "lazy", { value: { input } });
  }

  get plan(): WritePlan {
    return (this.lazy.plan ??= buildWritePlan(this.lazy.input));
  }

  get removal(): RemovalPlan {
    return (this.lazy.removal ??= removalPlan(this.lazy.input.run, this.lazy.input.grids));
  }

  get variances(): RowVariance[] {
    return (this.lazy.variances ??= this.analysis.records());
  }
}

/** Whether a detected budget table is a table of outputs or of provinces, read as such. */
function readElsewhere(table: Table, outputs: OutputTable[], provinces: ProvinceTable | null): boolean {
  for (const o of outputs) {
    const sharesHeader = table.headerFirstRow <= o.headerRow && table.headerLastRow >= o.headerRow;
    if (sharesHeader || (table.headerFirstRow > o.headerRow && table.headerFirstRow <= o.lastRow))
      return true;
  }
  if (!provinces || provinces.sheet !== table.sheet) return false;
  const rows = table.headerFirstRow <= provinces.lastRow && table.lastRow >= provinces.firstRow;
  return rows && table.firstCol <= provinces.labelCol && table.lastCol >= provinces.labelCol;
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
