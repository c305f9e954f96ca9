import { SlaError } from '../errors/sla-error';
import { civilFromDays, daysFromCivil } from './civil';
import type { Schedule } from './schedule';
import { LAST_DAY, SUPPORTED_RANGE } from './supported-range';
import type { TraceStep } from './trace';
import { MS_PER_HOUR, MS_PER_MINUTE } from './units';

/** Days in a row without business hours after which a schedule is taken to have none. */
export const MAX_CLOSED_DAYS = 3660;

/** The most days an explanation lists: about 100 years, far beyond the longest business target at normal hours. */
export const MAX_EXPLAINED_DAYS = 36_600;

/**
 * The instant at which `durationMs` of business time has passed since `startMs`.
 *
 * Only time inside the schedule's windows counts, to the millisecond. A start
 * outside business hours counts from the next opening; a duration that runs out
 * exactly at a closing time ends at that closing time, not at the next opening.
 * Whole days are taken from the schedule's cache, and whole years by their
 * totals once the time left exceeds what a year could hold, so long durations
 * stay cheap. The search stops at the end of the supported range (9999-12-31)
 * with an error, and after {@link MAX_CLOSED_DAYS} days in a row without
 * business hours. When `trace` is given, each counted window and each skipped
 * day is appended.
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
  if (trace) {
    // An explanation lists every day up to the deadline: find the deadline first
    // (fast, and stopped at the horizon), so that a list nobody could read is refused, not built.
    const due = addBusinessTime(schedule, startMs, durationMs);
    const days = schedule.dayOf(due) - schedule.dayOf(startMs) + 1;
    if (days > MAX_EXPLAINED_DAYS) {
      throw new SlaError('INVALID_INPUT', `the deadline is ${days} days away, too far to explain day by day (at most ${MAX_EXPLAINED_DAYS} days, about 100 years)`);
    }
  }
  const yearBoundMs = yearBound(schedule);
  let remaining = durationMs;
  let cursor = startMs;
  let closedDays = 0;
  const firstDay = schedule.dayOf(startMs);
  for (let day = firstDay; ; day++) {
    if (day > LAST_DAY) throw pastRange();
    if (!trace && day > firstDay) {
      if (remaining > yearBoundMs) {
        // The rest of this year cannot hold the deadline: skip it by its total
        // (checked, so that the bound only decides when to look).
        const nextYear = daysFromCivil(civilFromDays(day).year + 1, 1, 1);
        const restMs = schedule.wholeDaysMs(day, nextYear);
        if (restMs < remaining) {
          remaining -= restMs;
          closedDays = restMs > 0 ? 0 : closedDays + (nextYear - day);
          if (closedDays > MAX_CLOSED_DAYS) throw noBusinessHours();
          day = nextYear - 1;
          continue;
        }
      }
      // A whole day that cannot hold the deadline is skipped by its total alone.
      const dayMs = schedule.dayMs(day);
      if (dayMs < remaining) {
        remaining -= dayMs;
        closedDays = dayMs > 0 ? 0 : closedDays + 1;
        if (closedDays > MAX_CLOSED_DAYS) throw noBusinessHours();
        continue;
      }
    }
    const plan = schedule.plan(day);
    const { windows, holiday } = plan;
    let counted = false;
    for (let i = 1; i < windows.length; i += 2) {
      const start = windows[i - 1];
      const end = windows[i];
      // Windows are start and end pairs, so both are always there; the check only tells the compiler.
      if (start === undefined || end === undefined) break;
      if (end <= cursor) continue; // closed already, or closing exactly now: starts at the next opening
      const from = Math.max(start, cursor);
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
    // A date the zone skipped has no time to count and nothing to explain.
    if (trace && plan.exists) {
      trace.push(
        plan.closed === 'holiday'
          ? { kind: 'skipped', day, reason: 'holiday', holiday: plan.holiday }
          : { kind: 'skipped', day, reason: plan.closed ?? 'after-hours', ...(holiday ? { holiday } : {}) },
      );
    }
    if (++closedDays > MAX_CLOSED_DAYS) throw noBusinessHours();
  }
}

const yearBounds = new WeakMap<Schedule, number>();
/** The schedule asked about last, and its bound: a batch asks about one schedule millions of times. */
let lastSchedule: Schedule | undefined;
let lastBound = 0;

/**
 * About the most business time a civil year can hold: 54 weeks (a year touches
 * at most 54) of the weekly hours, each day up to three hours longer for a
 * clock set back. Only a hint of when whole years are worth skipping.
 */
function yearBound(schedule: Schedule): number {
  if (schedule === lastSchedule) return lastBound;
  let bound = yearBounds.get(schedule);
  if (bound === undefined) {
    const weekMs = schedule.weekly.reduce((sum, day) => sum + day.reduce((s, i) => s + (i.end - i.start) * MS_PER_MINUTE, 0), 0);
    bound = 54 * (weekMs + 7 * 3 * MS_PER_HOUR);
    yearBounds.set(schedule, bound);
  }
  lastSchedule = schedule;
  lastBound = bound;
  return bound;
}

function noBusinessHours(): SlaError {
  return new SlaError(
    'NO_BUSINESS_HOURS',
    `no business hours in the ${MAX_CLOSED_DAYS} days after the start: check the policy's hours and holiday calendars`,
  );
}

function pastRange(): SlaError {
  return new SlaError('INVALID_INPUT', `the deadline falls outside the supported range (${SUPPORTED_RANGE}): the target is not reached by 9999-12-31`);
}
