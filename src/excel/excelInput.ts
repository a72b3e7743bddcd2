import type { CellValue, PlanCell } from "../domain";

/**
 * A value as Excel input. Excel parses what it is given as if typed: `=`, `+`, `-` and `@` start a
 * formula, `1-2` becomes a date, `50%` a number. A leading apostrophe makes it keep any text as
 * text, and Excel drops the apostrophe from the value, so every string gets one.
 */
export function excelInput(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  return `'${"error" in value ? value.error : value.date}`;
}

/** A plan cell as Excel input: its value kept as it is (a link's text too; the link is a format step's). */
export function cellInput(cell: PlanCell): string | number | boolean {
  return excelInput(cell.value);
}
