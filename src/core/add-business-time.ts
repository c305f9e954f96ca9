import { SlaError } from './errors';
import type { Schedule } from './schedule';
import type { TraceStep } from './trace';

/** Days in a row without business hours after which a schedule is taken to have none. */
export const MAX_CLOSED_DAYS = 3660;

/**
 * The instant at which `durationMs` of business time has passed since `startMs`.
 *
 * Only time inside the schedule's windows counts, to the millisecond. A start
 * outside business hours counts from the next opening; a duration that runs out
 * exactly at a closing time ends at that closing time, not at the next opening.
 * Whole days are taken from the schedule's cache, so long durations stay cheap.
 * When `trace` is given, each counted window and each skipped day is appended.
 *
 * @example
 * // Mon 2 June 2025 15:30 CEST + 6 business hours (09:00-17:00) => Tue 13:30 CEST
 * addBusinessTime(schedule, Date.parse('2025-06-02T15:30:00+02:00'), 6 * 3_600_000)
 * //=> Date.parse('2025-06-03T13:30:00+02:00')
 */
export function addBusinessTime(schedule: Schedule, startMs: number, durationMs: number, trace?: TraceStep[]): number {
  if (!Number.isFinite(startMs) || !Number.isFinite(durationMs) || durationMs < 0) {
    throw new SlaError('INVALID_INPUT', `business time to add must be a finite non-negative duration, got ${durationMs}`);
  }
  let remaining = durationMs;
  let cursor = startMs;
  let closedDays = 0;
  const firstDay = schedule.dayOf(startMs);
  for (let day = firstDay; ; day++) {
    if (!trace && day > firstDay) {
      // A whole day that cannot hold the deadline is skipped by its total alone.
      const dayMs = schedule.dayMs(day);
      if (dayMs < remaining) {
        remaining -= dayMs;
        closedDays = dayMs > 0 ? 0 : closedDays + 1;
        if (closedDays > MAX_CLOSED_DAYS) throw noBusinessHours();
        continue;
      }
    }
    const { windows, holiday, closed } = schedule.plan(day);
    let counted = false;
    for (let i = 0; i < windows.length; i += 2) {
      const end = windows[i + 1]!;
      if (end <= cursor) continue; // closed already, or closing exactly now: starts at the next opening
      const from = Math.max(windows[i]!, cursor);
      const available = end - from;
      counted = true;
      if (remaining <= available) {
        const due = from + remaining;
        trace?.push({ kind: 'counted', day, from, to: due, ms: remaining, ...(holiday ? { holiday } : {}) });
        return due;
      }
      remaining -= available;
      cursor = end;
      trace?.push({ kind: 'counted', day, from, to: end, ms: available, ...(holiday ? { holiday } : {}) });
    }
    if (counted) {
      closedDays = 0;
      continue;
    }
    if (trace) {
      const reason = closed ?? 'after-hours';
      trace.push({ kind: 'skipped', day, reason, ...(holiday ? { holiday } : {}) });
    }
    if (++closedDays > MAX_CLOSED_DAYS) throw noBusinessHours();
  }
}

function noBusinessHours(): SlaError {
  return new SlaError(
    'NO_BUSINESS_HOURS',
    `no business hours in the ${MAX_CLOSED_DAYS} days after the start: check the policy's hours and holiday calendars`,
  );
}
