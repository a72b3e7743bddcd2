import { parseA1, toA1 } from "../address";
import { formulaIn } from "../formulaText";
import { msg } from "../messages/catalogue";
import { cellOf, rowAt } from "../model";
import type { Finding, Table } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

// Only formulas that do nothing but add cells: SUM/SOM/SUBTOTAL(9|109) over ranges, and `+`.
const ADDING_ONLY =
  /^=?\s*(?:(?:SUM|SOM|SUBTOTAL\(\s*(?:9|109)\s*,)\s*\(?[\s$A-Z0-9:,;+()]*|[\s$A-Z0-9:+()]+)$/i;
const REFERENCE = /(?<![A-Z0-9!'])(\$?[A-Z]{1,3}\$?\d{1,7})(?::(\$?[A-Z]{1,3}\$?\d{1,7}))?(?![A-Z0-9(])/gi;

/**
 * A total's SUM must take exactly the rows it totals: its direct rows, or all the lines beneath
 * it. A range that skips a row, or runs into the next block, is an error even when the figure
 * happens to match.
 */
export const sumRange: Rule = {
  id: "formula.sum-range",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      const view = model.views.get(table.sheet);
      for (const p of table.parents) {
        // A saldo subtracts its rows, which a SUM cannot: only adding totals are read here.
        if ((table.rows.minus[p]?.length ?? 0) > 0) continue;
        const children = table.rows.children[p]!;
        for (const column of table.amountColumns) {
          if (!column.additive) continue;
          const cell = cellOf(column, p);
          if (
            !cell.formula ||
            /!/.test(cell.formula) ||
            !ADDING_ONLY.test(cell.formula.replace(/^=/, "").replace(/\bSUBTOTAL\(\s*(9|109)\s*,/i, "SUM("))
          )
            continue;
          const referenced = referencedRows(cell.formula, cell.col);
          if (referenced === null) continue;
          // SUBTOTAL leaves out the SUBTOTALs inside its range: Data › Subtotal nests them so.
          const isSubtotal = /^=?\s*SUBTOTAL\s*\(/i.test(cell.formula);
          const counted = new Set(
            [...referenced].filter((r) => {
              const target = rowAt(table, r);
              if (
                isSubtotal &&
                /^=?\s*SUBTOTAL\s*\(/i.test(
                  (target >= 0 ? column.formulas.get(target) : undefined) ?? view?.formula(r, cell.col) ?? "",
                )
              )
                return false;
              // Empty cells and group headings in the range add nothing; anything else is counted.
              if (target >= 0)
                return (
                  column.states[target] !== "empty" &&
                  table.rows.kind[target] !== "blank" &&
                  table.rows.kind[target] !== "group"
                );
              return !!view && !view.isEmpty(r, cell.col) && (r < table.headerFirstRow || r > table.lastRow);
            }),
          );
          const direct = new Set(children.map((i) => table.rows.row[i]));
          const leaves = new Set(leafRows(table, p).map((i) => table.rows.row[i]));
          if (sameSet(counted, direct) || sameSet(counted, leaves)) continue;
          const expected = symmetricSize(counted, direct) <= symmetricSize(counted, leaves) ? direct : leaves;
          const missing = [...expected].filter((r) => !counted.has(r));
          const extra = [...counted].filter((r) => !expected.has(r));
          const problems: string[] = [];
          if (missing.length)
            problems.push(msg(model.lang, "formula.sum-range.misses", { rows: cells(missing, cell.col) }));
          if (extra.length)
            problems.push(msg(model.lang, "formula.sum-range.overshoots", { rows: cells(extra, cell.col) }));
          out.push(
            makeFinding(model, {
              rule: "formula.sum-range",
              table,
              row: table.rows.row[p],
              col: cell.col,
              code: table.rows.code[p],
              column: column.role,
              related: [...missing, ...extra].map((r) => `${table.sheet}!${toA1(r, cell.col)}`),
              params: {
                // Quoted as the user's Excel shows it: =SOM(E3:E7) in a Dutch message.
                formula: formulaIn(
                  cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`,
                  model.lang,
                ),
                problem: problems.join(model.lang === "nl" ? " en " : " and "),
              },
            }),
          );
        }
      }
    }
    return out;
  },
};

/** Rows a formula adds in the given column; null when it reaches into another column. */
export function referencedRows(formula: string, col: number): Set<number> | null {
  const rows = new Set<number>();
  const body = formula
    .replace(/^=/, "")
    .replace(/\b(SUM|SOM|SUBTOTAL)\s*\(/gi, "(")
    .replace(/\(\s*(9|109)\s*[,;]/g, "(");
  for (const m of body.matchAll(REFERENCE)) {
    const a = parseA1(m[1]);
    const b = m[2] ? parseA1(m[2]) : a;
    if (!a || !b || a.col !== col || b.col !== col) return null;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) rows.add(r);
  }
  return rows.size > 0 ? rows : null;
}

/** The indices of the lines beneath a row, through its parent lines and subtotals. */
function leafRows(table: Table, i: number): number[] {
  return (table.rows.children[i] ?? []).flatMap((j) =>
    (table.rows.children[j]?.length ?? 0) > 0 ? leafRows(table, j) : [j],
  );
}

function sameSet(a: Set<number>, b: Set<number>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function symmetricSize(a: Set<number>, b: Set<number>): number {
  return [...a].filter((x) => !b.has(x)).length + [...b].filter((x) => !a.has(x)).length;
}

function cells(rows: number[], col: number): string {
  return rows.map((r) => toA1(r, col)).join(", ");
}
