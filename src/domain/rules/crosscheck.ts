import { sheetCell } from "../address";
import { isDescendant, rootCode } from "../detect/parseLabel";
import type { Occurrence } from "../codeIndex";
import { centsAt, roundingBound } from "../model";
import type { CheckModel } from "../model";
import type { AmountRole, Finding, Table } from "../types";
import { columnName, makeFinding, money, type Rule } from "./ruleKit";

/**
 * The same code in two tables must hold the same amounts: the summary's programme row against the
 * programme's detail total. Explanation tables cover only part of the costs and are left out.
 */
export const crosscheck: Rule = {
  id: "crosscheck",
  check(model) {
    const out: Finding[] = [];
    // Only a code that stands in two tables is compared.
    const byCode = new Map<string, Occurrence[]>();
    for (const [code, all] of model.codes.repeated) {
      const list = all.filter(
        (o) =>
          o.table.kind !== "explanation" &&
          (o.table.rows.kind[o.index] === "line" || o.table.rows.kind[o.index] === "total"),
      );
      if (list.some((o) => o.table !== list[0].table)) byCode.set(code, list);
    }
    for (const [code, list] of byCode) {
      if (list.length < 2) continue;
      const tables = new Set(list.map((o) => o.table));
      if (tables.size < 2) continue;
      const primary = list.find((o) => o.table.kind === "summary") ?? list[0];
      for (const other of list) {
        if (other.table === primary.table) continue;
        // A costs table and an income table may number their lines alike: different figures.
        if (primary.table.side && other.table.side && primary.table.side !== other.table.side) continue;
        out.push(...compare(model, code, primary, other));
      }
    }
    out.push(...missing(model, byCode));
    return out;
  },
};

function compare(model: CheckModel, code: string, primary: Occurrence, other: Occurrence): Finding[] {
  const out: Finding[] = [];
  const rolesOf = (t: Table) => Object.keys(t.amounts) as AmountRole[];
  const shared = rolesOf(primary.table).filter((r) => rolesOf(other.table).includes(r));
  // Report at the summary (the figure compiled from the details), or at the later table.
  const [at, ref] = primary.table.kind === "summary" ? [primary, other] : [other, primary];
  for (const role of shared) {
    const a = euroCents(at, role);
    const b = euroCents(ref, role);
    if (a === null || b === null || a === b) continue;
    const unit = Math.max(at.table.amounts[role]!.unit, ref.table.amounts[role]!.unit);
    // A total may be the sum of its rounded lines rather than the rounded sum: (n+1)/2 units apart.
    const terms = Math.max(
      1,
      at.table.rows.children[at.index]?.length ?? 0,
      ref.table.rows.children[ref.index]?.length ?? 0,
    );
    const bound = roundingBound(terms, unit, model.settings);
    const diff = a - b;
    const col = at.table.amounts[role]!.col;
    const refCell = sheetCell(ref.table.sheet, ref.table.rows.row[ref.index], ref.table.amounts[role]!.col);
    // Compared in one sign; shown as the cells state them.
    const shown = (o: Occurrence) => centsAt(o.table, o.index, role)!;
    out.push(
      makeFinding(model, {
        rule: Math.abs(diff) <= bound ? "crosscheck.rounding" : "crosscheck.mismatch",
        table: at.table,
        row: at.table.rows.row[at.index],
        col,
        code,
        column: role,
        related: [refCell],
        expected: b,
        actual: a,
        params: {
          code,
          column: columnName(model, at.table, at.table.amounts[role]!),
          actual: money(model, at.table, shown(at)),
          expected: money(model, at.table, shown(ref)),
          difference: money(model, at.table, diff),
          other: refCell,
        },
      }),
    );
  }
  return out;
}

/** Cents, with variances turned to budget − actual so that tables of either sign compare. */
function euroCents(o: Occurrence, role: AmountRole): number | null {
  const c = centsAt(o.table, o.index, role);
  if (c === null) return null;
  return c * (role === "variance" ? o.table.varianceSign : 1);
}

/** A programme in the summary without a detail table, or a detail table the summary lacks. */
function missing(model: CheckModel, byCode: Map<string, Occurrence[]>): Finding[] {
  const summaries = model.tables.filter((t) => t.kind === "summary");
  const details = model.tables.filter((t) => t.kind === "detail");
  if (summaries.length === 0 || details.length === 0) return [];
  const rootsByTable = new Map(details.map((t) => [t, firstRowOfEachRoot(t)]));
  const detailRoots = new Set<string>();
  for (const roots of rootsByTable.values()) for (const root of roots.keys()) detailRoots.add(root);
  const summaryCodes = new Set<string>();
  const out: Finding[] = [];
  for (const t of summaries) {
    for (let i = 0; i < t.rows.length; i++) {
      const code = t.rows.code[i];
      if (t.rows.kind[i] !== "line" || code === null) continue;
      summaryCodes.add(code);
      if (!detailRoots.has(code)) {
        out.push(
          makeFinding(model, {
            rule: "crosscheck.missing",
            table: t,
            row: t.rows.row[i],
            col: t.labelCol,
            code,
            params: { code },
          }),
        );
      }
    }
  }
  for (const t of details) {
    for (const [root, firstOfRoot] of rootsByTable.get(t)!) {
      if (summaryCodes.has(root)) continue;
      const first = byCode.get(root)?.find((o) => o.table === t)?.index ?? firstOfRoot;
      out.push(
        makeFinding(model, {
          rule: "crosscheck.missing",
          messageKey: "crosscheck.missing-summary",
          table: t,
          row: t.rows.row[first],
          col: t.labelCol,
          code: root,
          params: { code: root },
        }),
      );
    }
  }
  return out;
}

/** Each root code of a table's rows with the index of the first row under it. Rows of one root mostly follow each other. */
function firstRowOfEachRoot(table: Table): Map<string, number> {
  const out = new Map<string, number>();
  let root = "";
  for (let i = 0; i < table.rows.length; i++) {
    const code = table.rows.code[i];
    // Still under the same root: no substring, no lookup.
    if (code === null || (root !== "" && (code === root || isDescendant(code, root)))) continue;
    root = rootCode(code);
    if (!out.has(root)) out.set(root, i);
  }
  return out;
}
