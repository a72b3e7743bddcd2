import type { CellValue } from "../../../src/domain";
import type { FakePage } from "./pageLayout";

/** The shapes the fake host takes and gives: cells, rules, sheet specs and dumps. */

/** Compile-time guard: every listed name must be a member of the real Office type. */
export type MembersOf<T, K extends keyof T> = K;

export type Visibility = "Visible" | "Hidden" | "VeryHidden";
export type ValueType = "String" | "Double" | "Boolean" | "Error" | "Empty";

export interface FakeFont {
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  color?: string;
  size?: number;
}

/** One cell's content and formats. Absent keys are Excel's defaults. */
export interface FakeCell {
  value?: string | number | boolean;
  type?: ValueType;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  font?: FakeFont;
  /** Text wraps within the column. */
  wrap?: boolean;
  /** Indent level (Format › Alignment › Indent); absent for none. */
  indent?: number;
  hyperlink?: Excel.RangeHyperlink;
}

export interface FakeRule {
  range: string;
  type: string;
  rule?: Excel.ConditionalTextComparisonRule;
  fill?: string;
  font?: FakeFont;
}

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface FakeSheetSpec {
  name: string;
  values: readonly (readonly CellValue[])[];
  formulas?: readonly (readonly (string | null)[])[];
  numberFormats?: readonly (readonly (string | null)[])[];
  topLeft?: string;
  visibility?: Visibility;
  protected?: boolean;
  /** Merged areas, absolute (`E2:G2`). */
  merged?: readonly string[];
  /** Column widths in points from column A; null or absent for the standard width. */
  columnWidths?: readonly (number | null)[];
  /** Solid fills (`#RRGGBB`) per cell, from `topLeft` as the values; null for none. */
  fills?: readonly (readonly (string | null)[])[];
  /** Font colours (`#RRGGBB`) per cell; null for the default. */
  fontColors?: readonly (readonly (string | null)[])[];
  /** Indent levels per cell; null or absent for none. */
  indents?: readonly (readonly (number | null)[])[];
}

export interface SheetDump {
  name: string;
  visibility: Visibility;
  protected: boolean;
  cells: Record<string, FakeCell>;
  conditionalFormats: FakeRule[];
  /** Column letter → width in points, for columns with a width of their own. */
  columnWidths: Record<string, number>;
  frozenRows: number;
  merged: string[];
  /** How the sheet prints: what `pageLayout` was given. */
  page: FakePage;
}

export interface WorkbookDump {
  sheets: SheetDump[];
  structureProtected: boolean;
}

/** One write as the host executed it, with the host's state at that moment. */
export interface WriteRecord {
  sync: number;
  kind: string;
  sheet: string | null;
  address: string | null;
  eventsEnabled: boolean;
  calculationSuspended: boolean;
}
