import type { AmountColumn, TableKind, TableRows } from "../types";

/**
 * The rounding unit of each column's lines and of its totals, in cents: what a figure may be off
 * by because it was rounded. Whole euros (or whole thousands in a table "x € 1.000"); a tenth of
 * a thousand where lines carry one decimal under totals in whole thousands; exact where figures
 * reach the cent. An explanation table that rounds everything to thousands of euros keeps
 * thousands, but a budget table of round figures keeps the euro, so that a typo of € 1.000 is
 * never taken for rounding. One column typed to the cent says nothing of the others.
 */
export function setRoundingUnits(amounts: AmountColumn[], rows: TableRows, kind: TableKind): void {
  let nonZero = 0;
  let allThousands = true;
  const exact = new Set<AmountColumn>();
  for (const column of amounts) {
    let lineDecimals = 0;
    let totalDecimals = 0;
    for (let i = 0; i < column.cents.length; i++) {
      const cents = column.cents[i];
      if (cents === 0 || Number.isNaN(cents)) continue;
      const d = statedDecimals(cents, column.scale);
      if (rows.kind[i] === "total") totalDecimals = Math.max(totalDecimals, d);
      else lineDecimals = Math.max(lineDecimals, d);
      nonZero++;
      // Whole thousands of euros, tested by division: `%` on doubles is a library call.
      if (!Number.isInteger(cents / 100000)) allThousands = false;
    }
    column.unit = unitOf(lineDecimals, column.scale);
    column.totalUnit = unitOf(totalDecimals, column.scale);
    // A column with one figure to the cent is exact throughout.
    if (column.unit === 1 || column.totalUnit === 1) exact.add(column);
  }
  const thousands = exact.size === 0 && kind === "explanation" && allThousands && nonZero >= 3;
  for (const column of amounts) {
    if (exact.has(column)) {
      column.unit = 1;
      column.totalUnit = 1;
    } else if (thousands) {
      column.unit = 100000;
      column.totalUnit = 100000;
    }
  }
}

/** How many decimals a figure shows in the column's own unit: 0 for 1.234, 1 for 551,7 (x 1.000). */
function statedDecimals(cents: number, scale: number): number {
  let unit = 100 * scale;
  let d = 0;
  while (unit >= 1 && !Number.isInteger(cents / unit)) {
    unit /= 10;
    d++;
  }
  return d;
}

/** The unit of figures with `decimals` decimals in a column of `scale`; 1 cent when they reach the cent. */
function unitOf(decimals: number, scale: number): number {
  // At scale 1 any decimal is cents: "1234,5" is € 1.234,50, typed exactly.
  if (scale === 1 && decimals > 0) return 1;
  return Math.max(1, (100 * scale) / 10 ** decimals);
}
