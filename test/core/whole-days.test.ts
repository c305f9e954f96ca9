import { daysFromCivil } from '../../src/core/civil';
import { createSchedule } from '../../src/core/schedule';

const nineToFive = [{ start: 540, end: 1020 }];
const week = [[], nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, []];
const HOUR = 3_600_000;

describe('schedule.wholeDaysMs: running totals of whole days', () => {
  it('sums a working week as 40 business hours', () => {
    const schedule = createSchedule({ zone: 'Europe/Amsterdam', weekly: week });
    expect(schedule.wholeDaysMs(daysFromCivil(2025, 6, 2), daysFromCivil(2025, 6, 9))).toBe(40 * HOUR);
  });

  it('gives the same totals for days before the first day asked about', () => {
    const schedule = createSchedule({ zone: 'Europe/Amsterdam', weekly: week });
    schedule.wholeDaysMs(daysFromCivil(2025, 6, 2), daysFromCivil(2025, 6, 3)); // fixes the running totals' start
    expect(schedule.wholeDaysMs(daysFromCivil(2025, 5, 26), daysFromCivil(2025, 6, 2))).toBe(40 * HOUR);
    expect(schedule.wholeDaysMs(daysFromCivil(2025, 5, 26), daysFromCivil(2025, 6, 9))).toBe(80 * HOUR);
  });

  it('is zero for an empty or reversed run of days', () => {
    const schedule = createSchedule({ zone: 'Europe/Amsterdam', weekly: week });
    expect(schedule.wholeDaysMs(daysFromCivil(2025, 6, 9), daysFromCivil(2025, 6, 2))).toBe(0);
  });

  it('counts a 24-hour day across the spring-forward switch as 23 real hours', () => {
    const allDay = [{ start: 0, end: 1440 }];
    const schedule = createSchedule({ zone: 'Europe/Amsterdam', weekly: [allDay, allDay, allDay, allDay, allDay, allDay, allDay] });
    expect(schedule.wholeDaysMs(daysFromCivil(2025, 3, 30), daysFromCivil(2025, 3, 31))).toBe(23 * HOUR);
  });
});
