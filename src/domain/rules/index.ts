import { crosscheck } from "./crosscheck";
import { crosscheckByName } from "./crosscheckByName";
import { duplicateCode } from "./duplicateCode";
import { editedResults } from "./editedResults";
import { gap } from "./gap";
import { hardcodedTotal } from "./hardcodedTotal";
import { nameMismatch } from "./nameMismatch";
import { notes } from "./notes";
import { outputMoneyLight } from "./outputMoneyLight";
import { outputNoteMissing } from "./outputNoteMissing";
import { overspendTolerance } from "./overspendTolerance";
import { contributionCheck } from "./contributionCheck";
import { contributionInput } from "./contributionInput";
import { orphan } from "./orphan";
import { referenceStructure } from "./referenceStructure";
import { relation } from "./relation";
import type { Rule } from "./ruleKit";
import { sumRange } from "./sumRange";
import { totals } from "./totals";
import { unlabelledTotal } from "./unlabelledTotal";
import { values } from "./values";
import { variance } from "./variance";

/** Every rule the engine runs, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  values,
  totals,
  sumRange,
  variance,
  relation,
  crosscheck,
  crosscheckByName,
  nameMismatch,
  referenceStructure,
  duplicateCode,
  orphan,
  gap,
  unlabelledTotal,
  notes,
  outputNoteMissing,
  outputMoneyLight,
  overspendTolerance,
  contributionInput,
  contributionCheck,
  hardcodedTotal,
  editedResults,
];
