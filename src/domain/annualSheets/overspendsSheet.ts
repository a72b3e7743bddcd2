import { formatMoney, type Language } from "../format";
import { msg } from "../messages/catalogue";
import type { Overspends } from "../overspends/findOverspends";
import { money, linkTo, text, type SheetCell } from "./sheetCell";

/**
 * The sheet `Overschrijdingen`: every overspend (programmes first, then lines) with whether higher
 * income in its programme covers it and how much of the tolerance it takes, then the tolerance
 * (verantwoordingsgrens) and the overspends held against it.
 */
export function overspendsSheetCells(o: Overspends, lang: Language): SheetCell[][] {
  const header = [
    "level",
    "sheet",
    "cell",
    "code",
    "name",
    "amended",
    "actual",
    "overspend",
    "income",
    "coverage",
    "uncovered",
    "share",
  ].map((k): SheetCell => ({ value: msg(lang, `sheet.overspends.${k}`), style: "header" }));
  const rows = o.items.map((x): SheetCell[] => [
    text(msg(lang, `sheet.overspends.level.${x.level}`)),
    text(x.sheet),
    linkTo(x.sheet, x.cell),
    text(x.code),
    text(x.name),
    money(x.amended, o.currency),
    money(x.actual, o.currency),
    money(x.overspend, o.currency),
    money(x.incomeSurplus, o.currency),
    {
      value: msg(lang, `sheet.overspends.coverage.${x.coverage}`),
      style: x.coverage === "covered" ? "green" : x.coverage === "partly" ? "orange" : undefined,
    },
    money(x.uncovered, o.currency),
    // Only what is held against the tolerance takes a share of it.
    x.level === o.countedLevel && o.tolerance
      ? { value: x.uncovered / o.tolerance, style: "percent" }
      : text(null),
  ]);
  const amount = (c: number) => formatMoney(c, o.currency, lang);
  const tolerance: SheetCell[] =
    o.tolerance === null
      ? [text(msg(lang, "sheet.overspends.tolerance.unknown"))]
      : [
          text(
            o.tolerancePercent === null || o.totalLasten === null
              ? msg(lang, "sheet.overspends.tolerance.amount")
              : msg(lang, "sheet.overspends.tolerance.percent", {
                  percent: String(o.tolerancePercent).replace(".", lang === "nl" ? "," : "."),
                  lasten: amount(o.totalLasten),
                }),
          ),
          money(o.tolerance, o.currency),
        ];
  const summary: SheetCell[][] = [
    [],
    tolerance,
    [text(msg(lang, `sheet.overspends.counted.${o.countedLevel}`)), money(o.counted, o.currency)],
    [
      text(msg(lang, "sheet.overspends.over")),
      o.tolerance === null
        ? text(null)
        : {
            value: msg(lang, o.overTolerance ? "sheet.overspends.yes" : "sheet.overspends.no"),
            style: o.overTolerance ? "red" : "green",
          },
    ],
  ];
  const body = rows.length > 0 ? rows : [[text(msg(lang, "sheet.overspends.none"))]];
  return [header, ...body, ...summary];
}
