import { describe, expect, it } from "vitest";
import { median, quantile, quantileCountingMissing, ratio, spread } from "./stats";

describe("quantile", () => {
  it.each([
    [[5, 1, 3], 0.5, 3],
    [[1, 2, 3, 4], 0.5, 2],
    [[1, 2, 3, 4], 0.99, 4],
    [[7], 0.99, 7],
    [Array.from({ length: 100 }, (_, i) => i + 1), 0.99, 99],
    [Array.from({ length: 100 }, (_, i) => i + 1), 0.9, 90],
  ])("nearest rank of %j at %d is %d", (samples, q, expected) => {
    expect(quantile(samples, q)).toBe(expected);
  });

  it("is NaN without samples", () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("quantileCountingMissing", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("is the plain quantile when nothing is missing", () => {
    expect(quantileCountingMissing(hundred, 0, 0.99)).toBe(99);
  });

  it("counts a missing delivery as infinitely late, so it moves the tail", () => {
    // 100 arrived + 1 missing: rank ceil(0.99 × 101) = 100, the slowest arrival.
    expect(quantileCountingMissing(hundred, 1, 0.99)).toBe(100);
    // 100 arrived + 2 missing: rank 101 of 102 is a missing one.
    expect(quantileCountingMissing(hundred, 2, 0.99)).toBe(Number.POSITIVE_INFINITY);
  });

  it("leaves the median alone while fewer than half are missing", () => {
    expect(quantileCountingMissing(hundred, 10, 0.5)).toBe(55);
    expect(quantileCountingMissing([1, 2], 3, 0.5)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("median and spread over rounds", () => {
  it("takes the median, not the best round, with the spread beside it", () => {
    expect(spread([18.3, 8.9, 16.7])).toEqual({ median: 16.7, min: 8.9, max: 18.3, rounds: [18.3, 8.9, 16.7] });
  });

  it("takes the lower middle of an even count, always a measured value", () => {
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it("keeps an infinite round (a saturated server) in the spread", () => {
    const figure = spread([12, Number.POSITIVE_INFINITY, 14]);
    expect(figure.median).toBe(14);
    expect(figure.max).toBe(Number.POSITIVE_INFINITY);
  });

  it("is NaN without rounds", () => {
    expect(spread([]).median).toBeNaN();
  });
});

describe("ratio", () => {
  it.each([
    [18.3, 18.6, 0.984],
    [1, 3, 0.333],
    [33.9, 15_685, 0.00216],
  ])("%d over %d is %d to three significant digits", (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });

  it("has no value when either side is missing, infinite or the divisor is zero", () => {
    expect(ratio(undefined, 1)).toBeNull();
    expect(ratio(1, undefined)).toBeNull();
    expect(ratio(Number.POSITIVE_INFINITY, 1)).toBeNull();
    expect(ratio(1, Number.POSITIVE_INFINITY)).toBeNull();
    expect(ratio(1, 0)).toBeNull();
  });
});
