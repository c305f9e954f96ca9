import fc from 'fast-check';
import { addBusinessTime } from '../../src/core/add-business-time';
import { businessTimeBetween } from '../../src/core/business-time-between';
import { createSchedule, type ClosureLookup, type DayOverride, type Interval, type Schedule } from '../../src/core/schedule';
import type { TraceStep } from '../../src/core/trace';
import { CompatibleOracle } from './oracle';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Zones with skipped dates and odd clock changes, each with instants near a
 * change: the dates these zones skipped (Apia 30 December 2011, Kiritimati
 * 31 December 1994), half-hour moves (Caracas 2007 and 2016, Lord Howe's
 * 30-minute DST), a two-hour DST (Troll), a one-season DST (Tonga),
 * switches at midnight (Santiago, Beirut) and the common European and
 * American ones.
 */
const SWITCHES: readonly { zone: string; at: string }[] = [
  { zone: 'Pacific/Apia', at: '2011-12-30T10:00:00Z' },
  { zone: 'Pacific/Apia', at: '2012-04-01T04:00:00+14:00' },
  { zone: 'Pacific/Apia', at: '2012-09-30T03:00:00+13:00' },
  { zone: 'Pacific/Kiritimati', at: '1995-01-01T00:00:00+14:00' },
  { zone: 'Pacific/Tongatapu', at: '2016-11-06T02:00:00+13:00' },
  { zone: 'Pacific/Tongatapu', at: '2017-01-15T03:00:00+14:00' },
  { zone: 'America/Caracas', at: '2007-12-09T03:00:00-04:00' },
  { zone: 'America/Caracas', at: '2016-05-01T02:30:00-04:30' },
  { zone: 'Australia/Lord_Howe', at: '2025-10-05T02:00:00+10:30' },
  { zone: 'Australia/Lord_Howe', at: '2025-04-06T02:00:00+11:00' },
  { zone: 'Antarctica/Troll', at: '2025-03-30T01:00:00Z' },
  { zone: 'Antarctica/Troll', at: '2025-10-26T01:00:00Z' },
  { zone: 'America/Santiago', at: '2025-09-07T00:00:00-04:00' },
  { zone: 'America/Santiago', at: '2025-04-06T00:00:00-03:00' },
  { zone: 'Asia/Beirut', at: '2025-03-30T00:00:00+02:00' },
  { zone: 'Europe/Amsterdam', at: '2025-03-30T02:00:00+01:00' },
  { zone: 'Europe/Amsterdam', at: '2025-10-26T03:00:00+02:00' },
  { zone: 'America/New_York', at: '2025-03-09T02:00:00-05:00' },
];

/** Boundaries on any quarter-hour of the day (slot n = n * 15 minutes), the switch hours included. */
const sortedSlots = (n: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: n, maxLength: n }).map((xs) => xs.sort((a, b) => a - b).map((x) => x * 15));

/** One weekday's hours: closed, one interval, two separate intervals, or two touching intervals. */
const dayHours: fc.Arbitrary<Interval[]> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Interval[]>([]) },
  { weight: 3, arbitrary: sortedSlots(2).map(([a, b]) => [{ start: a!, end: b! }]) },
  { weight: 3, arbitrary: sortedSlots(4).map(([a, b, c, d]) => [{ start: a!, end: b! }, { start: c!, end: d! }]) },
  { weight: 1, arbitrary: sortedSlots(3).map(([a, b, c]) => [{ start: a!, end: b! }, { start: b!, end: c! }]) },
);

/** A week open at least two days, so that the minute walk of the oracle stays short. */
const weekly = fc.array(dayHours, { minLength: 7, maxLength: 7 }).filter((w) => w.filter((d) => d.length > 0).length >= 2);

interface Case {
  readonly zone: string;
  readonly weekly: Interval[][];
  readonly opened: number;
  readonly holidayOffsets: number[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    which: fc.integer({ min: 0, max: SWITCHES.length - 1 }),
    weekly,
    // Whole minutes up to four days either side of the switch.
    shift: fc.integer({ min: -4 * 24 * 60, max: 4 * 24 * 60 }),
    holidayOffsets: fc.uniqueArray(fc.integer({ min: -1, max: 10 }), { maxLength: 2 }),
  })
  .map(({ which, weekly, shift, holidayOffsets }) => ({
    zone: SWITCHES[which]!.zone,
    weekly,
    opened: Date.parse(SWITCHES[which]!.at) + shift * MINUTE,
    holidayOffsets,
  }));

const target = fc.integer({ min: 1, max: 600 });

