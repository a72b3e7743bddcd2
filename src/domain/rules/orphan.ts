import { codeDepth, parentCode } from "../detect/parseLabel";
import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/** A line whose parent is absent from a table that otherwise shows that level (`1.3.1` without `1.3`). */
export const orphan: Rule = {
  id: "structure.orphan",
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      const rows = table.rows.filter((r) => r.code !== null && r.kind !== "blank");
      const codes = new Set(rows.map((r) => r.code!));
      const depths = new Set(rows.filter((r) => r.kind !== "total").map((r) => codeDepth(r.code!)));
      for (const row of rows) {
        if (row.kind === "total") continue;
        const parent = parentCode(row.code!);
        if (parent === null || codes.has(parent) || !depths.has(codeDepth(parent))) continue;
        out.push(
          makeFinding(model, {
            rule: "structure.orphan",
            table,
            row: row.row,
            col: row.labelCol,
            code: row.code,
            params: { code: row.code!, parent },
          }),
        );
      }
    }
    return out;
  },
};
