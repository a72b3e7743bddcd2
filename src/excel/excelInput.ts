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

/** A plan cell as Excel input: its formula (a link), or its value kept as it is. */
export function cellInput(cell: PlanCell): string | number | boolean {
  return cell.formula !== undefined ? `=${cell.formula}` : excelInput(cell.value);
}
