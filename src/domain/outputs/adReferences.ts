/**
 * The outputs an explanation refers to, as reports number them: "Ad 1.", "Ad 2. 3. 4.",
 * "Ad 1 en 2:", "Ad 1, 2, 3:", "Ad 1 t/m 3", "Re 2" in English. Null when the text starts with no
 * such reference.
 * @example adReferences("Ad 2. 3. 4. De gewenste inzet…") → [2, 3, 4]
 * @example adReferences("Ad 5 Interprovinciaal CSIRT: het …") → [5]
 */
export function adReferences(text: string): number[] | null {
  const head = /^\s*(ad|re|ref\.?|output)\s+/i.exec(text);
  if (!head) return null;
  let rest = text.slice(head[0].length);
  const out: number[] = [];
  let rangeFrom: number | null = null;
  for (;;) {
    // Up to two digits: a year or an amount after the reference ends it.
    const m = /^(\d{1,2})(?!\d)\s*[.,:;)]?\s*/.exec(rest);
    if (!m) break;
    const n = Number(m[1]);
    if (rangeFrom !== null && n > rangeFrom) for (let k = rangeFrom + 1; k < n; k++) out.push(k);
    rangeFrom = null;
    out.push(n);
    rest = rest.slice(m[0].length);
    const joiner = /^(en|and|&|,|t\/m|tot en met|to|through|-|–)\s*(?=\d)/i.exec(rest);
    if (!joiner) continue;
    if (!/^(en|and|&|,)$/i.test(joiner[1])) rangeFrom = n;
    rest = rest.slice(joiner[0].length);
  }
  return out.length > 0 ? [...new Set(out)] : null;
}
