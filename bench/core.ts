// Core throughput, bundled by bench/run.mjs: deadlines per second on one fixed set of openings.
import { resolve } from 'node:path';
import { civilFromDays, daysFromCivil } from '../src/core/civil';
import { deadlineFor } from '../src/core/deadline';
import { formatInstant, parseInstant } from '../src/core/iso';
import { createSchedule } from '../src/core/schedule';
import { getZone } from '../src/core/zone';
import { closureLookup, holidaysBetween } from '../src/holidays/closures';
import { loadCalendars } from '../src/holidays/load-calendars';
import { defaultPolicy } from '../src/policy/load-policy';

/** Openings inside and outside hours, weekends, holidays, DST weekends, with seconds. */
export const OPENINGS = [
  '2025-06-02T10:00:00+02:00',
  '2025-06-02T16:59:59.250+02:00',
  '2025-06-02T17:00:00+02:00',
  '2025-06-02T07:15:00+02:00',
  '2025-06-06T16:00:00+02:00',
  '2025-06-07T12:00:00+02:00',
  '2025-06-08T23:30:00+02:00',
  '2025-03-29T12:00:00+01:00',
  '2025-03-30T02:30:00',
  '2025-10-26T02:30:00',
  '2025-12-24T16:00:00+01:00',
  '2025-04-17T15:00:00+02:00',
  '2025-06-02T10:00:20.5+02:00',
  '2026-01-01T09:00:00+01:00',
  '2024-02-29T13:45:10+01:00',
  '2030-05-30T11:11:11+02:00',
  '2025-06-02T09:00:00+02:00',
  '2025-06-02T14:00:00+02:00',
  '2025-06-03T20:45:00+02:00',
  '2025-03-28T15:30:00+01:00',
  '2025-10-24T16:30:00+02:00',
  '2026-04-27T10:00:00+02:00',
  '2025-12-31T16:30:00+01:00',
];

/** The business-hours targets measured, in hours (the built-in policy's 3, 6 and 9). */
export const TARGET_HOURS = [3, 6, 9];

function setup() {
  const policy = defaultPolicy();
  const calendars = loadCalendars(policy.holidays, { dir: resolve(__dirname, '..', 'holidays'), cwd: process.cwd() });
  const schedule = createSchedule({ zone: policy.timezone, weekly: policy.hours, closures: closureLookup(calendars) });
  const openings = OPENINGS.map((o) => parseInstant(o, schedule.zone));
  return { policy, calendars, schedule, openings };
}

/** Every opening with every target, computed repeatedly for `seconds`. */
export function coreThroughput(seconds: number): { perSecond: number; count: number } {
  const { schedule, openings } = setup();
  const targets = TARGET_HOURS.map((hours) => ({ minutes: hours * 60, clock: 'business' as const }));
  let count = 0;
  let sink = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    for (let pass = 0; pass < 20; pass++) {
      for (const opened of openings) {
        for (const target of targets) sink += deadlineFor(schedule, target, opened);
      }
    }
    count += 20 * openings.length * targets.length;
  }
  const elapsed = (performance.now() - start) / 1000;
  if (sink === 0) throw new Error('unreachable');
  return { perSecond: count / elapsed, count };
}

export function longTarget(): { coldMs: number; warmMs: number } {
  const { schedule, openings } = setup();
  const target = { minutes: 10_000 * 60, clock: 'business' as const };
  let t = performance.now();
  deadlineFor(schedule, target, openings[0]!);
  const coldMs = performance.now() - t;
  t = performance.now();
  const runs = 100;
  for (let i = 0; i < runs; i++) deadlineFor(schedule, target, openings[i % openings.length]!);
  return { coldMs, warmMs: (performance.now() - t) / runs };
}

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * What another business-time implementation needs to answer the same questions:
 * the openings as epoch milliseconds, the targets, the built-in policy's weekly
 * hours (index 0 = Sunday) and its whole-day holidays in every year that an
 * opening or a deadline falls in; and this project's answers, per opening and
 * target, to compare with.
 */
export function comparisonInputs() {
  const { policy, calendars, schedule, openings } = setup();
  const answers = openings.map((opened) => TARGET_HOURS.map((hours) => deadlineFor(schedule, { minutes: hours * 60, clock: 'business' }, opened)));
  const yearOf = (ms: number): number => civilFromDays(schedule.dayOf(ms)).year;
  const years = [...new Set([...openings, ...answers.flat()].map(yearOf))].sort((a, b) => a - b);
  const holidays = years.flatMap((year) =>
    holidaysBetween(calendars, daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31))
      .filter((h) => h.hours === null || h.hours.length === 0)
      .map((h) => h.date),
  );
  return {
    zone: policy.timezone,
    calendars: calendars.map((c) => c.id),
    openings,
    targetHours: TARGET_HOURS,
    weekly: schedule.weekly.map((day) => day.map(({ start, end }) => [hhmm(start), hhmm(end)])),
    years,
    holidays: [...new Set(holidays)].sort(),
    answers,
  };
}

/** An instant as ISO 8601 in the policy's zone, with its offset. */
export function formatInPolicyZone(ms: number): string {
  return formatInstant(ms, getZone(defaultPolicy().timezone));
}
