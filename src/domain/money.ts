/**
 * Money inside the engine: integer cents of the table's currency, the table's or column's scale
 * already applied (`1.234` in a table "x € 1.000" is 123 400 000 cents). One unit everywhere, so
 * that no rule has to remember whether a figure was stated, scaled or converted.
 */
export type Cents = number & { readonly __unit: "cents" };

/** The cents of a cell that holds no amount: NaN, so that arithmetic with it is never mistaken for a figure. */
export const NO_CENTS = NaN as Cents;

/** Largest amount in cents the engine does integer arithmetic on without losing a cent. */
export const MAX_SAFE_CENTS = Number.MAX_SAFE_INTEGER;

/**
 * Rounds half away from zero: 2.5 → 3, −2.5 → −3, as accountants round and as Excel's ROUND does.
 * @example roundHalfAwayFromZero(-0.5) === -1
 */
export function roundHalfAwayFromZero(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  // Normalise -0 so that it prints and compares as 0.
  return r === 0 ? 0 : r;
}

/**
 * A stated figure (a cell's number, in the table's unit) to cents: scaled once, rounded once; null
 * when it is too large to count in cents.
 * @example centsOf(551.7, 1000) === 55_170_000  // £ 551,700 in a table "£000"
 */
export function centsOf(stated: number, scale: number): Cents | null {
  if (!Number.isFinite(stated)) return null;
  const cents = roundHalfAwayFromZero(stated * 100 * scale);
  return Math.abs(cents) > MAX_SAFE_CENTS ? null : (cents as Cents);
}

/** Cents to currency units as a JS number (for reports and JSON; arithmetic stays in cents). */
export function centsToUnits(cents: number): number {
  return cents / 100;
}
