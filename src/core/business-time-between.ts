import { SlaError } from '../errors/sla-error';
import type { Schedule } from './schedule';

/**
 * The business time, in milliseconds, between two instants: the part of
 * `[fromMs, toMs)` that lies inside the schedule's windows. Negative when `toMs`
 * is before `fromMs`.
 *
 * @example
 * // Fri 6 June 2025 16:00 CEST to Tue 10 June 14:00, over a weekend and Whit Monday
 * businessTimeBetween(schedule, Date.parse('2025-06-06T16:00:00+02:00'), Date.parse('2025-06-10T14:00:00+02:00'))
 * //=> 6 * 3_600_000
 */
export function businessTimeBetween(schedule: Schedule, fromMs: number, toMs: number): number {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) {
    throw new SlaError('INVALID_INPUT', `business time needs two finite instants, got ${fromMs} and ${toMs}`);
  }
  if (toMs < fromMs) return -businessTimeBetween(schedule, toMs, fromMs);
  const firstDay = schedule.dayOf(fromMs);
  const lastDay = schedule.dayOf(toMs);
  if (firstDay === lastDay) return overlap(schedule.plan(firstDay).windows, fromMs, toMs);
  // The two ends are partial days; everything between is whole days, summed once and cached.
  return (
    overlap(schedule.plan(firstDay).windows, fromMs, toMs) +
    schedule.wholeDaysMs(firstDay + 1, lastDay) +
    overlap(schedule.plan(lastDay).windows, fromMs, toMs)
  );
}

/** The part of `[fromMs, toMs)` inside a day's windows. */
function overlap(windows: readonly number[], fromMs: number, toMs: number): number {
  let total = 0;
  for (let i = 1; i < windows.length; i += 2) {
    const start = windows[i - 1];
    const end = windows[i];
    // Windows are start and end pairs, so both are always there; the check only tells the compiler.
    if (start === undefined || end === undefined) break;
    const from = Math.max(start, fromMs);
    const to = Math.min(end, toMs);
    if (to > from) total += to - from;
  }
  return total;
}
