import type { Language } from "../domain";
import type { Strings } from "./i18n";

export type ErrorKind = keyof Strings["errorWhat"];

/** What went wrong, in the user's words, and what they can do about it. */
export interface ErrorAdvice {
  kind: ErrorKind;
  /** What happened: the adapter's own message in the user's language, or the original message to report. */
  detail: string;
  /** Whether trying the same task again may help. */
  retry: boolean;
  /** The detail is written for the user (the adapter's own message), not a technical text to report. */
  forUser: boolean;
  /** The detail already says what to do, so the general advice would only repeat it. */
  selfExplaining: boolean;
}

/** Adapter messages that already end in what to do. */
const SELF_EXPLAINING: ReadonlySet<ErrorKind> = new Set([
  "changed",
  "protected",
  "notFound",
  "mergedUnknown",
]);

const OFFICE_CODES: Record<string, ErrorKind> = {
  InvalidOperationInCellEditMode: "cellEdit",
  AccessDenied: "protected",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  PayloadTooLarge: "tooLarge",
  ItemNotFound: "notFound",
  InvalidReference: "notFound",
};

/** The Excel adapter's refusals (src/excel/errors.ts), by error name. */
const ADAPTER_ERRORS: Record<string, { kind: ErrorKind; retry: boolean }> = {
  WorkbookChangedError: { kind: "changed", retry: false },
  ProtectedSheetError: { kind: "protected", retry: true },
  OccupiedCellsError: { kind: "occupied", retry: false },
  SheetExistsError: { kind: "sheetExists", retry: true },
  SheetNotFoundError: { kind: "notFound", retry: false },
  WriteFailedError: { kind: "writeFailed", retry: false },
  MergedCellsUnknownError: { kind: "mergedUnknown", retry: false },
};

/** Classifies an error from Office, the adapter, the engine or the pane. Unknown errors stay generic, never hidden. */
export function adviseOn(error: unknown, lang: Language): ErrorAdvice {
  const e =
    error instanceof Error ? error : new Error(typeof error === "string" ? error : JSON.stringify(error));
  const localized = (e as { messageIn?: unknown }).messageIn;
  const forUser = typeof localized === "function";
  const detail = forUser ? String(localized.call(e, lang)) : e.message || e.name;
  const advice = (kind: ErrorKind, retry: boolean): ErrorAdvice => ({
    kind,
    detail,
    retry,
    forUser,
    selfExplaining: forUser && SELF_EXPLAINING.has(kind),
  });
  const adapter = ADAPTER_ERRORS[e.name];
  if (adapter) return advice(adapter.kind, adapter.retry);
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && OFFICE_CODES[code]) return advice(OFFICE_CODES[code], true);
  if (e.name === "SettingsError") return advice("settings", false);
  if (e.name === "EngineError") return advice("engine", true);
  return advice("generic", true);
}
