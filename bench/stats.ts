/** The q-quantile (0..1) of the samples, by the nearest-rank method. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) {
    return Number.NaN;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/**
 * The q-quantile of the samples together with `missing` deliveries that never arrived, each
 * counted as infinitely late: leaving them out would make a server that loses messages look fast.
 */
export function quantileCountingMissing(samples: readonly number[], missing: number, q: number): number {
  if (missing <= 0) {
    return quantile(samples, q);
  }
  return quantile([...samples, ...new Array<number>(missing).fill(Number.POSITIVE_INFINITY)], q);
}

/** The median by nearest rank: the lower middle for an even count, always one of the values. */
export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

/** Rounds for display: ms and MiB to two decimals. */
export const round2 = (value: number): number => (Number.isFinite(value) ? Math.round(value * 100) / 100 : value);

/** One figure over alternating rounds: the median and the spread, never the best run alone. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** Every round's value, in the order run. */
  rounds: number[];
}

/** The median and spread of one figure over rounds. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) {
    return { median: Number.NaN, min: Number.NaN, max: Number.NaN, rounds: [] };
  }
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), rounds: [...values] };
}

/**
 * `a` over `b` to three significant digits (a ratio can be far below 0.01), or null when either
 * is missing or not finite: a saturated server has no latency to compare.
 */
export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) {
    return null;
  }
  return Number((a / b).toPrecision(3));
}

/** JSON has no Infinity: a figure that is infinitely late is written as null and read back as Infinity. */
export function toJsonNumber(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
