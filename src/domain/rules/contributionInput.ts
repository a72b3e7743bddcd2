import { parseA1 } from "../address";
import { missingProvinces, type ProvinceTable } from "../contribution/readProvinceTable";
import type { CheckModel } from "../model";
import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/** Keys rounded to two decimals of a percent may miss 100% by a little; more is a wrong key. */
const PERCENT_SLACK = 0.05;

/**
 * The province table as input for Bijlage 1: all twelve provinces, each once, a key that adds up
 * to 100%, and a result (and budget total) to share out. Each gap stops or weakens the calculation.
 */
export const contributionInput: Rule = {
  id: "contribution.input",
  check(model) {
    const part = model.annual.contribution;
    if (!part) return [];
    const { table } = part;
    const out: Finding[] = [];
    const first = table.rows[0];
    const at = (cell: string, messageKey: string, params = {}) => {
      const p = parseA1(cell)!;
      const place = { sheet: table.sheet, rowName: rowNameAt(table, p.row) };
      out.push(
        makeFinding(model, {
          rule: "contribution.input",
          messageKey,
          table: place,
          row: p.row,
          col: p.col,
          params,
        }),
      );
    };
    const missing = missingProvinces(table);
    if (missing.length > 0 && first)
      at(first.cell, "contribution.input.missing", { count: table.rows.length, missing: missing.join(", ") });
    for (const d of table.duplicates) at(d.cell, "contribution.input.duplicate", { province: d.province });
    const keySum = keyProblem(model, table);
    if (keySum) at(keySum.cell, "contribution.input.key-sum", { sum: keySum.sum });
    if (part.problem && first) at(first.cell, `contribution.input.${part.problem}`);
    return out;
  },
};

/** The province (or Totaal) a row of the table names. */
function rowNameAt(table: ProvinceTable, row: number): string | undefined {
  if (table.total?.row === row) return undefined;
  return table.rows.find((r) => r.row === row)?.province;
}

/** A key that does not add up to 100% (or 1): its sum as a percentage, at the key's total or first cell. */
function keyProblem(model: CheckModel, table: ProvinceTable): { cell: string; sum: string } | null {
  if (table.keyKind === "amounts") return null;
  const keys = table.rows.map((r) => r.figures.key?.value ?? null);
  if (keys.some((k) => k === null)) return null;
  const percent = keys.reduce<number>((a, k) => a + k!, 0) * (table.keyKind === "fraction" ? 100 : 1);
  if (Math.abs(percent - 100) <= PERCENT_SLACK) return null;
  const cell = table.total?.figures.key?.cell ?? table.rows[0].figures.key!.cell;
  const sum = `${(Math.round(percent * 100) / 100).toString().replace(".", model.lang === "nl" ? "," : ".")}%`;
  return { cell, sum };
}
