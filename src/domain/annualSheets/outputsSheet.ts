import { toA1 } from "../address";
import type { Language } from "../format";
import { msg } from "../messages/catalogue";
import type { ProgrammeOutputs } from "../outputs/outputCounts";
import { outputColour, type OutputLight, type PlannedOutput } from "../outputs/outputTypes";
import { linkTo, text, type SheetCell } from "./sheetCell";

/**
 * The sheet `Output per programma`: per programme the counts of green, orange and red outputs (an
 * output counts as the worse of its two lights), then every orange and red output with its
 * explanation, or the lack of one.
 */
export function outputsSheetCells(
  perProgramme: readonly ProgrammeOutputs[],
  outputs: readonly PlannedOutput[],
  lang: Language,
): SheetCell[][] {
  const head = (keys: string[]) =>
    keys.map((k): SheetCell => ({ value: msg(lang, `sheet.outputs.${k}`), style: "header" }));
  const counts = perProgramme.map((p): SheetCell[] => [
    text(p.programme ?? msg(lang, "sheet.outputs.noProgramme")),
    text(p.name),
    { value: p.outputs },
    { value: p.green, style: p.green > 0 ? "green" : undefined },
    { value: p.orange, style: p.orange > 0 ? "orange" : undefined },
    { value: p.red, style: p.red > 0 ? "red" : undefined },
    { value: p.unread },
  ]);
  const sum = (pick: (p: ProgrammeOutputs) => number) => perProgramme.reduce((a, p) => a + pick(p), 0);
  const total: SheetCell[] = [
    { value: msg(lang, "contribution.total"), style: "header" },
    text(null),
    { value: sum((p) => p.outputs) },
    { value: sum((p) => p.green) },
    { value: sum((p) => p.orange) },
    { value: sum((p) => p.red) },
    { value: sum((p) => p.unread) },
  ];
  const flagged = outputs.filter((o) => {
    const colour = outputColour(o);
    return colour === "orange" || colour === "red";
  });
  const light = (l: OutputLight): SheetCell =>
    l.light === "green" || l.light === "orange" || l.light === "red"
      ? { value: msg(lang, `light.${l.light}`), style: l.light }
      : text(l.light === "na" ? msg(lang, "sheet.outputs.na") : null);
  const list = flagged.map((o): SheetCell[] => [
    text(o.sheet),
    linkTo(o.sheet, toA1(o.row, o.col)),
    text(o.programme),
    text(o.code),
    text(o.text),
    light(o.inhoud),
    light(o.geld),
    o.explanation
      ? text(o.explanation.text)
      : { value: msg(lang, "sheet.outputs.noExplanation"), style: "warning" },
  ]);
  return [
    head(["programme", "name", "outputs", "green", "orange", "red", "unread"]),
    ...counts,
    total,
    [],
    head(["sheet", "cell", "programme", "code", "output", "inhoud", "geld", "explanation"]),
    ...(list.length > 0 ? list : [[text(msg(lang, "sheet.outputs.allGreen"))]]),
  ];
}
