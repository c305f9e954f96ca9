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
  let x = a[0];
  let y = b[0];
  while (x !== undefined && y !== undefined) {
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end < y.end) x = a[++i];
    else y = b[++j];
  }
  return out;
}
