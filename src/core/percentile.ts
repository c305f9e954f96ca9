/**
 * The nearest-rank percentile of values sorted in ascending order: the value at
 * 1-based rank ⌈p/100 × n⌉ (rank 1 for p = 0). It is always one of the values,
 * never an interpolation; the median (p = 50) of an even count is the lower of
 * the two middle values. Null for no values.
 *
 * @example
 * nearestRank([15, 20, 35, 40, 50], 30) //=> 20
 * nearestRank([1, 2, 3, 4], 50) //=> 2
 * nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) //=> 9
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  // p × n first: with whole percentages the product is exact, so the rank never drifts up by a rounding error.
  const rank = Math.max(1, Math.ceil((p * n) / 100));
  return sorted[Math.min(rank, n) - 1] ?? null;
}
