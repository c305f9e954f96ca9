import fc from 'fast-check';
import { addBusinessTime } from '../../src/core/add-business-time';
import { businessTimeBetween } from '../../src/core/business-time-between';
import { createSchedule, type ClosureLookup, type DayOverride, type Interval, type Schedule } from '../../src/core/schedule';
import { Oracle } from './oracle';

const MINUTE = 60_000;
const DAY = 86_400_000;

const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'Europe/London'] as const;

/**
 * Interval boundaries on whole or half hours from 05:00 to 24:00 (slot n = n * 30
 * minutes). The oracle treats business hours as a set of wall-clock minutes, which
 * is only the same thing as the core's windows when no boundary falls in a DST gap
 * or overlap; every zone here switches between 00:00 and 04:00 local, so
 * boundaries stay out of 00:00-05:00. The compatible rule for a boundary inside a
 * gap or overlap is pinned by explicit tests in time-rules.test.ts.
 */
const slot = (n: number): number => n * 30;
const SLOTS = { min: 10, max: 48 };
const sortedSlots = (n: number) =>
  fc.uniqueArray(fc.integer(SLOTS), { minLength: n, maxLength: n }).map((xs) => xs.sort((a, b) => a - b).map(slot));

/** One weekday's hours: closed, one interval, two separate intervals, or two touching intervals. */
const dayHours: fc.Arbitrary<Interval[]> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Interval[]>([]) },
  { weight: 3, arbitrary: sortedSlots(2).map(([a, b]) => [{ start: a!, end: b! }]) },
  { weight: 2, arbitrary: sortedSlots(4).map(([a, b, c, d]) => [{ start: a!, end: b! }, { start: c!, end: d! }]) },
  { weight: 1, arbitrary: sortedSlots(3).map(([a, b, c]) => [{ start: a!, end: b! }, { start: b!, end: c! }]) },
);

/** A week with at least one day of business hours (index 0 = Sunday). */
const weekly = fc.array(dayHours, { minLength: 7, maxLength: 7 }).filter((w) => w.some((d) => d.length > 0));

const minuteOf = (iso: string): number => Date.parse(iso) / MINUTE;

/** Whole-minute openings from 1990 to 2090: uniform, or in the months when these zones switch DST. */
const opening: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: minuteOf('1990-01-01T00:00:00Z'), max: minuteOf('2090-01-01T00:00:00Z') }).map((m) => m * MINUTE),
  fc
    .record({
      year: fc.integer({ min: 1990, max: 2089 }),
      month: fc.constantFrom(3, 4, 9, 10, 11),
      minute: fc.integer({ min: 0, max: 31 * 24 * 60 - 1 }),
    })
    .map(({ year, month, minute }) => Date.UTC(year, month - 1, 1) + minute * MINUTE),
);

/** Holidays as local-day offsets from the opening's local date (a few, near the opening). */
const holidayOffsets = fc.uniqueArray(fc.integer({ min: -1, max: 20 }), { maxLength: 4 });

const target = fc.integer({ min: 1, max: 900 });

interface Case {
  readonly zone: string;
  readonly weekly: Interval[][];
  readonly opened: number;
  readonly holidayOffsets: number[];
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  zone: fc.constantFrom(...ZONES),
  weekly,
  opened: opening,
  holidayOffsets,
});

/** The oracle and the core's schedule for a case, with the same holidays. */
function build(c: Case): { oracle: Oracle; schedule: Schedule } {
  const probe = new Oracle({ zone: c.zone, weekly: c.weekly, holidays: new Set() });
  const openedDay = probe.wallAt(c.opened).day;
  const holidays = new Set(c.holidayOffsets.map((d) => openedDay + d));
  const closed: DayOverride = { name: 'Random holiday', calendar: 'test', intervals: [] };
  const closures: ClosureLookup = (day) => (holidays.has(day) ? closed : undefined);
  return {
    oracle: new Oracle({ zone: c.zone, weekly: c.weekly, holidays }),
    schedule: createSchedule({ zone: c.zone, weekly: c.weekly, closures }),
  };
}

describe('the oracle itself', () => {
  const nineToFive = { start: 540, end: 1020 };
  const oracle = new Oracle({
    zone: 'Europe/Amsterdam',
    weekly: [[], [nineToFive], [nineToFive], [nineToFive], [nineToFive], [nineToFive], []],
    holidays: new Set([Date.UTC(2025, 5, 9) / DAY]), // Whit Monday 2025
  });

  it('gives the hand-computed deadline over a night', () => {
    expect(oracle.deadline(Date.parse('2025-06-02T15:30:00+02:00'), 360)).toBe(Date.parse('2025-06-03T13:30:00+02:00'));
  });

  it('gives the hand-computed deadline over a weekend and a holiday', () => {
    expect(oracle.deadline(Date.parse('2025-06-06T16:00:00+02:00'), 360)).toBe(Date.parse('2025-06-10T14:00:00+02:00'));
  });

  it('reads local wall time on both sides of a DST switch', () => {
    expect(oracle.wallAt(Date.parse('2025-03-30T01:59:00+01:00')).minuteOfDay).toBe(119);
    expect(oracle.wallAt(Date.parse('2025-03-30T03:00:00+02:00')).minuteOfDay).toBe(180);
  });
});

describe('business time laws (random zones, weekly hours, holidays; checked against the minute-walking oracle)', () => {
  it('law: the deadline equals the oracle deadline', () => {
    fc.assert(
      fc.property(caseArb, target, (c, minutes) => {
        const { oracle, schedule } = build(c);
        expect(addBusinessTime(schedule, c.opened, minutes * MINUTE)).toBe(oracle.deadline(c.opened, minutes));
      }),
      { numRuns: 500 },
    );
  });

  it('law: the business time between opening and deadline equals the target', () => {
    fc.assert(
      fc.property(caseArb, target, (c, minutes) => {
        const { schedule } = build(c);
        const due = addBusinessTime(schedule, c.opened, minutes * MINUTE);
        expect(businessTimeBetween(schedule, c.opened, due)).toBe(minutes * MINUTE);
      }),
      { numRuns: 500 },
    );
  });

  it('law: the deadline is never inside a closed period except exactly at a closing boundary', () => {
    fc.assert(
      fc.property(caseArb, target, (c, minutes) => {
        const { oracle, schedule } = build(c);
        const due = addBusinessTime(schedule, c.opened, minutes * MINUTE);
        expect(oracle.isBusinessMinute(due - MINUTE)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('law: a later opening never gives an earlier deadline', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 3 * 24 * 60 }), target, (c, laterBy, minutes) => {
        const { schedule } = build(c);
        const first = addBusinessTime(schedule, c.opened, minutes * MINUTE);
        const second = addBusinessTime(schedule, c.opened + laterBy * MINUTE, minutes * MINUTE);
        expect(second).toBeGreaterThanOrEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('law: businessTimeBetween equals the oracle count, in either order', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -10 * 24 * 60, max: 10 * 24 * 60 }), (c, span) => {
        const { oracle, schedule } = build(c);
        const other = c.opened + span * MINUTE;
        expect(businessTimeBetween(schedule, c.opened, other)).toBe(oracle.businessMinutesBetween(c.opened, other) * MINUTE);
      }),
      { numRuns: 500 },
    );
  });
});
