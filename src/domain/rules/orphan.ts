import { codeDepth, isChildOf, parentCode } from "../detect/parseLabel";
import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/** A line whose parent is absent from a table that otherwise shows that level (`1.3.1` without `1.3`). */
export const orphan: Rule = {
  id: "structure.orphan",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      if (table.repeatingCodes) continue;
      const depths = new Set<number>();
      const rows = table.rows;
      for (let i = 0; i < rows.length; i++) {
        const code = rows.code[i];
        if (code !== null && rows.kind[i] !== "blank" && rows.kind[i] !== "total")
          depths.add(codeDepth(code));
      }
      // Siblings follow each other: their shared parent is looked up once.
      let parent: string | null = null;
      let parentMissing = false;
      for (let i = 0; i < rows.length; i++) {
        const code = rows.code[i];
        if (code === null || rows.kind[i] === "blank" || rows.kind[i] === "total") continue;
        if (parent === null || !isChildOf(code, parent)) {
          parent = parentCode(code);
          parentMissing =
            parent !== null && depths.has(codeDepth(parent)) && !model.codes.inTable(parent, table);
        }
        if (!parentMissing) continue;
        out.push(
          makeFinding(model, {
            rule: "structure.orphan",
            table,
            row: rows.row[i],
            col: table.labelCol,
            code,
            params: { code, parent: parent! },
          }),
        );
      }
    }
    return out;
  },
};
