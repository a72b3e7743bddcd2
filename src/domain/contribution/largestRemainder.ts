/**
 * Splits a whole number of units over weights by the largest-remainder method: each part gets the
 * whole units of its exact share, and the units left over go one each to the parts with the
 * largest remainders, ties to the earlier part. The parts add up to the total exactly, and each
 * is within one unit of its exact share. A negative total is split as its opposite, negated, so
 * that a charge mirrors a refund. Exact for any size: the shares are worked out in BigInt.
 * @example largestRemainder(100, [1, 1, 1]) → [34, 33, 33]
 * @example largestRemainder(-100, [1, 1, 1]) → [-34, -33, -33]
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new RangeError(`The total to split is no whole number: ${total}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new RangeError("Weights must be whole numbers of 0 or more.");
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n) {
    if (total !== 0) throw new RangeError("Nothing to split by: every weight is 0.");
    return weights.map(() => 0);
  }
  const negative = total < 0;
  const whole = BigInt(Math.abs(total));
  const parts = weights.map((w) => (whole * BigInt(w)) / sum);
  const remainders = weights.map((w, i) => ({ i, rest: (whole * BigInt(w)) % sum }));
  let left = whole - parts.reduce((a, p) => a + p, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts.map((p) => {
    const n = Number(p);
    return negative && n !== 0 ? -n : n;
  });
}
