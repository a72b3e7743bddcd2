import fc from "fast-check";
import { largestRemainder } from "../../../src/domain/contribution/largestRemainder";

const weights = fc
  .array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 14 })
  .filter((w) => w.some((x) => x > 0));
// Totals of a whole budget in cents, and small ones where rounding is all there is.
const total = fc.oneof(fc.integer({ min: -1e14, max: 1e14 }), fc.integer({ min: -30, max: 30 }));

describe("largestRemainder", () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [694404, [652, 710, 594, 723, 518, 985, 647, 914, 1163, 537, 1129, 1428], null],
    [10, [0, 1, 0], [0, 10, 0]],
    [0, [3, 5], [0, 0]],
    [5, [1, 1, 1, 1], [2, 1, 1, 1]],
  ])("splits %d over %j", (t, w, expected) => {
    const parts = largestRemainder(t, w);
    if (expected) expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(t);
  });

  it("hands out the units left over to the largest remainders, ties to the earlier part", () => {
    // Exact shares 3,3 · 3,3 · 3,4: the one unit left goes to the largest remainder, the third.
    expect(largestRemainder(10, [33, 33, 34])).toEqual([3, 3, 4]);
    // Equal remainders: the earlier parts first.
    expect(largestRemainder(2, [1, 1, 1, 1])).toEqual([1, 1, 0, 0]);
  });

  it("property: the parts add up to the total exactly", () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        expect(largestRemainder(t, w).reduce((a, b) => a + b, 0)).toBe(t);
      }),
      { numRuns: 500 },
    );
  });

  it("property: each part is within one unit of its exact share, and a weight of 0 gets nothing", () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        const sum = w.reduce((a, b) => a + BigInt(b), 0n);
        largestRemainder(t, w).forEach((part, i) => {
          // |part − t·w/Σw| < 1  ⇔  |part·Σw − t·w| < Σw, in exact integers.
          const off = BigInt(part) * sum - BigInt(t) * BigInt(w[i]);
          expect(off < sum && -off < sum).toBe(true);
          if (w[i] === 0) expect(part).toBe(0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("property: a larger weight never gets less, and a charge mirrors a refund", () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        const parts = largestRemainder(t, w);
        for (let i = 0; i < w.length; i++)
          for (let j = 0; j < w.length; j++)
            if (w[i] > w[j]) expect(Math.abs(parts[i])).toBeGreaterThanOrEqual(Math.abs(parts[j]));
        expect(largestRemainder(-t, w).map((p) => -p || 0)).toEqual(parts.map((p) => p || 0));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["a total that is no whole number", 1.5, [1]],
    ["a negative weight", 10, [1, -1]],
    ["only weights of 0", 10, [0, 0]],
  ])("refuses %s", (_name, t, w) => {
    expect(() => largestRemainder(t, w)).toThrow(RangeError);
  });
});
