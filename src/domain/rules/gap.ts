import { isChildOf, parentCode } from "../detect/parseLabel";
import type { Finding } from "../types";
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
      if (table.repeatingCodes) continue;
      // The last row under each parent. Siblings mostly follow each other, so the current parent's
      // last row is kept at hand and the map is only visited when the parent changes.
      // Codes rather than rows: a sibling's code is all the rule needs of it.
      const lastChild = new Map<string, string>();
      let parent: string | null = null;
      let previous: string | undefined;
      // The last number of `previous`, carried along so that each code is read once.
      let previousNumber = 0;
      const rows = table.rows;
      for (let i = 0; i < rows.length; i++) {
        const code = rows.code[i];
        const kind = rows.kind[i];
        if (code === null || rows.codeInferred.has(i) || kind === "blank" || kind === "total") continue;
        if (parent === null || !isChildOf(code, parent)) {
          if (parent !== null && previous !== undefined) lastChild.set(parent, previous);
          parent = parentCode(code) ?? "";
          previous = lastChild.get(parent);
          if (previous !== undefined) previousNumber = lastNumber(previous);
        }
        const before = previous;
        const prevNumber = previousNumber;
        const number = lastNumber(code);
        previous = code;
        previousNumber = number;
        if (before === undefined) continue;
        if (number <= prevNumber + 1) continue;
        const prefix = parent === "" ? "" : `${parent}.`;
        const skipped: string[] = [];
        for (let n = prevNumber + 1; n < number; n++) skipped.push(`${prefix}${n}`);
        if (skipped.every((c) => reference.has(c))) continue;
        out.push(
          makeFinding(model, {
            rule: "structure.gap",
            table,
            row: rows.row[i],
            col: table.labelCol,
            code,
            params: { code, previous: before, missing: skipped.join(", ") },
          }),
        );
      }
    }
    return out;
  },
};

/** The number of the last level: 12 for `1.3.12`, read without cutting the string. */
function lastNumber(code: string): number {
  let n = 0;
  for (let i = code.lastIndexOf(".") + 1; i < code.length; i++) n = n * 10 + (code.charCodeAt(i) - 48);
  return n;
}