function build(c: Case): { oracle: CompatibleOracle; schedule: Schedule } {
  const probe = new CompatibleOracle({ zone: c.zone, weekly: c.weekly, holidays: new Set() });
  const openedDay = Math.floor((c.opened + probe.offsetAt(c.opened)) / DAY);
  const holidays = new Set(c.holidayOffsets.map((d) => openedDay + d));
  const closed: DayOverride = { name: 'Random holiday', calendar: 'test', intervals: [] };
  const closures: ClosureLookup = (day) => (holidays.has(day) ? closed : undefined);
  return {
    oracle: new CompatibleOracle({ zone: c.zone, weekly: c.weekly, holidays }),
    schedule: createSchedule({ zone: c.zone, weekly: c.weekly, closures }),
  };
}

describe('the compatible-rule oracle itself', () => {
  const eightToSix = [{ start: 480, end: 1080 }];
  const oracle = new CompatibleOracle({ zone: 'Pacific/Apia', weekly: [[], eightToSix, eightToSix, eightToSix, eightToSix, eightToSix, eightToSix], holidays: new Set() });

  it('maps a wall time of the skipped 30 December 2011 in Apia one day on', () => {
    expect(oracle.instantOf(Date.UTC(2011, 11, 30, 9))).toBe(Date.parse('2011-12-31T09:00:00+14:00'));
  });

  it('counts the real hours of Apia from Thursday 29 to Saturday 31 December 2011 once: 10 + 10', () => {
    expect(oracle.businessMinutesBetween(Date.parse('2011-12-29T00:00:00-10:00'), Date.parse('2012-01-01T00:00:00+14:00'))).toBe(20 * 60);
  });

  it('reads 02:30 on a spring-forward night in Amsterdam as 03:30 CEST', () => {
    const amsterdam = new CompatibleOracle({ zone: 'Europe/Amsterdam', weekly: [[], [], [], [], [], [], []], holidays: new Set() });
    expect(amsterdam.instantOf(Date.UTC(2025, 2, 30, 2, 30))).toBe(Date.parse('2025-03-30T03:30:00+02:00'));
  });
});

describe('business time in zones with skipped days and odd switches (checked against the compatible-rule oracle)', () => {
  it('law: the deadline equals the oracle deadline', () => {
    fc.assert(
      fc.property(caseArb, target, (c, minutes) => {
        const { oracle, schedule } = build(c);
        expect(addBusinessTime(schedule, c.opened, minutes * MINUTE)).toBe(oracle.deadline(c.opened, minutes));
      }),
      { numRuns: 300 },
    );
  });

  it('law: the explained deadline is the same instant, and its counted windows add up to the target once', () => {
    fc.assert(
      fc.property(caseArb, target, (c, minutes) => {
        const { schedule } = build(c);
        const trace: TraceStep[] = [];
        const explained = addBusinessTime(schedule, c.opened, minutes * MINUTE, trace);
        expect(explained).toBe(addBusinessTime(schedule, c.opened, minutes * MINUTE));
        let last = -Infinity;
        let sum = 0;
        for (const step of trace) {
          if (step.kind !== 'counted') continue;
          expect(step.from).toBeGreaterThanOrEqual(last); // windows never overlap in real time
          last = step.to;
          sum += step.ms;
        }
        expect(sum).toBe(minutes * MINUTE);
      }),
      { numRuns: 300 },
    );
  });

  it('law: the business time between opening and deadline equals the target', () => {
    fc.assert(
      fc.property(caseArb, target, (c, minutes) => {
        const { schedule } = build(c);
        const due = addBusinessTime(schedule, c.opened, minutes * MINUTE);
        expect(businessTimeBetween(schedule, c.opened, due)).toBe(minutes * MINUTE);
      }),
      { numRuns: 300 },
    );
  });

  it('law: businessTimeBetween equals the oracle count, in either order', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -6 * 24 * 60, max: 6 * 24 * 60 }), (c, span) => {
        const { oracle, schedule } = build(c);
        const other = c.opened + span * MINUTE;
        expect(businessTimeBetween(schedule, c.opened, other)).toBe(oracle.businessMinutesBetween(c.opened, other) * MINUTE);
      }),
      { numRuns: 300 },
    );
  });

  it('law: whole days sum to what their windows hold', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 12 }), (c, length) => {
        const { schedule } = build(c);
        const first = schedule.dayOf(c.opened) - 4;
        let sum = 0;
        for (let day = first; day < first + length; day++) {
          const { windows } = schedule.plan(day);
          for (let i = 0; i < windows.length; i += 2) sum += windows[i + 1]! - windows[i]!;
        }
        expect(schedule.wholeDaysMs(first, first + length)).toBe(sum);
      }),
      { numRuns: 300 },
    );
  });
});
