import { computeContribution, type Contribution } from "./contribution/computeContribution";
import type { ProvinceTable } from "./contribution/readProvinceTable";
import {
  budgetOfGrandTotal,
  chosenSource,
  resultOfGrandTotal,
  type AmountSource,
} from "./contribution/resultSource";
import type { SheetView } from "./detect/sheetView";
import { outputCounts, type ProgrammeOutputs } from "./outputs/outputCounts";
import type { OutputTable, PlannedOutput } from "./outputs/outputTypes";
import { findOverspends, type Overspends } from "./overspends/findOverspends";
import type { Settings } from "./settings";
import type { Table } from "./types";
import type { VarianceAnalysis } from "./variances";

/** Why the contribution per province could not be worked out. */
export type ContributionProblem = "no-result" | "no-budget" | "no-key";

/** The parts of the annual report beyond the budget tables: outputs, Bijlage 1, overspends. */
export interface AnnualReport {
  outputs: {
    tables: OutputTable[];
    outputs: PlannedOutput[];
    perProgramme: ProgrammeOutputs[];
  };
  /** Null where the workbook lists no provinces. */
  contribution: {
    table: ProvinceTable;
    result: Contribution | null;
    problem: ContributionProblem | null;
  } | null;
  overspends: Overspends;
}

export interface AnnualInput {
  tables: Table[];
  outputTables: OutputTable[];
  provinceTable: ProvinceTable | null;
  analysis: VarianceAnalysis;
  settings: Settings;
  views: ReadonlyMap<string, SheetView>;
}

/** Works out the planned outputs per programme, the contribution per province and the overspends. */
export function analyseAnnualReport(input: AnnualInput): AnnualReport {
  const outputs = input.outputTables.flatMap((t) => t.outputs);
  return {
    outputs: {
      tables: input.outputTables,
      outputs,
      perProgramme: outputCounts(outputs, input.tables),
    },
    contribution: input.provinceTable ? contributionOf(input.provinceTable, input) : null,
    overspends: findOverspends(input.tables, input.analysis, input.settings),
  };
}

function contributionOf(table: ProvinceTable, input: AnnualInput): NonNullable<AnnualReport["contribution"]> {
  const { settings, tables, views } = input;
  const currency = tables.find((t) => t.kind === "summary")?.currency ?? tables[0]?.currency ?? null;
  const pick = (setting: string | number | null, fallback: () => AmountSource | null) =>
    setting === null ? fallback() : chosenSource(setting, views, currency);
  const result = pick(settings.contributionResult, () => resultOfGrandTotal(tables));
  if (!result) return { table, result: null, problem: "no-result" };
  const budget = pick(settings.contributionBudget, () => budgetOfGrandTotal(tables));
  const computed = computeContribution(table, result, budget);
  if (computed) return { table, result: computed, problem: null };
  const keyed = table.columns.key !== undefined && table.rows.every((r) => r.figures.key?.value != null);
  return { table, result: null, problem: keyed && !budget ? "no-budget" : "no-key" };
}
