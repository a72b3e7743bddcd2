/**
 * An in-memory Excel for adapter tests and the browser stand-in of office.js. Like Office it queues
 * loads and writes on proxies and executes them, in order, at `context.sync()`; reading a property
 * that was not loaded throws. It counts syncs, records every write, enforces sheet protection and
 * Excel on the web's 5 MB payload limit, parses written strings as Excel does (`=` makes a formula,
 * `'` keeps text), and can fail on the n-th write or sync.
 *
 * Every member the fake offers is listed against the real `@types/office-js` interface
 * (`MembersOf`, `Pick`), so a name the real API lacks fails to compile.
 *
 * No Node APIs here: the task pane's end-to-end test bundles this file for the browser.
 */
export { FakeOfficeError } from "./fake/errors";
export { createFakeExcel, type FakeExcel, type FakeWorkbookSpec } from "./fake/createFakeExcel";
export { installFakeOffice } from "./fake/installFakeOffice";
export type {
  FakeCell,
  FakeFont,
  FakeRule,
  FakeSheetSpec,
  SheetDump,
  WorkbookDump,
  WriteRecord,
} from "./fake/types";
