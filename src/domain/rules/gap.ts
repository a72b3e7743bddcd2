import { parentCode } from "../detect/parseLabel";
import type { Finding, TableRow } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/**
 * Numbering that skips a number among siblings (`1.1.1`, `1.1.2`, `1.1.4`). Where the workbook has a
 * reference structure, a skipped code it lists is reported once, as structure.missing, instead.
 */
export const gap: Rule = {
  id: "structure.gap",
  check(model) {
    const out: Finding[] = [];
    const reference = new Set((model.structure ?? []).map((e) => e.code));
    for (const table of model.tables) {
      const lastChild = new Map<string, TableRow>();
      for (const row of table.rows) {
        if (row.code === null || row.codeInferred || row.kind === "blank" || row.kind === "total") continue;
        const parent = parentCode(row.code) ?? "";
        const number = lastNumber(row.code);
        const previous = lastChild.get(parent);
        lastChild.set(parent, row);
        if (!previous) continue;
        const prevNumber = lastNumber(previous.code!);
        if (number <= prevNumber + 1) continue;
        const prefix = parent === "" ? "" : `${parent}.`;
        const skipped: string[] = [];
        for (let n = prevNumber + 1; n < number; n++) skipped.push(`${prefix}${n}`);
        if (skipped.every((c) => reference.has(c))) continue;
        out.push(
          makeFinding(model, {
            rule: "structure.gap",
            table,
            row: row.row,
            col: row.labelCol,
            code: row.code,
            params: { code: row.code, previous: previous.code!, missing: skipped.join(", ") },
          }),
        );
      }
    }
    return out;
  },
};

function lastNumber(code: string): number {
  return Number(code.slice(code.lastIndexOf(".") + 1));
}
