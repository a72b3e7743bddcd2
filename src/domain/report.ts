import type { CheckResult } from "./check";
import { columnLetters } from "./address";
import { amountRowCount } from "./model";

/** The JSON report of DESIGN.md (`--json`): version 1, stable field names. */
export interface Report {
  version: 1;
  workbook: string;
  tables: {
    id: string;
    sheet: string;
    range: string;
    kind: string;
    scale: number;
    columns: { column: string; role: string; header: string }[];
    rows: number;
  }[];
  findings: CheckResult["findings"];
  summary: { errors: number; warnings: number; infos: number; accepted: number };
  variances: CheckResult["variances"];
}

export function toReport(result: CheckResult, workbook: string): Report {
  return {
    version: 1,
    workbook,
    tables: result.tables.map((t) => ({
      id: t.id,
      sheet: t.sheet,
      range: t.range,
      kind: t.kind,
      scale: t.scale,
      columns: t.columns.map((c) => ({ column: columnLetters(c.col), role: c.role, header: c.header })),
      rows: amountRowCount(t),
    })),
    findings: result.findings,
    summary: result.summary,
    variances: result.variances,
  };
}
