import { msg } from "../messages/catalogue";
import { nameOf } from "../model";
import { sameName } from "../names";
import type { Occurrence } from "../codeIndex";
import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/**
 * One code, one name. The reference structure's name wins where the workbook has one; otherwise
 * the name most tables use. Abbreviations and acronyms of the same name are not differences.
 */
export const nameMismatch: Rule = {
  id: "structure.name-mismatch",
  check(model) {
    const reference = new Map((model.structure ?? []).map((e) => [e.code, e.name]));
    const named = (o: Occurrence) => !o.table.rows.codeInferred.has(o.index) && nameAt(o) !== "";
    // A code named once, with no reference to compare with, cannot differ: only codes that stand
    // more than once, or that the reference names, are looked at.
    const uses = new Map<string, Occurrence[]>();
    for (const [code, all] of model.codes.repeated) {
      const list = all.filter(named);
      if (list.length > 0) uses.set(code, list);
    }
    for (const code of reference.keys()) {
      if (uses.has(code)) continue;
      const list = model.codes.occurrences(code).filter(named);
      if (list.length > 0) uses.set(code, list);
    }
    const out: Finding[] = [];
    for (const [code, list] of uses) {
      const refName = reference.get(code);
      // A code used once, with no reference to compare with, has nothing to differ from.
      if (list.length === 1 && refName === undefined) continue;
      const canonical = refName ?? mostUsedName(list);
      for (const use of list) {
        const name = nameAt(use);
        if (sameName(name, canonical)) continue;
        const elsewhere = model.structure?.find((e) => e.code !== code && sameName(e.name, name));
        const hint = elsewhere ? msg(model.lang, "structure.name-belongs-to", { code: elsewhere.code }) : "";
        out.push(
          makeFinding(model, {
            rule: "structure.name-mismatch",
            messageKey:
              refName !== undefined ? "structure.name-mismatch-reference" : "structure.name-mismatch",
            table: use.table,
            row: use.table.rows.row[use.index],
            col: use.table.labelCol,
            code,
            params: { code, name, canonical, hint },
          }),
        );
      }
    }
    return out;
  },
};

/** The name used most often (names that are the same count together); the first one on a tie. */
function mostUsedName(list: Occurrence[]): string {
  const groups: { name: string; count: number }[] = [];
  for (const use of list) {
    const name = nameAt(use);
    const g = groups.find((x) => sameName(x.name, name));
    if (g) g.count++;
    else groups.push({ name, count: 1 });
  }
  return groups.reduce((best, g) => (g.count > best.count ? g : best)).name;
}

function nameAt(o: Occurrence): string {
  return nameOf(o.table, o.index);
}
