import { formatDay } from '../../src/core/civil';
import { easterSunday } from '../../src/holidays/easter';

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('puts Easter Sunday %i on %s', (year, date) => {
    expect(formatDay(easterSunday(year))).toBe(date);
  });
});
