import { sheetCell } from "../address";
import { formatMoney, formatPercent } from "../format";
import type { CheckModel } from "../model";
import type { PlannedOutput } from "../outputs/outputTypes";
import type { Currency, Finding, RowVariance } from "../types";
import { isIncomeRow } from "../variances";
import { msg } from "../messages/catalogue";
import { shortOutput } from "./outputNoteMissing";
import { makeFinding, type Rule } from "./ruleKit";

/**
 * A Geld light that contradicts the figures of its beleidsopgave: green while the line is
 * overspent beyond the orange margin (its traffic light by the figures is red), or red while it
 * is within budget (green by the figures). Only where the figures of the line are known and every
 * table that holds them agrees.
 */
export const outputMoneyLight: Rule = {
  id: "output.money-light",
  check(model) {
    const out: Finding[] = [];
    const byCode = new Map<string, LineFigures | null>();
    for (const output of model.annual.outputs.outputs) {
      const light = output.geld.light;
      if ((light !== "green" && light !== "red") || output.code === null) continue;
      if (!byCode.has(output.code)) byCode.set(output.code, lineFigures(model, output.code));
      const line = byCode.get(output.code);
      if (!line) continue;
      const contradicts =
        (light === "green" && line.record.light === "red") ||
        (light === "red" && line.record.light === "green");
      if (contradicts) out.push(finding(model, output, light, line));
    }
    return out;
  },
};

interface LineFigures {
  record: RowVariance;
  /** `Sheet!A1` of the line's actual. */
  actualCell: string;
  currency: Currency | null;
}

/** The lasten figures of a beleidsopgave: its row's variance record, where all its rows agree on its light. */
function lineFigures(model: CheckModel, code: string): LineFigures | null {
  let found: LineFigures | null = null;
  for (const { table, index } of model.codes.occurrences(code)) {
    const tv = model.analysis.of(table);
    if (!tv || tv.present[index] === 0 || isIncomeRow(table, index)) continue;
    const kind = table.rows.rowKind[index];
    if (kind === "baten" || kind === "saldo") continue;
    const record = model.analysis.recordAt(tv, index)!;
    if (found && found.record.light !== record.light) return null;
    found ??= {
      record,
      actualCell: sheetCell(table.sheet, table.rows.row[index], table.amounts.actual!.col),
      currency: table.currency,
    };
  }
  return found;
}

function finding(
  model: CheckModel,
  output: PlannedOutput,
  light: "green" | "red",
  line: LineFigures,
): Finding {
  const { record } = line;
  const cents = (euros: number) => Math.round(euros * 100);
  const amended = cents(record.amended);
  const actual = cents(record.actual);
  const amount = (c: number) => formatMoney(c, line.currency, model.lang);
  return makeFinding(model, {
    rule: "output.money-light",
    messageKey: `output.money-light.${light}`,
    table: { sheet: output.sheet, rowName: shortOutput(output), columnName: msg(model.lang, "output.geld") },
    row: output.geld.row,
    col: output.geld.col,
    code: output.code,
    related: [line.actualCell],
    expected: amended,
    actual,
    params: {
      code: output.code ?? "",
      name: record.name,
      overspend: amount(actual - amended),
      pct: formatPercent(amended === 0 ? 0 : (actual - amended) / Math.abs(amended), model.lang),
      amended: amount(amended),
      actual: amount(actual),
    },
  });
}
