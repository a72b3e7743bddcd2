import { sheetCell } from "../address";
import { parseLabel } from "../detect/parseLabel";
import { fundOf } from "../detect/columnModel";
import { mixedRoundingBound } from "../model";
import type { CheckModel } from "../model";
import { fold } from "../text";
import type { AmountColumn, Finding, Table } from "../types";
import { columnName, makeFinding, money, type Rule } from "./ruleKit";

/** One figure two tables both state, as found by name. */
interface Pair {
  a: { table: Table; index: number; column: AmountColumn };
  b: { table: Table; index: number; column: AmountColumn };
  name: string;
  /** A summary line against the table that details it, rather than two rows of one name. */
  whole: boolean;
  /** The side the finding stands at: the summary's line (its figure is compiled from the detail), else the later table. */
  at: "a" | "b";
}

/** Compared figures needed before two tables are taken to state the same thing. */
const MIN_AGREEING = 2;

/**
 * The same figure in two tables, where no code links them: rows with the same name under the same
 * heading ("DOEL 1-4" under "Programma 1" on two sheets), or a summary line and the table that
 * details it ("Personnel" and the Total of "Personnel by department"), in columns that say the
 * same (role, year, kind, period). Checked only where most of the figures so matched agree: two
 * tables that merely share line names ("Personeel" in every programme) are not compared.
 */
export const crosscheckByName: Rule = {
  id: "crosscheck.name",
  check(model) {
    const out: Finding[] = [];
    const tables = model.tables.filter((t) => t.kind !== "explanation");
    const keys = new Map(tables.map((t) => [t, rowKeys(t)]));
    for (let x = 0; x < tables.length; x++) {
      for (let y = x + 1; y < tables.length; y++) {
        const pairs = matchRows(tables[x], tables[y], keys);
        out.push(
          ...summaryFindings(
            model,
            pairs.filter((p) => p.whole),
          ),
        );
        // Rows of one name under one heading are judged column by column: two columns headed alike may still say different things (a
        // variance against another base), and are then not compared at all.
        const byColumns = new Map<string, Pair[]>();
        for (const p of pairs) {
          if (p.whole) continue;
          const key = `${p.a.column.col}|${p.b.column.col}`;
          const list = byColumns.get(key) ?? [];
          list.push(p);
          byColumns.set(key, list);
        }
        for (const list of byColumns.values()) {
          const judged = list.map((p) => {
            const a = p.a.column.cents[p.a.index];
            const b = p.b.column.cents[p.b.index];
            const bound = mixedRoundingBound([unitOf(p.a), unitOf(p.b)], model.settings);
            return { p, a, b, agrees: Math.abs(a - b) <= bound };
          });
          const agreeing = judged.filter((j) => j.agrees).length;
          if (agreeing < MIN_AGREEING || agreeing < 0.6 * judged.length) continue;
          for (const { p, a, b, agrees } of judged) if (a !== b) out.push(finding(model, p, a, b, agrees));
        }
      }
    }
    return out;
  },
};

/**
 * A summary line against the table it details, row by row: named alike, and the same figure in
 * at least one column besides, they are one thing; the columns where they differ are errors.
 */
function summaryFindings(model: CheckModel, pairs: Pair[]): Finding[] {
  const out: Finding[] = [];
  const byRows = new Map<string, Pair[]>();
  for (const p of pairs) {
    const key = `${p.a.index}|${p.b.index}`;
    byRows.set(key, [...(byRows.get(key) ?? []), p]);
  }
  for (const list of byRows.values()) {
    const judged = list.map((p) => {
      const a = p.a.column.cents[p.a.index];
      const b = p.b.column.cents[p.b.index];
      const bound = mixedRoundingBound([unitOf(p.a), unitOf(p.b)], model.settings);
      return { p, a, b, agrees: Math.abs(a - b) <= bound };
    });
    if (!judged.some((j) => j.agrees && j.a !== 0)) continue;
    // A variance that differs only because the actual it is worked out from differs says nothing
    // more: the figure the row is built from is the one reported.
    const baseDiffers = judged.some((j) => !j.agrees && !derived(j.p.a.table, j.p.a.column));
    for (const { p, a, b, agrees } of judged) {
      if (a === b || (baseDiffers && !agrees && derived(p.a.table, p.a.column))) continue;
      out.push(finding(model, p, a, b, agrees));
    }
  }
  return out;
}

/** Whether a column is worked out from others of its row: the target of a relation its rows confirm. */
function derived(table: Table, column: AmountColumn): boolean {
  return table.relations.some((r) => r.confirmed && r.target === column.col);
}

/**
 * A finding at the summary line's cell (its figure is compiled from the detail), else at the later
 * table's (the earlier one is usually the figure it was copied from).
 */
function finding(model: CheckModel, p: Pair, a: number, b: number, rounding: boolean): Finding {
  const [here, there] = p.at === "a" ? [p.a, p.b] : [p.b, p.a];
  if (p.at === "a") [a, b] = [b, a];
  const { table, index, column } = here;
  const other = sheetCell(there.table.sheet, there.table.rows.row[there.index], there.column.col);
  return makeFinding(model, {
    rule: rounding ? "crosscheck.rounding" : "crosscheck.mismatch",
    messageKey: rounding ? "crosscheck.rounding.name" : "crosscheck.mismatch.name",
    table,
    row: table.rows.row[index],
    col: column.col,
    code: table.rows.code[index],
    column: column.role,
    related: [other],
    expected: a,
    actual: b,
    params: {
      name: p.name,
      column: columnName(model, table, column),
      actual: money(model, table, b),
      expected: money(model, table, a),
      difference: money(model, table, b - a),
      other,
    },
  });
}

