/**
 * Summary statistics over a figure's timing samples.
 */

/** A figure's samples summed up, all in milliseconds. */
export interface Summary {
  readonly count: number;
  readonly median: number;
  readonly p99: number;
  readonly max: number;
}

/** The nearest-rank percentile (0–100) of ascending samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no samples');
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** The median of ascending samples: the middle one, or the mean of the middle two. */
export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) throw new RangeError('median of no samples');
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, p99 and max of samples in any order. */
export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { count: sorted.length, median: median(sorted), p99: percentile(sorted, 99), max: sorted[sorted.length - 1]! };
}
