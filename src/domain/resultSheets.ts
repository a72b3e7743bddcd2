import { fitWidth, type WidthBounds } from "./fitWidth";
import type { Language } from "./format";
import { msg } from "./messages/catalogue";
import type { Settings } from "./settings";
import type { Finding, RowVariance } from "./types";
import type { VarianceAnalysis } from "./variances";
import type { PlanCell, PlanSheet } from "./writePlan";

/** Result sheet columns: from a code to a message. */
const SHEET_WIDTHS: WidthBounds = { min: 6, max: 80 };

export function findingsSheet(name: string, findings: Finding[], lang: Language, refill: boolean): PlanSheet {
  const header = [
    "severity",
    "rule",
    "sheet",
    "cell",
    "code",
    "expected",
    "actual",
    "difference",
    "message",
    "status",
  ].map((k): PlanCell => ({ value: msg(lang, `findings.${k}`), style: "header" }));
  const euro = (n: number | undefined): PlanCell =>
    n === undefined ? { value: null } : { value: n, style: "euro" };
  const rows = findings.map((f): PlanCell[] => [
    { value: msg(lang, `severity.${f.severity}`), style: f.accepted ? "accepted" : f.severity },
    { value: f.rule },
    { value: f.sheet },
    linkCell(f.sheet, f.cell),
    { value: f.code ?? null },
    euro(f.expected),
    euro(f.actual),
    euro(f.difference),
    { value: f.message },
    {
      value: f.accepted ? msg(lang, "accepted", { reason: f.accepted.reason }) : null,
      style: f.accepted ? "accepted" : undefined,
    },
  ]);
  const cells = rows.length > 0 ? [header, ...rows] : [header, [{ value: msg(lang, "findings.none") }]];
  return resultSheet(name, "findings", refill, cells);
}

export function variancesSheet(
  name: string,
  analysis: VarianceAnalysis,
  settings: Settings,
  refill: boolean,
): PlanSheet {
  const lang = settings.language;
  const keys = [
    "findings.sheet",
    "findings.cell",
    "findings.code",
    "variances.name",
    "variances.amended",
    "variances.actual",
    "variances.variance",
    "variances.pct",
    "variances.favourable",
    "variances.light",
    "variances.note",
    "variances.source",
  ];
  const header = keys.map((k): PlanCell => ({ value: msg(lang, k), style: "header" }));
  const rows = requiringNotes(analysis).map((v): PlanCell[] => [
    { value: v.sheet },
    linkCell(v.sheet, v.cell),
    { value: v.code },
    { value: v.name },
    { value: v.amended, style: "euro" },
    { value: v.actual, style: "euro" },
    { value: v.variance, style: "euro" },
    v.variancePct === null ? { value: null } : { value: v.variancePct, style: "percent" },
    { value: msg(lang, v.favourable ? "favourable.yes" : "favourable.no") },
    { value: msg(lang, `light.${v.light}`), style: v.light },
    { value: v.note?.text ?? null, style: v.note?.source === "draft" ? "draft" : undefined },
    { value: v.note ? msg(lang, `variances.source.${v.note.source}`) : null },
  ]);
  const threshold = { threshold: settings.noteThreshold };
  const cells =
    rows.length > 0 ? [header, ...rows] : [header, [{ value: msg(lang, "variances.none", threshold) }]];
  return resultSheet(name, "variances", refill, cells);
}

/**
 * A result sheet with its header row frozen and each column as wide as its longest text (up to
 * 80), or as the longest of its first `widthRows` rows: notes under a table need not widen it.
 */
export function resultSheet(
  name: string,
  role: PlanSheet["role"],
  refill: boolean,
  cells: PlanCell[][],
  widthRows = cells.length,
): PlanSheet {
  const measured = cells.slice(0, widthRows);
  const width = Math.max(...cells.map((r) => r.length));
  const columnWidths = Array.from({ length: width }, (_, j) => fitWidth(measured, j, SHEET_WIDTHS));
  return { name, role, refill, columnWidths, frozenRows: 1, cells };
}

/** A cell that shows an address and links to that cell of the workbook. */
export function linkCell(sheet: string, cell: string): PlanCell {
  return { value: cell, link: { sheet, cell }, style: "link" };
}

/** The records of the variances that need a note, in table and row order. */
function requiringNotes(analysis: VarianceAnalysis): RowVariance[] {
  const out: RowVariance[] = [];
  for (const tv of analysis.tables)
    for (let i = 0; i < tv.noteRequired.length; i++)
      if (tv.noteRequired[i] === 1) out.push(analysis.recordAt(tv, i)!);
  return out;
}
