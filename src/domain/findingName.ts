import type { Finding } from "./types";

/**
 * Where a finding stands as the table names it: its row and column, "1.1.3 Water · Rekening 2024",
 * the code first where the row's label leaves it out. Null where the finding names neither.
 */
export function findingName(f: Pick<Finding, "rowName" | "columnName" | "code">): string | null {
  const label = f.rowName?.trim() ?? "";
  const row = f.code && !label.startsWith(f.code) ? `${f.code} ${label}`.trim() : label;
  const parts = [row, f.columnName?.trim() ?? ""].filter((p) => p !== "");
  return parts.length > 0 ? parts.join(" · ") : null;
}
