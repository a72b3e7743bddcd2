import { columnLetters, sheetCell } from "../address";
import { inScope, relationDifference } from "../detect/findRelations";
import { formatPercent } from "../format";
import { msg } from "../messages/catalogue";
import type { CheckModel } from "../model";
import type { AmountColumn, ColumnRelation, Finding, RuleId, Table } from "../types";
import { makeFinding, money } from "./ruleKit";

/**
 * The findings of the confirmed relations of one meaning: every row that breaks one is an error,
 * a difference rounding explains is info. A total may also carry the rounding its rows already
 * had (reported there), as it does when it is their SUM.
 */
export function relationFindings(
  model: CheckModel,
  meanings: readonly ColumnRelation["meaning"][],
  rules: { mismatch: RuleId; rounding: RuleId },
): Finding[] {
  const out: Finding[] = [];
  for (const table of model.tables) {
    const byCol = new Map(table.amountColumns.map((c) => [c.col, c]));
    for (const relation of table.relations) {
      if (!relation.confirmed || !meanings.includes(relation.meaning)) continue;
      const target = byCol.get(relation.target)!;
      const terms = relation.terms.map((t) => ({ column: byCol.get(t.col)!, sign: t.sign }));
      out.push(...checkRelation(model, table, relation, target, terms, rules));
    }
  }
  return out;
}

function checkRelation(
  model: CheckModel,
  table: Table,
  relation: ColumnRelation,
  target: AmountColumn,
  terms: { column: AmountColumn; sign: 1 | -1 }[],
  rules: { mismatch: RuleId; rounding: RuleId },
): Finding[] {
  const out: Finding[] = [];
  const rows = table.rows;
  // Stated − computed per row index; NaN where the relation does not apply or a figure is missing.
  const diffs = new Float64Array(rows.length).fill(NaN);
  const bounds = new Float64Array(rows.length);
  const expected = new Float64Array(rows.length);
  const percentUnit = new Float64Array(rows.length).fill(1);
  const d = { difference: 0, bound: 0, expected: 0, percentUnit: 1 };
  for (let i = 0; i < rows.length; i++) {
    const kind = rows.kind[i];
    if (!inScope(rows, i, relation.rowKind)) continue;
    if (!relationDifference(relation.meaning, target, terms, i, kind === "total", d)) continue;
    diffs[i] = d.difference;
    bounds[i] = d.bound;
    expected[i] = d.expected;
    percentUnit[i] = d.percentUnit;
  }
  const formula = formulaText(model, table, relation, target, terms);
  const isPercent = relation.meaning === "percent";
  for (let i = 0; i < rows.length; i++) {
    const diff = diffs[i];
    if (diff === 0 || Number.isNaN(diff)) continue;
    // A total carries the differences of the rows it adds up: their rounding, which makes its own
    // difference rounding too; or their error, reported at those rows, which makes this one a
    // consequence and no finding of its own.
    let inherited = 0;
    let inheritsError = false;
    if (!isPercent)
      for (const j of [...(rows.children[i] ?? []), ...(rows.minus[i] ?? [])]) {
        if (Number.isNaN(diffs[j])) continue;
        inherited += Math.abs(diffs[j]);
        if (Math.abs(diffs[j]) > bounds[j]) inheritsError = true;
      }
    const withinOwn = Math.abs(diff) <= bounds[i];
    const explained = Math.abs(diff) <= bounds[i] + inherited;
    if (explained && inheritsError && !withinOwn) continue;
    const rounding = explained;
    // A percentage is shown rounded, and said to be off only where it is wrong.
    if (rounding && isPercent) continue;
    const stated = target.cents[i];
    const show = (cents: number) =>
      isPercent
        ? formatPercent(cents / (100 * target.scale) / percentUnit[i], model.lang)
        : money(model, table, cents);
    out.push(
      makeFinding(model, {
        rule: rounding ? rules.rounding : rules.mismatch,
        messageKey: `${rounding ? rules.rounding : rules.mismatch}${isPercent ? ".percent" : ""}`,
        table,
        row: rows.row[i],
        col: target.col,
        column: target.role,
        code: rows.code[i],
        params: {
          formula,
          expected: show(expected[i]),
          actual: show(stated),
          difference: isPercent
            ? formatPercent(diff / percentUnit[i], model.lang)
            : money(model, table, diff),
          what: msg(model.lang, `relation.${relation.meaning}`),
        },
        ...(isPercent ? {} : { expected: expected[i], actual: stated }),
        related: terms.map((t) => sheetCell(table.sheet, rows.row[i], t.column.col)),
      }),
    );
  }
  return out;
}

/**
 * The relation as a user reads it. The seed's variance keeps its words ("begroting na wijziging −
 * rekening"); others name their columns by header and letter ("Begroting 2017 (E) − Begroting na
 * wijziging 2016 (B)").
 */
function formulaText(
  model: CheckModel,
  table: Table,
  relation: ColumnRelation,
  target: AmountColumn,
  terms: { column: AmountColumn; sign: 1 | -1 }[],
): string {
  const primary = table.amounts;
  if (
    relation.meaning === "variance" &&
    target === primary.variance &&
    terms.length === 2 &&
    terms.every((t) => t.column === primary.amended || t.column === primary.actual) &&
    table.amountColumns.filter((c) => c.role === "amended").length <= 1
  ) {
    const budgetFirst = terms[0].column === primary.amended;
    return msg(model.lang, budgetFirst ? "formula.variance" : "formula.variance-reversed");
  }
  const name = (c: AmountColumn) => `${c.column.header || columnLetters(c.col)} (${columnLetters(c.col)})`;
  if (relation.meaning === "percent") return `${name(terms[0].column)} / ${name(terms[1].column)}`;
  return terms
    .map((t, k) => `${k === 0 ? (t.sign < 0 ? "−" : "") : t.sign < 0 ? " − " : " + "}${name(t.column)}`)
    .join("");
}
