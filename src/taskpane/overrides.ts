import {
  OVERRIDE_ROLES,
  columnLetters,
  parseA1,
  type OverrideRole,
  type Settings,
  type Table,
  type TableKind,
  type TableOverride,
} from "../domain";

export type { OverrideRole };

/** What overrides need of a table: where it is and its columns, not its rows (the pane has none). */
type TableHead = Pick<Table, "sheet" | "anchor" | "firstCol" | "lastCol" | "columns" | "kind">;

export { OVERRIDE_ROLES };
export const TABLE_KINDS: readonly TableKind[] = ["summary", "detail", "explanation"];

/** The A1 of a table's top-left header cell as detected: the key of its overrides. */
export function tableAnchor(table: TableHead): string {
  return table.anchor;
}

/** The column letters a table spans, left to right. */
export function tableColumnLetters(table: TableHead): string[] {
  const letters: string[] = [];
  for (let c = table.firstCol; c <= table.lastCol; c++) letters.push(columnLetters(c));
  return letters;
}

export function findOverride(
  settings: Pick<Settings, "tables">,
  table: TableHead,
): TableOverride | undefined {
  const anchor = tableAnchor(table);
  return settings.tables.find((o) => o.sheet === table.sheet && o.anchor === anchor);
}

/** The role a column has now: the user's override, else what the engine detected, else ignored. */
export function columnRole(
  settings: Pick<Settings, "tables">,
  table: TableHead,
  letter: string,
): OverrideRole {
  const override = findOverride(settings, table)?.columns?.[letter];
  if (override) return override;
  const col = parseA1(`${letter}1`)?.col;
  return table.columns.find((c) => c.col === col)?.role ?? "ignore";
}

export function tableKind(settings: Pick<Settings, "tables">, table: TableHead): TableKind {
  return findOverride(settings, table)?.kind ?? table.kind;
}

/** A new overrides list with one table's kind or one column's role changed. */
export function withOverride(
  overrides: readonly TableOverride[],
  table: TableHead,
  change: { kind: TableKind } | { letter: string; role: OverrideRole },
): TableOverride[] {
  const anchor = tableAnchor(table);
  const index = overrides.findIndex((o) => o.sheet === table.sheet && o.anchor === anchor);
  const current: TableOverride = index >= 0 ? overrides[index] : { sheet: table.sheet, anchor };
  const next: TableOverride =
    "kind" in change
      ? { ...current, kind: change.kind }
      : { ...current, columns: { ...current.columns, [change.letter]: change.role } };
  const list = [...overrides];
  if (index >= 0) list[index] = next;
  else list.push(next);
  return list;
}
