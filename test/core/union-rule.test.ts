import { addBusinessTime } from '../../src/core/add-business-time';
import { businessTimeBetween } from '../../src/core/business-time-between';
import { createSchedule, unionWithin, type Interval } from '../../src/core/schedule';
import { slaStatus, DEFAULT_WARN } from '../../src/core/sla-status';
import type { TraceStep } from '../../src/core/trace';

const HOUR = 3_600_000;
const at = (iso: string): number => Date.parse(iso);

describe('unionWithin: each real instant of a day counts once', () => {
  it('merges windows that overlap after the compatible rule', () => {
    expect(unionWithin([1, 3.5, 3.25, 5].map((h) => h * HOUR), 0, 24 * HOUR)).toEqual([1 * HOUR, 5 * HOUR]);
  });

  it('merges windows that touch, and sorts windows given out of order', () => {
    expect(unionWithin([6, 8, 1, 2, 2, 3].map((h) => h * HOUR), 0, 24 * HOUR)).toEqual([1, 3, 6, 8].map((h) => h * HOUR));
  });

  it('clips windows to the real time of their day, and drops what lies outside it', () => {
    expect(unionWithin([1, 5, 20, 30].map((h) => h * HOUR), 2 * HOUR, 24 * HOUR)).toEqual([2, 5, 20, 24].map((h) => h * HOUR));
    expect(unionWithin([1, 5].map((h) => h * HOUR), 6 * HOUR, 6 * HOUR)).toEqual([]);
  });
});

describe('windows that overlap in real time on a spring-forward Sunday (Amsterdam, 30 March 2025)', () => {
  // 02:30 does not exist and becomes 03:30 CEST, past the next opening at 03:15.
  const sunday: Interval[] = [{ start: 60, end: 150 }, { start: 195, end: 300 }];
  const schedule = createSchedule({ zone: 'Europe/Amsterdam', weekly: [sunday, [], [], [], [], [], []] });
  const opened = at('2025-03-30T01:00:00+01:00');

  it('holds one window from 01:00 CET to 05:00 CEST: three real hours', () => {
    const plan = schedule.plan(schedule.dayOf(opened));
    expect(plan.windows).toEqual([opened, at('2025-03-30T05:00:00+02:00')]);
    expect(plan.businessMs).toBe(3 * HOUR);
    expect(schedule.dayMs(schedule.dayOf(opened))).toBe(3 * HOUR);
  });

  it('counts the overlap once between two instants', () => {
    expect(businessTimeBetween(schedule, at('2025-03-29T12:00:00+01:00'), at('2025-03-31T12:00:00+02:00'))).toBe(3 * HOUR);
  });

  it('gives the same deadline with and without an explanation', () => {
    const trace: TraceStep[] = [];
    const due = addBusinessTime(schedule, opened, 3 * HOUR);
    expect(due).toBe(at('2025-03-30T05:00:00+02:00'));
    expect(addBusinessTime(schedule, opened, 3 * HOUR, trace)).toBe(due);
    expect(trace).toEqual([{ kind: 'counted', day: schedule.dayOf(opened), from: opened, to: due, ms: 3 * HOUR }]);
  });

  it('judges a response before its own deadline as met', () => {
    const status = slaStatus(schedule, {
      target: { minutes: 180, clock: 'business' },
      openedMs: opened,
      respondedMs: at('2025-03-30T04:59:00+02:00'),
      nowMs: at('2025-03-30T06:00:00+02:00'),
      warn: DEFAULT_WARN,
    });
    expect(status.status).toBe('met');
    expect(status.elapsedMs).toBe(3 * HOUR - 60_000);
  });
});

describe('a date the zone skipped (Pacific/Apia, Friday 30 December 2011)', () => {
  const day: Interval[] = [{ start: 540, end: 1020 }];
  const schedule = createSchedule({ zone: 'Pacific/Apia', weekly: [[], day, day, day, day, day, day] });
  const opened = at('2011-12-29T12:00:00-10:00');
  const friday = schedule.dayOf(opened) + 1;

  it('has no real time and no windows, though Friday is a business day', () => {
    expect(schedule.plan(friday).exists).toBe(false);
    expect(schedule.plan(friday).windows).toEqual([]);
    expect(schedule.dayMs(friday)).toBe(0);
  });

  it('counts Saturday 31 December once: the deadline is the same with and without an explanation', () => {
    const trace: TraceStep[] = [];
    const due = addBusinessTime(schedule, opened, 16 * HOUR);
    expect(due).toBe(at('2012-01-02T12:00:00+14:00'));
    expect(addBusinessTime(schedule, opened, 16 * HOUR, trace)).toBe(due);
    expect(trace.some((step) => step.kind !== 'elapsed' && step.day === friday)).toBe(false);
  });

  it('counts 5 + 8 business hours from Thursday noon to Saturday evening', () => {
    expect(businessTimeBetween(schedule, opened, at('2011-12-31T18:00:00+14:00'))).toBe(13 * HOUR);
  });

  it('gives the instant after the gap to the day that holds it', () => {
    expect(schedule.dayOf(at('2011-12-31T00:00:00+14:00'))).toBe(friday + 1);
    expect(schedule.dayOf(at('2011-12-29T23:59:59-10:00'))).toBe(friday - 1);
  });
});
