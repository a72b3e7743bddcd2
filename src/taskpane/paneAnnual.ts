import type { AnnualReport, Currency, ProgrammeOutputs } from "../domain";

/** A programme's lasten above budget, as the pane lists it. Amounts in cents. */
export interface PaneOverspend {
  code: string | null;
  name: string;
  sheet: string;
  cell: string;
  overspend: number;
  uncovered: number;
}

/**
 * What the pane shows of the annual report's other parts: the outputs' lights per programme and
 * the overspends. A summary, not the lists: 100k lines can overspend by tens of thousands, and
 * the result sheets hold them all.
 */
export interface PaneAnnual {
  outputs: ProgrammeOutputs[];
  overspends: {
    /** The overspends held against the tolerance (programmes', where the workbook has programmes): the first few. */
    counted: PaneOverspend[];
    /** How many there are in all. */
    count: number;
    level: "programme" | "line";
    /** Lines above budget, listed in the sheet Overschrijdingen. */
    lines: number;
    total: number;
    tolerance: number | null;
    overTolerance: boolean;
    currency: Currency | null;
  };
  /** The result shared out over the provinces, in cents; null where the workbook has no Bijlage 1. */
  contribution: { provinces: number; refund: number } | null;
}

/** Programmes the pane lists by name; beyond these it says how many more. */
const LISTED = 12;

export function paneAnnual(annual: AnnualReport): PaneAnnual {
  const o = annual.overspends;
  const counted = o.countedItems.filter((x) => x.uncovered > 0);
  const c = annual.contribution?.result;
  return {
    outputs: annual.outputs.perProgramme,
    overspends: {
      counted: counted.slice(0, LISTED).map((x) => ({
        code: x.code,
        name: x.name,
        sheet: x.sheet,
        cell: x.cell,
        overspend: x.overspend,
        uncovered: x.uncovered,
      })),
      count: counted.length,
      level: o.countedLevel,
      lines: o.counts.line,
      total: o.counted,
      tolerance: o.tolerance,
      overTolerance: o.overTolerance,
      currency: o.currency,
    },
    contribution: c ? { provinces: c.rows.length, refund: c.total.refund } : null,
  };
}
