import type { AnnualReport } from "../annualReport";
import type { Language } from "../format";
import { resultSheet } from "../resultSheets";
import type { PlanSheet } from "../writePlan";
import { contributionSheetCells } from "./contributionSheet";
import { outputsSheetCells } from "./outputsSheet";
import { overspendsSheetCells } from "./overspendsSheet";

/** A result sheet's name in the plan's language, made free of the workbook's own, and whether it is refilled. */
export type NameFor = (messageKey: string) => { name: string; refill: boolean };

/**
 * The result sheets of the annual report's other parts, each where the workbook has what it
 * shows: `Overschrijdingen` where there are budget tables with an amended budget and an actual,
 * `Output per programma` where there are planned outputs, `Bijdrage per provincie` where the
 * contribution per province could be worked out.
 */
export function annualResultSheets(
  annual: AnnualReport,
  hasVariances: boolean,
  lang: Language,
  nameFor: NameFor,
): PlanSheet[] {
  const sheets: PlanSheet[] = [];
  if (hasVariances) {
    const { name, refill } = nameFor("sheet.overspends");
    sheets.push(resultSheet(name, "overspends", refill, overspendsSheetCells(annual.overspends, lang), lang));
  }
  if (annual.outputs.outputs.length > 0) {
    const { name, refill } = nameFor("sheet.outputs");
    const cells = outputsSheetCells(annual.outputs.perProgramme, annual.outputs.outputs, lang);
    sheets.push(resultSheet(name, "outputs", refill, cells, lang));
  }
  const contribution = annual.contribution?.result;
  if (contribution) {
    const { name, refill } = nameFor("sheet.contribution");
    const cells = contributionSheetCells(contribution, lang);
    // The header, the provinces and the total set the widths; the notes under them run on.
    sheets.push(resultSheet(name, "contribution", refill, cells, lang, contribution.rows.length + 2));
  }
  return sheets;
}
