import type { Contribution } from "../contribution/computeContribution";
import { formatMoney, type Language } from "../format";
import { msg } from "../messages/catalogue";
import { money, text, type SheetCell } from "./sheetCell";

/**
 * Bijlage 1, the sheet `Bijdrage per provincie`: the header (row 1), one row per province (rows
 * 2–13 for the twelve), the total (row 14), and under an empty row where the figures come from.
 */
export function contributionSheetCells(c: Contribution, lang: Language): SheetCell[][] {
  const header = ["province", "key", "budget", "refund", "accounts"].map((k): SheetCell => ({
    value: msg(lang, `sheet.contribution.${k}`),
    style: "header",
  }));
  const rows = c.rows.map((r): SheetCell[] => [
    text(r.province),
    { value: roundShare(r.share), style: "share" },
    money(r.budget, c.currency),
    money(r.refund, c.currency),
    money(r.accounts, c.currency),
  ]);
  const total: SheetCell[] = [
    { value: msg(lang, "contribution.total"), style: "header" },
    { value: 1, style: "share" },
    money(c.total.budget, c.currency),
    money(c.total.refund, c.currency),
    money(c.total.accounts, c.currency),
  ];
  const amount = (cents: number) => formatMoney(cents, c.currency, lang);
  const where = (s: { sheet: string | null; cell: string | null }) =>
    s.sheet && s.cell ? `${s.sheet}!${s.cell}` : msg(lang, "sheet.contribution.typed");
  const notes: SheetCell[][] = [
    [],
    [
      text(
        msg(lang, "sheet.contribution.result", { amount: amount(c.result.cents), where: where(c.result) }),
      ),
    ],
    [
      text(
        c.budget.from === "table"
          ? msg(lang, "sheet.contribution.budget-table", { sheet: c.sheet })
          : msg(lang, "sheet.contribution.budget-split", {
              amount: amount(c.budget.source.cents),
              where: where(c.budget.source),
            }),
      ),
    ],
    [text(msg(lang, "sheet.contribution.method", { unit: unitName(c.unit, lang) }))],
  ];
  return [header, ...rows, total, ...notes];
}

/** A share as the sheet shows it: to a millionth, enough for a key to two decimals of a percent. */
function roundShare(share: number): number {
  return Math.round(share * 1e6) / 1e6;
}

function unitName(unit: number, lang: Language): string {
  if (unit === 1) return msg(lang, "sheet.contribution.unit.cent");
  if (unit === 100) return msg(lang, "sheet.contribution.unit.euro");
  return msg(lang, "sheet.contribution.unit.other", { amount: formatMoney(unit, "EUR", lang) });
}
