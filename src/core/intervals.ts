import type { Interval } from './schedule';

/**
 * The hours that lie in both lists (each sorted and disjoint). A holiday's
 * partial hours narrow a day's normal hours; they never open a closed day.
 *
 * @example
 * intersectIntervals([{ start: 540, end: 1020 }], [{ start: 480, end: 780 }]) //=> [{ start: 540, end: 780 }]
 */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (end > start) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}
