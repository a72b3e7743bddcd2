import type { Language } from "./format";

/**
 * Dutch Excel's names of the functions a budget's totals and checks use. A function not listed
 * keeps its English name: a message may quote it a little un-Dutch, never wrongly.
 */
const DUTCH_FUNCTIONS: Readonly<Record<string, string>> = {
  SUM: "SOM",
  SUBTOTAL: "SUBTOTAAL",
  SUMIF: "SOM.ALS",
  SUMIFS: "SOMMEN.ALS",
  SUMPRODUCT: "SOMPRODUCT",
  ROUND: "AFRONDEN",
  ROUNDUP: "AFRONDEN.NAAR.BOVEN",
  ROUNDDOWN: "AFRONDEN.NAAR.BENEDEN",
  IF: "ALS",
  IFERROR: "ALS.FOUT",
  AND: "EN",
  OR: "OF",
  NOT: "NIET",
  AVERAGE: "GEMIDDELDE",
  COUNT: "AANTAL",
  COUNTA: "AANTALARG",
  COUNTIF: "AANTAL.ALS",
  VLOOKUP: "VERT.ZOEKEN",
  HLOOKUP: "HORIZ.ZOEKEN",
  MATCH: "VERGELIJKEN",
  INDIRECT: "INDIRECT",
  ABS: "ABS",
  MIN: "MIN",
  MAX: "MAX",
};

const DUTCH_CONSTANTS: Readonly<Record<string, string>> = { TRUE: "WAAR", FALSE: "ONWAAR" };

/**
 * A formula as the user's Excel shows it: as read (en-US, Office's `formulas`) in English; in Dutch
 * with Dutch function names, `;` between arguments and a decimal comma, as a Dutch Excel's formula
 * bar has it. Text in quotes and quoted sheet names are left as they are.
 * @example formulaIn("=SUM(E3:E7,E9)", "nl") === "=SOM(E3:E7;E9)"
 */
export function formulaIn(formula: string, lang: Language): string {
  if (lang !== "nl") return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      // A quoted text or sheet name, its doubled quotes inside it.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === c && formula[j + 1] !== c)) j += formula[j] === c ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(formula.slice(i));
    if (word) {
      const name = word[0];
      const after = formula.slice(i + name.length);
      const upper = name.toUpperCase();
      if (/^\s*\(/.test(after)) out += DUTCH_FUNCTIONS[upper] ?? name;
      else if (!after.startsWith("!") && DUTCH_CONSTANTS[upper]) out += DUTCH_CONSTANTS[upper];
      else out += name;
      i += name.length;
      continue;
    }
    const number = /^\d+\.\d+/.exec(formula.slice(i));
    if (number) {
      out += number[0].replace(".", ",");
      i += number[0].length;
      continue;
    }
    out += c === "," ? ";" : c;
    i++;
  }
  return out;
}
