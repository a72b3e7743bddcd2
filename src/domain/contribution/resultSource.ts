import { parseA1, toA1 } from "../address";
import { parseAmount } from "../amount";
import type { SheetView } from "../detect/sheetView";
import { centsAt } from "../model";
import type { Currency, Table } from "../types";
import { isIncomeRow } from "../variances";
import { commonUnit } from "./commonUnit";

/** Where an amount the contribution needs comes from, and what it is. */
export interface AmountSource {
  /** The summary's grand total, a cell the user chose, or an amount the user typed. */
  kind: "grand-total" | "cell" | "amount";
  sheet: string | null;
  /** A1 of the cell it was read from; null for a typed amount. */
  cell: string | null;
  cents: number;
  /** The unit it is stated in, in cents (1: to the cent; 100: whole euros). */
  unit: number;
  currency: Currency | null;
}

/** A setting that names a source: a cell (`Overzicht!F15`), an amount in euros, or null for the default. */
export type SourceSetting = string | number | null;

/**
 * The grand total of the lasten in the summary table (the overview of the programmes): its last
 * total row without a code, of costs. Null where the workbook has no summary with one: a detail
 * table's total is one programme's, not the organisation's.
 */
export function grandTotal(tables: readonly Table[]): { table: Table; index: number } | null {
  for (const table of tables) {
    if (
      table.kind !== "summary" ||
      table.side === "income" ||
      !table.amounts.amended ||
      !table.amounts.actual
    )
      continue;
    for (let i = table.rows.length - 1; i >= 0; i--) {
      if (table.rows.kind[i] !== "total" || table.rows.code[i] !== null) continue;
      const kind = table.rows.rowKind[i];
      if (kind === "baten" || kind === "saldo" || isIncomeRow(table, i)) continue;
      if (centsAt(table, i, "amended") === null || centsAt(table, i, "actual") === null) continue;
      return { table, index: i };
    }
  }
  return null;
}

/**
 * The rekeningresultaat: the grand total's variance (budget − actual of the lasten, so that a
 * surplus is positive), as the workbook states it, else worked out from its budget and actual.
 */
export function resultOfGrandTotal(tables: readonly Table[]): AmountSource | null {
  const total = grandTotal(tables);
  if (!total) return null;
  const { table, index } = total;
  const row = table.rows.row[index];
  const stated = centsAt(table, index, "variance");
  const variance = table.amounts.variance;
  if (stated !== null && variance) {
    // The table's own sign: varianceSign 1 states budget − actual.
    const budgetMinusActual = stated * table.varianceSign;
    return {
      kind: "grand-total",
      sheet: table.sheet,
      cell: toA1(row, variance.col),
      cents: budgetMinusActual,
      unit: commonUnit([stated], variance.totalUnit),
      currency: table.currency,
    };
  }
  const amended = centsAt(table, index, "amended")!;
  const actual = centsAt(table, index, "actual")!;
  const cents = amended - actual;
  return {
    kind: "grand-total",
    sheet: table.sheet,
    cell: toA1(row, table.amounts.actual!.col),
    cents,
    unit: commonUnit(
      [amended, actual],
      Math.max(table.amounts.amended!.totalUnit, table.amounts.actual!.totalUnit),
    ),
    currency: table.currency,
  };
}

/** The budgeted total of the grand total row: what the provinces contribute when only the key is given. */
export function budgetOfGrandTotal(tables: readonly Table[]): AmountSource | null {
  const total = grandTotal(tables);
  if (!total) return null;
  const { table, index } = total;
  const amended = centsAt(table, index, "amended")!;
  return {
    kind: "grand-total",
    sheet: table.sheet,
    cell: toA1(table.rows.row[index], table.amounts.amended!.col),
    cents: amended,
    unit: commonUnit([amended], table.amounts.amended!.totalUnit),
    currency: table.currency,
  };
}

/**
 * A source the user chose: a cell (`Overzicht!F15`, `'Mijn blad'!B2`) read as an amount, or an
 * amount in euros. Null when the cell holds no amount or its sheet does not exist.
 */
export function chosenSource(
  setting: string | number,
  views: ReadonlyMap<string, SheetView>,
  currency: Currency | null,
): AmountSource | null {
  if (typeof setting === "number") {
    const cents = Math.round(setting * 100);
    return { kind: "amount", sheet: null, cell: null, cents, unit: commonUnit([cents], 100), currency };
  }
  const ref = parseCellReference(setting);
  if (!ref) return null;
  const view = [...views.values()].find((v) => v.sheet.toLowerCase() === ref.sheet.toLowerCase());
  if (!view) return null;
  const parsed = parseAmount(view.value(ref.row, ref.col));
  if (parsed.kind !== "number" && parsed.kind !== "text") return null;
  return {
    kind: "cell",
    sheet: view.sheet,
    cell: toA1(ref.row, ref.col),
    cents: parsed.cents,
    unit: commonUnit([parsed.cents], 100),
    currency,
  };
}

/** `Overzicht!F15` or `'Mijn blad'!$F$15` as sheet, row and column; null for anything else. */
export function parseCellReference(text: string): { sheet: string; row: number; col: number } | null {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^!']+))!(\$?[A-Za-z]{1,3}\$?\d{1,7})\s*$/.exec(text);
  if (!m) return null;
  const at = parseA1(m[3]);
  if (!at) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim(), ...at };
}
