import { msg } from "../messages/catalogue";
import { needsExplanation, type PlannedOutput } from "../outputs/outputTypes";
import type { Finding } from "../types";
import { makeFinding, type Rule } from "./ruleKit";

/** An output's text as a message quotes it: its first words. */
export function shortOutput(output: PlannedOutput): string {
  const text = output.text.replace(/\s+/g, " ").trim();
  return text.length <= 60 ? text : `${text.slice(0, 57).trimEnd()}…`;
}

/**
 * "Bij een oranje of rood stoplicht is een toelichting gegeven op de afwijking": an orange or red
 * light needs an explanation beside its output, under it, or in the Toelichting after its list.
 */
export const outputNoteMissing: Rule = {
  id: "output.note-missing",
  check(model) {
    const out: Finding[] = [];
    for (const output of model.annual.outputs.outputs) {
      if (output.explanation) continue;
      for (const [dimension, light] of [
        ["inhoud", output.inhoud],
        ["geld", output.geld],
      ] as const) {
        if (!needsExplanation(light)) continue;
        out.push(
          makeFinding(model, {
            rule: "output.note-missing",
            table: {
              sheet: output.sheet,
              rowName: shortOutput(output),
              columnName: msg(model.lang, `output.${dimension}`),
            },
            row: light.row,
            col: light.col,
            code: output.code,
            params: {
              dimension: msg(model.lang, `output.${dimension}`),
              light: msg(model.lang, `light.${light.light}`).toLowerCase(),
              output: shortOutput(output),
              number: output.number ?? "…",
            },
          }),
        );
      }
    }
    return out;
  },
};
