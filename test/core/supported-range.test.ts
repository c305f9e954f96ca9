import { addBusinessTime } from '../../src/core/add-business-time';
import { businessTimeBetween } from '../../src/core/business-time-between';
import { deadlineFor, targetProblem } from '../../src/core/deadline';
import { formatInstant, parseInstant } from '../../src/core/iso';
import { createSchedule, type Interval } from '../../src/core/schedule';
import { MAX_BUSINESS_MINUTES, MAX_CALENDAR_MINUTES } from '../../src/core/supported-range';
import { getZone } from '../../src/core/zone';
import { SlaError } from '../../src/errors/sla-error';
import { defaultSetup } from './default-schedule';

const amsterdam = getZone('Europe/Amsterdam');
const nineToFive: Interval[] = [{ start: 540, end: 1020 }];
const weekdays = createSchedule({ zone: 'Europe/Amsterdam', weekly: [[], nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, []] });

describe('the supported range: years 1000 to 9999', () => {
  it('reads 9999-12-31 in the policy zone', () => {
    expect(parseInstant('9999-12-31T12:00', amsterdam)).toBe(Date.parse('9999-12-31T11:00:00Z'));
  });

  it.each(['9999-12-31T23:00-05:00', '9999-12-31T23:30:00Z'])('refuses %s, which is 10000-01-01 in Amsterdam, naming the range', (text) => {
    expect(() => parseInstant(text, amsterdam)).toThrow(/supported range, years 1000 to 9999/);
  });

  it('never prints a year past 9999', () => {
    expect(() => formatInstant(Date.parse('9999-12-31T23:30:00Z'), amsterdam)).toThrow(/supported range \(years 1000 to 9999/);
    expect(formatInstant(Date.parse('9999-12-31T22:59:59Z'), amsterdam)).toBe('9999-12-31T23:59:59+01:00');
  });

  it('refuses a 24/7 deadline past 9999-12-31', () => {
    const opened = parseInstant('9999-12-31T23:30', amsterdam);
    expect(() => deadlineFor(weekdays, { minutes: 60, clock: 'calendar' }, opened)).toThrow(/the deadline falls outside the supported range/);
  });

  it('refuses a business deadline past 9999-12-31', () => {
    const opened = parseInstant('9999-12-31T16:00', amsterdam);
    expect(() => deadlineFor(weekdays, { minutes: 180, clock: 'business' }, opened)).toThrow(/the deadline falls outside the supported range \(years 1000 to 9999\)/);
  });

  it('counts business time up to 9999-12-31 by year totals, as day by day would', () => {
    const { schedule } = defaultSetup();
    const from = schedule.dayOf(Date.parse('2024-11-01T12:00:00Z'));
    const to = schedule.dayOf(Date.parse('2031-03-01T12:00:00Z'));
    let sum = 0;
    for (let day = from; day < to; day++) sum += schedule.dayMs(day);
    expect(schedule.wholeDaysMs(from, to)).toBe(sum);
  });

  it('counts business time over decades by year totals, as day by day would', () => {
    // How fast it reaches 9999-12-31 is a figure of `npm run bench`.
    const { schedule, zone } = defaultSetup();
    const from = parseInstant('2025-06-02T00:00', zone);
    const to = parseInstant('2061-01-01T00:00', zone);
    let sum = 0;
    for (let day = schedule.dayOf(from); day < schedule.dayOf(to); day++) sum += schedule.dayMs(day);
    expect(sum).toBeGreaterThan(0);
    expect(businessTimeBetween(schedule, from, to)).toBe(sum);
  });
});

describe('target limits', () => {
  it('accepts 100,000 business hours and 100 years of 24/7 time', () => {
    expect(targetProblem({ minutes: MAX_BUSINESS_MINUTES, clock: 'business' })).toBeUndefined();
    expect(targetProblem({ minutes: MAX_CALENDAR_MINUTES, clock: 'calendar' })).toBeUndefined();
  });

  it.each([MAX_BUSINESS_MINUTES + 1, 1e9 * 60, 1e15, 1e300])('refuses a business target of %d minutes, naming the limit', (minutes) => {
    expect(targetProblem({ minutes, clock: 'business' })).toMatch(/at most 6000000 \(100,000 hours\)/);
    expect(() => deadlineFor(weekdays, { minutes, clock: 'business' }, Date.parse('2025-06-02T10:00:00+02:00'))).toThrow(SlaError);
  });

  it.each([MAX_CALENDAR_MINUTES + 1, 1e15])('refuses a 24/7 target of %d minutes, naming the limit', (minutes) => {
    expect(() => deadlineFor(weekdays, { minutes, clock: 'calendar' }, Date.parse('2025-06-02T10:00:00+02:00'))).toThrow(/at most 52596000 \(100 years\)/);
  });

  it('answers the longest business target at once', () => {
    const started = performance.now();
    const due = deadlineFor(weekdays, { minutes: MAX_BUSINESS_MINUTES, clock: 'business' }, Date.parse('2025-06-02T10:00:00+02:00'));
    expect(businessTimeBetween(weekdays, Date.parse('2025-06-02T10:00:00+02:00'), due)).toBe(MAX_BUSINESS_MINUTES * 60_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops at 9999-12-31 when a schedule with little open time cannot reach the target', () => {
    // Open 10 minutes a week: 100,000 hours take about 11,500 years.
    const sparse = createSchedule({ zone: 'UTC', weekly: [[], [{ start: 540, end: 550 }], [], [], [], [], []] });
    expect(() => addBusinessTime(sparse, Date.parse('2025-06-02T10:00:00Z'), MAX_BUSINESS_MINUTES * 60_000)).toThrow(/supported range/);
  });

  it('adds business time across years by their totals, as the explained walk does', () => {
    const { schedule } = defaultSetup();
    const opened = Date.parse('2025-06-02T10:00:00+02:00');
    const ms = 20_000 * 3_600_000;
    expect(addBusinessTime(schedule, opened, ms)).toBe(addBusinessTime(schedule, opened, ms, []));
  });
});
