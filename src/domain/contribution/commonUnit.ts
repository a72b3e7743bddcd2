/**
 * The coarsest unit (in cents, a power of ten up to `max`) that every amount is a whole number of:
 * 1 where one has cents, 100 where all are whole euros, 100 000 where all are whole thousands.
 * @example commonUnit([123_400, 500], 100) === 100
 */
export function commonUnit(cents: readonly number[], max: number): number {
  let unit = max;
  while (unit > 1 && cents.some((c) => c % unit !== 0)) unit /= 10;
  return Math.max(1, unit);
}
