// Core throughput, bundled by bench/run.mjs: deadlines per second on one fixed set of openings.
import { resolve } from 'node:path';
import { deadlineFor } from '../src/core/deadline';
import { parseInstant } from '../src/core/iso';
import { createSchedule } from '../src/core/schedule';
import { closureLookup } from '../src/holidays/closures';
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
];

function setup() {
  const policy = defaultPolicy();
  const calendars = loadCalendars(policy.holidays, { dir: resolve(__dirname, '..', 'holidays'), cwd: process.cwd() });
  const schedule = createSchedule({ zone: policy.timezone, weekly: policy.hours, closures: closureLookup(calendars) });
  const openings = OPENINGS.map((o) => parseInstant(o, schedule.zone));
  return { schedule, openings };
}

export function coreThroughput(seconds: number): { perSecond: number; count: number } {
  const { schedule, openings } = setup();
  const targets = [180, 360, 540].map((minutes) => ({ minutes, clock: 'business' as const }));
  let count = 0;
  let sink = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 1000; i++) {
      sink += deadlineFor(schedule, targets[i % 3]!, openings[i % openings.length]!);
    }
    count += 1000;
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
