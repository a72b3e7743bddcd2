/**
 * A cell of a result sheet as the annual-report sheets plan it: its value, its look, and where it
 * links to. The same shape as the write plan's cells, so that the plan takes these rows as they are.
 */
export interface SheetCell {
  /** Text is written as text, never as a formula; money in currency units. */
  value: string | number | null;
  /**
   * header: bold on grey; euro: an amount; percent: a percentage to one decimal; share: a key to
   * two decimals of a percent; green/orange/red: a traffic light; link: an address that links.
   */
  style?: "header" | "euro" | "percent" | "share" | "green" | "orange" | "red" | "warning" | "link";
  link?: { sheet: string; cell: string };
}

/** A cell holding an address, linking to that cell. */
export function linkTo(sheet: string, cell: string): SheetCell {
  return { value: cell, link: { sheet, cell }, style: "link" };
}

/** An amount in cents as currency units, formatted as money. */
export function euro(cents: number): SheetCell {
  return { value: cents / 100, style: "euro" };
}

export function text(value: string | null): SheetCell {
  return { value };
}
