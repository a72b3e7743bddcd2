import { toA1 } from "./address";
import type { AnnualReport, ContributionProblem } from "./annualReport";
import type { ProgrammeOutputs } from "./outputs/outputCounts";
import { outputColour } from "./outputs/outputTypes";
import type { Coverage } from "./overspends/findOverspends";

/** The report's `outputs`: every planned output, and the counts per programme. */
export interface OutputsReport {
  tables: { sheet: string; header: string; lastRow: number; outputs: number }[];
  outputs: {
    sheet: string;
    /** A1 of the output's text. */
    cell: string;
    programme: string | null;
    code: string | null;
    number: number | null;
    text: string;
    /** The worse of the two lights; null when neither reads as a colour. */
    colour: "green" | "orange" | "red" | null;
    /** Each light: green, orange, red, na (n.v.t.), unread, or null (no light), and its cell. */
    inhoud: { light: string | null; cell: string; source: string | null };
    geld: { light: string | null; cell: string; source: string | null };
    explanation: { cell: string; where: "beside" | "under" | "block"; text: string } | null;
  }[];
  perProgramme: ProgrammeOutputs[];
}

/** The report's `contribution`: Bijlage 1 as worked out, amounts in currency units. */
export interface ContributionReport {
  sheet: string;
  /** Cells of the workbook's province table. */
  range: { firstRow: number; lastRow: number };
  keyKind: "percent" | "fraction" | "amounts";
  problem: ContributionProblem | null;
  result: { source: string; sheet: string | null; cell: string | null; amount: number } | null;
  budget: { source: string; sheet: string | null; cell: string | null; amount: number } | null;
  /** The unit the split is made in, in currency units (0.01: cents; 1: whole units). */
  unit: number | null;
  provinces: {
    province: string;
    cell: string;
    share: number;
    budget: number;
    refund: number;
    accounts: number;
  }[];
  total: { budget: number; refund: number; accounts: number } | null;
}

/** The report's `overspends`, amounts in currency units. */
export interface OverspendsReport {
  tolerance: number | null;
  tolerancePercent: number | null;
  totalLasten: number | null;
  /** The overspends held against the tolerance (programmes' parts not covered by higher income). */
  counted: number;
  countedLevel: "programme" | "line";
  overTolerance: boolean;
  items: {
    level: "programme" | "line";
    sheet: string;
    cell: string;
    labelCell: string;
    code: string | null;
    name: string;
    amended: number;
    actual: number;
    overspend: number;
    incomeSurplus: number;
    coverage: Coverage;
    uncovered: number;
  }[];
}

const units = (cents: number) => cents / 100;

export function outputsReport(annual: AnnualReport): OutputsReport {
  const { tables, outputs, perProgramme } = annual.outputs;
  return {
    tables: tables.map((t) => ({
      sheet: t.sheet,
      header: toA1(t.headerRow, t.textCol),
      lastRow: t.lastRow + 1,
      outputs: t.outputs.length,
    })),
    outputs: outputs.map((o) => ({
      sheet: o.sheet,
      cell: toA1(o.row, o.col),
      programme: o.programme,
      code: o.code,
      number: o.number,
      text: o.text,
      colour: outputColour(o),
      inhoud: { light: o.inhoud.light, cell: toA1(o.inhoud.row, o.inhoud.col), source: o.inhoud.source },
      geld: { light: o.geld.light, cell: toA1(o.geld.row, o.geld.col), source: o.geld.source },
      explanation: o.explanation,
    })),
    perProgramme,
  };
}

export function contributionReport(annual: AnnualReport): ContributionReport | null {
  const part = annual.contribution;
  if (!part) return null;
  const c = part.result;
  const source = (s: { kind: string; sheet: string | null; cell: string | null; cents: number }) => ({
    source: s.kind,
    sheet: s.sheet,
    cell: s.cell,
    amount: units(s.cents),
  });
  return {
    sheet: part.table.sheet,
    range: { firstRow: part.table.firstRow + 1, lastRow: part.table.lastRow + 1 },
    keyKind: part.table.keyKind,
    problem: part.problem,
    result: c ? source(c.result) : null,
    budget: c && c.budget.from === "source" ? source(c.budget.source) : null,
    unit: c ? units(c.unit) : null,
    provinces: (c?.rows ?? []).map((r) => ({
      province: r.province,
      cell: r.cell,
      share: r.share,
      budget: units(r.budget),
      refund: units(r.refund),
      accounts: units(r.accounts),
    })),
    total: c
      ? { budget: units(c.total.budget), refund: units(c.total.refund), accounts: units(c.total.accounts) }
      : null,
  };
}

export function overspendsReport(annual: AnnualReport): OverspendsReport {
  const o = annual.overspends;
  return {
    tolerance: o.tolerance === null ? null : units(o.tolerance),
    tolerancePercent: o.tolerancePercent,
    totalLasten: o.totalLasten === null ? null : units(o.totalLasten),
    counted: units(o.counted),
    countedLevel: o.countedLevel,
    overTolerance: o.overTolerance,
    items: o.items.map((x) => ({
      level: x.level,
      sheet: x.sheet,
      cell: x.cell,
      labelCell: x.labelCell,
      code: x.code,
      name: x.name,
      amended: units(x.amended),
      actual: units(x.actual),
      overspend: units(x.overspend),
      incomeSurplus: units(x.incomeSurplus),
      coverage: x.coverage,
      uncovered: units(x.uncovered),
    })),
  };
}
