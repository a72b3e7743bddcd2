import type { FakeCell } from "./types";

/**
 * A written value as Excel takes it from the API: like typed input. `'` keeps the rest as text;
 * `=`, `+`, `-` and `@` start a formula (the fake calculates none: its value is #NAME?); numbers, percentages and TRUE/FALSE are converted; "" empties the cell.
 */
export function parseInput(input: unknown): Pick<FakeCell, "value" | "type" | "formula"> {
  if (input === null || input === undefined || input === "")
    return { value: undefined, type: undefined, formula: undefined };
  if (typeof input === "number") return { value: input, type: "Double", formula: undefined };
  if (typeof input === "boolean") return { value: input, type: "Boolean", formula: undefined };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1), type: "String", formula: undefined };
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i.exec(text.trim());
  if (number)
    return {
      value: Number(text.trim().replace("%", "")) / (number[4] ? 100 : 1),
      type: "Double",
      formula: undefined,
    };
  if (/^(true|false)$/i.test(text))
    return { value: text.toLowerCase() === "true", type: "Boolean", formula: undefined };
  if (/^[=+\-@]/.test(text))
    return { value: "#NAME?", type: "Error", formula: text.startsWith("=") ? text : `=${text}` };
  return { value: text, type: "String", formula: undefined };
}
