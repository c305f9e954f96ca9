import { isoWeekOfDay, monthOfDay } from '../../src/core/calendar-periods';
import { daysFromCivil } from '../../src/core/civil';

describe('isoWeekOfDay', () => {
  it.each([
    [2025, 6, 2, '2025-W23'],
    [2025, 6, 8, '2025-W23'],
    [2025, 6, 9, '2025-W24'],
    [2024, 12, 30, '2025-W01'],
    [2021, 1, 3, '2020-W53'],
    [2026, 1, 1, '2026-W01'],
    [2027, 1, 1, '2026-W53'],
  ])('%i-%i-%i is in %s', (y, m, d, week) => {
    expect(isoWeekOfDay(daysFromCivil(y, m, d))).toBe(week);
  });
});

describe('monthOfDay', () => {
  it('is the year and month', () => {
    expect(monthOfDay(daysFromCivil(2025, 6, 30))).toBe('2025-06');
  });
});
