/** The engine's one public door: UI, CLI and adapters import from here only. */
export { check, type CheckResult, type CheckSummary } from "./check";
export { parseAmount, type ParsedAmount } from "./amount";
export { amountAt, amountRowCount, centsAt, rowOf, rowsOf } from "./model";
export { columnLetters, parseA1, toA1, quoteSheet, rangeA1 } from "./address";
export { NBSP, formatCents, formatMoney, formatPercent, type Language } from "./format";
export { centsOf, roundHalfAwayFromZero, NO_CENTS, type Cents } from "./money";
export { msg, ruleName } from "./messages/catalogue";
export { formulaIn } from "./formulaText";
export { noteRuleText, percentText, settingsText } from "./settingsText";
export {
  OWNERSHIP_SHEET,
  readOwnership,
  regionBounds,
  ownershipCells,
  type Ownership,
  type RegionBounds,
  type OwnedRegion,
} from "./ownership";
export { relationFormula, toReport, type Report } from "./report";
export { fingerprintCells, holdsWritten, isBlankCells, sheetHolding } from "./fingerprint";
export {
  DEFAULT_SETTINGS,
  OVERRIDE_ROLES,
  resolveSettings,
  salvageSettings,
  SettingsError,
  settingsSchema,
  type Settings,
  type SettingsInput,
  type TableOverride,
  type AcceptedFinding,
  type OverrideRole,
} from "./settings";
export {
  PERCENT_FORMAT,
  STYLES,
  hasLook,
  moneyFormat,
  moneyStyle,
  stylesFor,
  type CellStyle,
  type StyleLook,
} from "./styles";
export { linkCell, formatDate, NO_DOCUMENT_INFO, type DocumentInfo } from "./resultSheets";
export { groupByCause, type CauseGroup } from "./causes";
export { findingName } from "./findingName";
export { verdict, verdictCounts, type VerdictCounts } from "./verdict";
export type { Overview, OverviewLine } from "./overview";
export {
  type PlanBlock,
  type PlanCell,
  type PlanLink,
  type PlanColumn,
  type PlanSheet,
  type WritePlan,
  type StatusKind,
  type PrintSetup,
} from "./writePlan";
export type { TextRule } from "./textRules";
export { removalPlan, type RemovalPlan, type RemovalRegion } from "./removalPlan";
export { previousRun, type PreviousRun } from "./previousRun";
export { colourCells, withColours, type ColourRequest, type ReadColours } from "./outputs/colourCells";
export { indentCells, withIndents, type IndentRequest, type ReadIndents } from "./detect/indentCells";
export type { CellRequest } from "./cellRequest";
export { lightOfColour } from "./outputs/lightOfColour";
export type { AnnualReport, ContributionProblem } from "./annualReport";
export type { OutputTable, PlannedOutput, OutputLight, OutputExplanation } from "./outputs/outputTypes";
export type { ProgrammeOutputs, LightCounts } from "./outputs/outputCounts";
export type { Contribution, ContributionRow } from "./contribution/computeContribution";
export type { Overspend, Overspends, Coverage } from "./overspends/findOverspends";
export * from "./types";
