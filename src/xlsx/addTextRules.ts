import type ExcelJS from "exceljs";
import type { TextRule, WritePlan } from "../domain";
import { argb, fontOf } from "./writeCell";

/**
 * The plan's conditional formats of one status column: each "text begins with" rule as the
 * expression Excel itself uses for one (`LEFT(G5,LEN("OK"))="OK"`, case-insensitive like Excel's
 * own), which every reader evaluates; ExcelJS writes its "beginsWith" rules without their text.
 */
export function addTextRules(
  ws: ExcelJS.Worksheet,
  range: string,
  rules: readonly TextRule[],
  styles: WritePlan["styles"],
): void {
  if (rules.length === 0) return;
  const topLeft = range.split(":")[0];
  let priority = nextPriority(ws);
  ws.addConditionalFormatting({
    ref: range,
    rules: rules.map((rule): ExcelJS.ConditionalFormattingRule => {
      const look = styles[rule.style];
      const text = `"${rule.beginsWith.replace(/"/g, '""')}"`;
      const style: Partial<ExcelJS.Style> = {};
      // A conditional format's solid fill is its background colour.
      if (look.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(look.fill) } };
      const font = fontOf(look);
      if (font) style.font = font;
      return {
        type: "expression",
        priority: priority++,
        formulae: [`LEFT(${topLeft},LEN(${text}))=${text}`],
        style,
      };
    }),
  });
}

function nextPriority(ws: ExcelJS.Worksheet): number {
  const existing = (ws as unknown as { conditionalFormattings: { rules: { priority?: number }[] }[] })
    .conditionalFormattings;
  return 1 + Math.max(0, ...existing.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
}
