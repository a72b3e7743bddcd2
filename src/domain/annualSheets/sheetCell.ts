import { moneyStyle } from "../styles";
import type { Currency } from "../types";
import type { PlanCell } from "../writePlan";

/** A cell of a result sheet: a write plan's cell (its value, its style, where it links to). */
export type SheetCell = PlanCell;

/** A cell holding an address, linking to that cell. */
export function linkTo(sheet: string, cell: string): SheetCell {
  return { value: cell, link: { sheet, cell }, style: "link" };
}

/** An amount in cents as currency units, formatted as money in its table's currency (euros where none is known). */
export function money(cents: number, currency: Currency | null): SheetCell {
  return { value: cents / 100, style: moneyStyle(currency) };
}

export function text(value: string | null): SheetCell {
  return { value };
}
