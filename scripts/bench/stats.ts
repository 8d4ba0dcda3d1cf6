/**
 * Summary statistics for the benchmark: nearest-rank percentiles and the
 * rounding used in its reports.
 */

/**
 * The nearest-rank percentile: the smallest value such that at least p% of
 * the values are less than or equal to it (p50 of 1..100 is 50, p99 is 99).
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('bench: percentile of no values');
  if (!(p > 0 && p <= 100)) throw new Error(`bench: percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(1, rank) - 1]!;
}

/** A figure rounded for reporting: `digits` decimals. */
export function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
