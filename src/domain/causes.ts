import type { Finding, RuleId } from "./types";

/** Findings that say a figure in their own cell is wrong: a total that disagrees, or its SUM. */
const TOTAL_RULES: ReadonlySet<RuleId> = new Set(["formula.sum-range", "total.mismatch"]);
/** Findings of a row's own figures against each other: they point at the row a typo is in. */
const ROW_RULES: ReadonlySet<RuleId> = new Set(["variance.mismatch", "relation.mismatch"]);

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;
const where = (f: Finding) => key(f.sheet, f.cell);
/** A related cell as `Sheet!A1`, its sheet unquoted. */
const relatedKeys = (f: Finding) =>
  (f.related ?? []).map((r) => r.replace(/^'(.*)'!/, (_, s: string) => `${s.replace(/''/g, "'")}!`));

/**
 * Links each error that follows from another to its root, so that one mistake reads as one
 * mistake with its consequences under it (`causedBy`):
 * - a total whose SUM skips a row is wrong because of the SUM;
 * - a variance, saldo or cross-check that reads a wrong total is wrong because of that total;
 * - a total over a line whose own figures disagree (a typo) is wrong because of that line, and a
 *   total over a wrong subtotal because of the subtotal;
 * - of two relations of one row broken by the same figure, the second follows the first.
 * Every link names the root itself, not a finding in between. Accepted findings link to nothing
 * and nothing links to them. Findings are changed in place.
 */
export function linkCauses(findings: Finding[]): void {
  // Open errors only: a root the user accepted leaves its consequences open, each a mistake to
  // count and show on its own, not hidden under a finding the verdict no longer counts.
  const errors = findings.filter((f) => f.severity === "error" && !f.accepted);
  const byCell = new Map<string, Finding[]>();
  for (const f of errors) byCell.set(where(f), [...(byCell.get(where(f)) ?? []), f]);
  // Which row finding reads a cell: the line a typo is in.
  const rowFindingOf = new Map<string, Finding>();
  for (const f of errors) {
    if (!ROW_RULES.has(f.rule)) continue;
    for (const r of relatedKeys(f)) if (!rowFindingOf.has(r)) rowFindingOf.set(r, f);
  }
  const cause = new Map<Finding, Finding>();
  const totalAt = (cell: string, not: Finding) =>
    (byCell.get(cell) ?? []).find((g) => g !== not && TOTAL_RULES.has(g.rule)) ??
    (byCell.get(cell) ?? []).find((g) => g !== not && g.rule === "formula.sum-range");
  for (const f of errors) {
    let root: Finding | undefined;
    if (f.rule === "total.mismatch") {
      root = (byCell.get(where(f)) ?? []).find((g) => g.rule === "formula.sum-range");
      for (const r of relatedKeys(f)) {
        if (root) break;
        root = totalAt(r, f) ?? (byCell.get(r) ?? []).find((g) => g !== f) ?? rowFindingOf.get(r);
      }
    } else if (ROW_RULES.has(f.rule) || f.rule.startsWith("crosscheck.")) {
      for (const r of [...relatedKeys(f), ...(f.rule.startsWith("crosscheck.") ? [where(f)] : [])]) {
        root = totalAt(r, f);
        if (root) break;
      }
      // Two relations of one row that read the same wrong figure: the second follows the first.
      if (!root && ROW_RULES.has(f.rule))
        for (const r of relatedKeys(f)) {
          const first = rowFindingOf.get(r);
          if (first && first !== f) {
            root = first;
            break;
          }
        }
    }
    if (root && root !== f) cause.set(f, root);
  }
  for (const [f, direct] of cause) {
    // Up to the root, never round in a circle.
    let root = direct;
    const seen = new Set<Finding>([f]);
    while (cause.has(root) && !seen.has(cause.get(root)!)) {
      seen.add(root);
      root = cause.get(root)!;
    }
    if (root === f) continue;
    f.causedBy = { rule: root.rule, sheet: root.sheet, cell: root.cell };
  }
}

/** A root finding with the findings that follow from it, in the order the list gives them. */
export interface CauseGroup {
  root: Finding;
  consequences: Finding[];
}

/**
 * Findings grouped by cause: each root once, in the order the list gives the roots, its
 * consequences under it. A consequence whose root is not in the list stands as a root of its own.
 */
export function groupByCause(findings: readonly Finding[]): CauseGroup[] {
  const id = (rule: string, sheet: string, cell: string) => `${rule}|${key(sheet, cell)}`;
  const roots = new Map<string, CauseGroup>();
  for (const f of findings)
    if (!f.causedBy && !roots.has(id(f.rule, f.sheet, f.cell)))
      roots.set(id(f.rule, f.sheet, f.cell), { root: f, consequences: [] });
  const out: CauseGroup[] = [];
  for (const f of findings) {
    const root = f.causedBy && roots.get(id(f.causedBy.rule, f.causedBy.sheet, f.causedBy.cell));
    if (root) root.consequences.push(f);
    else {
      const own = f.causedBy ? undefined : roots.get(id(f.rule, f.sheet, f.cell));
      out.push(own && own.root === f ? own : { root: f, consequences: [] });
    }
  }
  return out;
}
