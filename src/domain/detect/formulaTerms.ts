import { parseA1 } from "../address";

/** The rows a formula adds and subtracts in one column. */
export interface FormulaTerms {
  plus: number[];
  minus: number[];
}

const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;

/**
 * Reads a total's formula as rows added and subtracted in its own column: `=SUM(B10,B20,B30)`,
 * `=SUM(B13:B14,B25)`, `=B10+B20`, `=B15-B23`, `=SUM(B2:B5)-SUM(B8:B9)`. Null for anything else
 * (another column, another sheet, a function that does more than add).
 * @example formulaTerms("=B15-B23", 1) → { plus: [14], minus: [22] }
 */
export function formulaTerms(formula: string, col: number): FormulaTerms | null {
  const body = formula.replace(/^=/, "").replace(/\s+/g, "");
  if (body === "" || /!/.test(body)) return null;
  const out: FormulaTerms = { plus: [], minus: [] };
  let sign = 1;
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === "+" || ch === "-") {
      sign = ch === "-" ? -sign : sign;
      i++;
      continue;
    }
    let term: string;
    const call = /^(SUM|SOM)\(/i.exec(body.slice(i));
    if (call) {
      const close = body.indexOf(")", i);
      if (close < 0) return null;
      term = body.slice(i + call[0].length, close);
      i = close + 1;
      for (const part of term.split(/[,;]/)) if (!addRange(part, col, sign, out)) return null;
    } else {
      const m = /^\$?[A-Z]{1,3}\$?\d{1,7}/i.exec(body.slice(i));
      if (!m) return null;
      i += m[0].length;
      if (!addRange(m[0], col, sign, out)) return null;
    }
    sign = 1;
  }
  return out.plus.length + out.minus.length > 0 ? out : null;
}

function addRange(part: string, col: number, sign: number, out: FormulaTerms): boolean {
  const [a, b] = part.split(":");
  if (!REF.test(a) || (b !== undefined && !REF.test(b))) return false;
  const p = parseA1(a.replace(/\$/g, ""));
  const q = parseA1((b ?? a).replace(/\$/g, ""));
  if (!p || !q || p.col !== col || q.col !== col) return false;
  for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++)
    (sign > 0 ? out.plus : out.minus).push(r);
  return true;
}
