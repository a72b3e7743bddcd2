import type { Finding } from "./types";

/**
 * Where a finding stands as the table names it: its row and column, "1.1.3 Water · Rekening 2024",
 * the code first where the row's label leaves it out ("Totaal 1. Ruimte" names its code already).
 * Null where the finding names neither.
 */
export function findingName(f: Pick<Finding, "rowName" | "columnName" | "code">): string | null {
  const label = f.rowName?.trim() ?? "";
  const row = f.code && !namesCode(label, f.code) ? `${f.code} ${label}`.trim() : label;
  const parts = [row, f.columnName?.trim() ?? ""].filter((p) => p !== "");
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** Whether a label holds a code as a word of its own: `1.1.3 Water`, `Totaal 1. Ruimte`, not `11 Overig` for 1. */
function namesCode(label: string, code: string): boolean {
  const at = (from: number): number => label.indexOf(code, from);
  for (let i = at(0); i >= 0; i = at(i + 1)) {
    const before = i === 0 ? " " : label[i - 1];
    const after = label[i + code.length] ?? " ";
    if (
      /\s/.test(before) &&
      (/\s/.test(after) || (after === "." && !/\d/.test(label[i + code.length + 1] ?? "")))
    )
      return true;
  }
  return false;
}
