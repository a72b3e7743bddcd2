import { codeDepth, parentCode, rootCode } from "../detect/parseLabel";
import type { Finding, TableRow } from "../types";
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
      const rows = table.rows.filter((r) => r.code !== null && r.kind !== "blank");
      const present = new Map<string, TableRow>();
      for (const row of rows) {
        if (!present.has(row.code!)) present.set(row.code!, row);
        if (row.codeInferred || known.has(row.code!)) continue;
        out.push(
          makeFinding(model, {
            rule: "structure.unknown",
            table,
            row: row.row,
            col: row.labelCol,
            code: row.code,
            params: { code: row.code! },
          }),
        );
      }
      if (table.kind === "explanation" || rows.length === 0) continue;
      // A summary lists every programme; a detail table covers the programmes it names.
      const roots = new Set(
        table.kind === "summary"
          ? model.structure.map((e) => rootCode(e.code))
          : rows.map((r) => rootCode(r.code!)),
      );
      const depths = rows.map((r) => codeDepth(r.code!));
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
        const anchor = nearestAncestor(entry.code, present) ?? rows[0];
        out.push(
          makeFinding(model, {
            rule: "structure.missing",
            table,
            row: anchor.row,
            col: anchor.labelCol,
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

function nearestAncestor(code: string, present: Map<string, TableRow>): TableRow | undefined {
  for (let p = parentCode(code); p !== null; p = parentCode(p)) {
    const row = present.get(p);
    if (row) return row;
  }
  return undefined;
}
