import { formatWallClock } from '../../../core/hours';
import type { Interval } from '../../../core/schedule';

/**
 * Business hours as people read them: `09:00-17:00`.
 *
 * @example
 * formatInterval({ start: 540, end: 1020 }) //=> '09:00-17:00'
 */
export function formatInterval(interval: Interval): string {
  return `${formatWallClock(interval.start)}-${formatWallClock(interval.end)}`;
}

/**
 * A day's business hours as people read them: `09:00-12:00, 13:00-17:00`
 * (empty for none).
 *
 * @example
 * formatIntervals([{ start: 540, end: 720 }, { start: 780, end: 1020 }]) //=> '09:00-12:00, 13:00-17:00'
 */
export function formatIntervals(intervals: readonly Interval[]): string {
  return intervals.map(formatInterval).join(', ');
}

/**
 * A day's business hours as JSON writes them, the way policies and calendars
 * are written: `[["09:00", "17:00"]]`.
 *
 * @example
 * intervalPairs([{ start: 540, end: 1020 }]) //=> [['09:00', '17:00']]
 */
export function intervalPairs(intervals: readonly Interval[]): [string, string][] {
  return intervals.map((i): [string, string] => [formatWallClock(i.start), formatWallClock(i.end)]);
}