function unitOf(side: Pair["a"]): number {
  return side.table.rows.kind[side.index] === "total" ? side.column.totalUnit : side.column.unit;
}

interface Keys {
  /** `heading|name` → row index, for names that stand once under their heading. */
  rows: Map<string, number>;
  /** Names of rows that stand once in the table (a summary's lines), → row index. */
  names: Map<string, number>;
  /** What the table as a whole is called (its title, its closing total's name) → that total's index. */
  whole: Map<string, number>;
  /** Its additive columns by what they describe (see `describe`). */
  columns: Map<string, AmountColumn | null>;
}

/** The names a table's rows go by, without a code (coded rows are matched by code). */
function rowKeys(table: Table): Keys {
  const rows = table.rows;
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  const names = new Map<string, number>();
  const nameCounts = new Map<string, number>();
  let heading = "";
  let closing = -1;
  for (let i = 0; i < rows.length; i++) {
    const kind = rows.kind[i];
    if (kind === "group") heading = fold(rows.label[i]);
    if (kind !== "line" && kind !== "total") continue;
    if (kind === "total") closing = i;
    if (rows.code[i] !== null || rows.label[i] === "") continue;
    const name = fold(rows.name[i] ?? rows.label[i]);
    const key = `${heading}|${name}${rows.rowKind[i] ? ` (${rows.rowKind[i]})` : ""}`;
    seen.set(key, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (kind === "line") {
      names.set(name, i);
      nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
    }
  }
  for (const [key, n] of counts) if (n > 1) seen.delete(key);
  for (const [name, n] of nameCounts) if (n > 1) names.delete(name);
  const whole = new Map<string, number>();
  if (closing >= 0) {
    const totalName = fold(parseLabel(rows.label[closing]).name);
    if (totalName.length >= 3) whole.set(totalName, closing);
    const title = fold(table.title ?? "");
    if (title.length >= 3) whole.set(title, closing);
  }
  return { rows: seen, names, whole, columns: columnKeys(table) };
}

/** Rows of two tables that go by the same name, in each pair of columns that say the same. */
function matchRows(a: Table, b: Table, keys: Map<Table, Keys>): Pair[] {
  const ka = keys.get(a)!;
  const kb = keys.get(b)!;
  if (
    ka.rows.size + ka.names.size + ka.whole.size === 0 ||
    kb.rows.size + kb.names.size + kb.whole.size === 0
  )
    return [];
  const columns = sameColumns(ka, kb);
  if (columns.length === 0) return [];
  const rowPairs: [number, number, string, boolean, "a" | "b"][] = [];
  for (const [key, i] of ka.rows) {
    const j = kb.rows.get(key);
    if (j !== undefined) rowPairs.push([i, j, key.slice(key.indexOf("|") + 1), false, "b"]);
  }
  // A summary line and the table that details it, either way round.
  for (const [name, i] of ka.names)
    for (const j of wholeMatches(kb, name)) rowPairs.push([i, j, name, true, "a"]);
  for (const [name, j] of kb.names)
    for (const i of wholeMatches(ka, name)) rowPairs.push([i, j, name, true, "b"]);
  const out: Pair[] = [];
  for (const [i, j, name, whole, at] of rowPairs)
    for (const [ca, cb] of columns) {
      if (Number.isNaN(ca.cents[i]) || Number.isNaN(cb.cents[j])) continue;
      out.push({
        a: { table: a, index: i, column: ca },
        b: { table: b, index: j, column: cb },
        name,
        whole,
        at,
      });
    }
  return out;
}

/** The closing total of a table whose title or total is named so ("Personnel" → "Personnel by department"). */
function wholeMatches(keys: Keys, name: string): number[] {
  if (name.length < 3) return [];
  const out = new Set<number>();
  for (const [whole, i] of keys.whole) if (whole === name || whole.startsWith(`${name} `)) out.add(i);
  return [...out];
}

/** A table's additive columns by what they describe; null where two describe the same. */
function columnKeys(t: Table): Map<string, AmountColumn | null> {
  const map = new Map<string, AmountColumn | null>();
  for (const c of t.amountColumns) {
    if (!c.additive) continue;
    const key = describe(c);
    map.set(key, map.has(key) ? null : c);
  }
  return map;
}

/** Pairs of amount columns, one of each table, that describe the same figures. */
function sameColumns(a: Keys, b: Keys): [AmountColumn, AmountColumn][] {
  const out: [AmountColumn, AmountColumn][] = [];
  const ka = a.columns;
  const kb = b.columns;
  for (const [key, ca] of ka) {
    const cb = kb.get(key);
    if (ca && cb) out.push([ca, cb]);
  }
  return out;
}

function describe(c: AmountColumn): string {
  const d = c.column;
  const header = c.role === "amount" || c.role === "variance" ? fold(d.header) : "";
  return [c.role, d.year ?? "", d.kind ?? "", d.period ?? "", fundOf(d), header].join("|");
}
