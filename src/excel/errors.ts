import type { Language } from "../domain";

/** Why the adapter refused or failed; each key has a message in both languages of the pane. */
export type ExcelErrorKey =
  | "workbookChanged"
  | "protectedSheet"
  | "protectedWorkbook"
  | "occupiedCells"
  | "sheetExists"
  | "writeFailed"
  | "sheetNotFound"
  | "usedRangeTooLarge"
  | "mergedCellsUnknown";

type Params = Record<string, string>;

const MESSAGES: Record<Language, Record<ExcelErrorKey, (p: Params) => string>> = {
  nl: {
    workbookChanged: (p) =>
      `De werkmap is gewijzigd sinds de controle (${p.sheets}). Controleer opnieuw; er is niets geschreven.`,
    protectedSheet: (p) =>
      `Het blad "${p.sheet}" is beveiligd. Hef de beveiliging op en probeer het opnieuw; er is niets geschreven.`,
    protectedWorkbook: () =>
      "De structuur van de werkmap is beveiligd, dus er kunnen geen bladen worden toegevoegd of verwijderd. Er is niets geschreven.",
    occupiedCells: (p) =>
      `Op blad "${p.sheet}" staat al inhoud in ${p.cells}, waar Stoplicht wil schrijven. Er is niets geschreven.`,
    sheetExists: (p) =>
      `Er bestaat al een blad "${p.sheet}" dat niet van Stoplicht is. Er is niets geschreven.`,
    writeFailed: (p) =>
      p.rolledBack === "yes"
        ? `Schrijven is halverwege mislukt (${p.reason}); wat al geschreven was, is teruggedraaid.`
        : `Schrijven is halverwege mislukt (${p.reason}) en terugdraaien lukte niet. Kies Resultaten verwijderen of controleer opnieuw om het op te ruimen.`,
    sheetNotFound: (p) => `Het blad "${p.sheet}" bestaat niet (meer).`,
    usedRangeTooLarge: (p) =>
      `Het gebruikte bereik van blad "${p.sheet}" loopt tot ${p.range} (${p.cells} cellen): te groot om te lezen. Wis de verre cellen (Ctrl+End laat zien waar) en probeer opnieuw.`,
    mergedCellsUnknown: () =>
      "Deze versie van Excel laat invoegtoepassingen niet zien welke cellen samengevoegd zijn (ExcelApi 1.13), dus Stoplicht kan niet veilig naast uw tabellen schrijven. Werk Excel bij, of gebruik de opdrachtregel. Er is niets geschreven.",
  },
  en: {
    workbookChanged: (p) =>
      `The workbook changed since it was checked (${p.sheets}). Check again; nothing was written.`,
    protectedSheet: (p) =>
      `Sheet "${p.sheet}" is protected. Unprotect it and try again; nothing was written.`,
    protectedWorkbook: () =>
      "The workbook structure is protected, so sheets cannot be added or deleted. Nothing was written.",
    occupiedCells: (p) =>
      `Sheet "${p.sheet}" already holds content in ${p.cells}, where Stoplicht would write. Nothing was written.`,
    sheetExists: (p) => `A sheet "${p.sheet}" exists that Stoplicht did not write. Nothing was written.`,
    writeFailed: (p) =>
      p.rolledBack === "yes"
        ? `Writing failed half way (${p.reason}); what was already written has been rolled back.`
        : `Writing failed half way (${p.reason}) and could not be rolled back. Choose Remove results or check again to clean up.`,
    sheetNotFound: (p) => `Sheet "${p.sheet}" does not exist (any more).`,
    usedRangeTooLarge: (p) =>
      `The used range of sheet "${p.sheet}" runs to ${p.range} (${p.cells} cells): too large to read. Clear the far-off cells (Ctrl+End shows where) and try again.`,
    mergedCellsUnknown: () =>
      "This version of Excel does not show add-ins which cells are merged (ExcelApi 1.13), so Stoplicht cannot safely write beside your tables. Update Excel, or use the command line. Nothing was written.",
  },
};

/** A refusal or failure of the Excel adapter, with a message the pane can show in either language. */
export class ExcelAdapterError extends Error {
  constructor(
    readonly key: ExcelErrorKey,
    readonly params: Params,
  ) {
    super(MESSAGES.en[key](params));
    this.name = "ExcelAdapterError";
  }

  messageIn(lang: Language): string {
    return MESSAGES[lang][this.key](this.params);
  }
}

/** The workbook differs from the snapshot the plan was made from: writing could overwrite new content. */
export class WorkbookChangedError extends ExcelAdapterError {
  constructor(readonly sheets: string[]) {
    super("workbookChanged", { sheets: sheets.join(", ") });
    this.name = "WorkbookChangedError";
  }
}

/** A sheet to write is protected, or (sheet null) the workbook structure is. */
export class ProtectedSheetError extends ExcelAdapterError {
  constructor(readonly sheet: string | null) {
    super(sheet === null ? "protectedWorkbook" : "protectedSheet", { sheet: sheet ?? "" });
    this.name = "ProtectedSheetError";
  }
}

/** A target cell holds content Stoplicht did not write. */
export class OccupiedCellsError extends ExcelAdapterError {
  constructor(
    readonly sheet: string,
    readonly cells: string[],
  ) {
    super("occupiedCells", { sheet, cells: cells.slice(0, 5).join(", ") + (cells.length > 5 ? ", …" : "") });
    this.name = "OccupiedCellsError";
  }
}

/** A result sheet's name is taken by a sheet Stoplicht does not own. */
export class SheetExistsError extends ExcelAdapterError {
  constructor(readonly sheet: string) {
    super("sheetExists", { sheet });
    this.name = "SheetExistsError";
  }
}

export class SheetNotFoundError extends ExcelAdapterError {
  constructor(readonly sheet: string) {
    super("sheetNotFound", { sheet });
    this.name = "SheetNotFoundError";
  }
}

/** Excel failed during the write; `rolledBack` says whether this run's cells were taken out again. */
export class WriteFailedError extends ExcelAdapterError {
  constructor(
    readonly rolledBack: boolean,
    readonly cause: unknown,
    /** Why the rollback failed, when it did. */
    readonly rollbackError: unknown = null,
  ) {
    super("writeFailed", {
      rolledBack: rolledBack ? "yes" : "no",
      reason: cause instanceof Error ? cause.message : String(cause),
    });
    this.name = "WriteFailedError";
  }
}

/** The host lacks ExcelApi 1.13: a status column could run through a merged area it cannot see. */
export class MergedCellsUnknownError extends ExcelAdapterError {
  constructor() {
    super("mergedCellsUnknown", {});
    this.name = "MergedCellsUnknownError";
  }
}

/** Office reports a request, or a response, over Excel on the web's 5 MB limit with these codes. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

/**
 * A sheet whose used range is beyond what Excel returns (5 million cells on the web), usually a
 * stray cell far out: reading it block by block would take hours, so the read is refused at once.
 */
export class UsedRangeTooLargeError extends ExcelAdapterError {
  constructor(
    readonly sheet: string,
    readonly range: string,
    readonly cells: number,
  ) {
    super("usedRangeTooLarge", { sheet, range, cells: cells.toLocaleString("nl-NL") });
    this.name = "UsedRangeTooLargeError";
  }
}
