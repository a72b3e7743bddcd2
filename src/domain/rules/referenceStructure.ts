import { codeDepth, parentCode, rootCode } from "../detect/parseLabel";
import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/**
 * Every table against the programme structure the workbook states: codes it does not know, and
 * codes it lists that a table covering that programme and level leaves out. Explanation tables
 * name only the programmes they explain, so only unknown codes count there.
 */
export const referenceStructure: Rule = {
  id: "structure.reference",
  check(model) {
    if (!model.structure || model.structure.length === 0) return [];
    const known = new Map(model.structure.map((e) => [e.code, e]));
    const out: Finding[] = [];
    for (const table of model.tables) {
      if (table.repeatingCodes) continue;
      // The coded rows, by index, and the first row of each code.
      const coded: number[] = [];
      const present = new Map<string, number>();
      for (let i = 0; i < table.rows.length; i++) {
        const code = table.rows.code[i];
        if (code === null || table.rows.kind[i] === "blank") continue;
        coded.push(i);
        if (!present.has(code)) present.set(code, i);
        if (table.rows.codeInferred.has(i) || known.has(code)) continue;
        out.push(
          makeFinding(model, {
            rule: "structure.unknown",
            table,
            row: table.rows.row[i],
            col: table.labelCol,
            code,
            params: { code },
          }),
        );
      }
      if (table.kind === "explanation" || coded.length === 0) continue;
      const codeOf = (i: number) => table.rows.code[i]!;
      // A summary lists every programme; a detail table covers the programmes it names.
      const roots = new Set(
        table.kind === "summary"
          ? model.structure.map((e) => rootCode(e.code))
          : coded.map((i) => rootCode(codeOf(i))),
      );
      const depths = coded.map((i) => codeDepth(codeOf(i)));
      const minDepth = Math.min(...depths);
      const maxDepth = Math.max(...depths);
      for (const entry of model.structure) {
        const depth = codeDepth(entry.code);
        if (
          present.has(entry.code) ||
          !roots.has(rootCode(entry.code)) ||
          depth < minDepth ||
          depth > maxDepth
        )
          continue;
        const anchor = nearestAncestor(entry.code, present) ?? coded[0];
        out.push(
          makeFinding(model, {
            rule: "structure.missing",
            table,
            row: table.rows.row[anchor],
            col: table.labelCol,
            code: entry.code,
            related: [`${entry.sheet}!${entry.cell}`],
            params: { code: entry.code, name: entry.name },
          }),
        );
      }
    }
    return out;
  },
};

/** The index of the row of the code's nearest ancestor in the table; undefined when none is there. */
function nearestAncestor(code: string, present: Map<string, number>): number | undefined {
  for (let p = parentCode(code); p !== null; p = parentCode(p)) {
    const row = present.get(p);
    if (row !== undefined) return row;
  }
  return undefined;
}
