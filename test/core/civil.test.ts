import fc from 'fast-check';
import { civilFromDays, dayOfWallMs, daysFromCivil, daysInMonth, formatDay, isLeapYear, weekdayOfDay } from '../../src/core/civil';

const DAY = 86_400_000;

describe('daysFromCivil', () => {
  it.each`
    year    | month | day   | days
    ${1970} | ${1}  | ${1}  | ${0}
    ${2025} | ${6}  | ${2}  | ${20241}
    ${1969} | ${12} | ${31} | ${-1}
    ${1900} | ${1}  | ${1}  | ${-25567}
    ${2000} | ${2}  | ${29} | ${11016}
    ${2000} | ${3}  | ${1}  | ${11017}
    ${1600} | ${3}  | ${1}  | ${-135080}
  `('numbers $year-$month-$day as day $days', ({ year, month, day, days }: { year: number; month: number; day: number; days: number }) => {
    expect(daysFromCivil(year, month, day)).toBe(days);
  });

  it('agrees with Date.UTC for every date from 1583 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, rawDay) => {
        const day = Math.min(rawDay, daysInMonth(year, month));
        expect(daysFromCivil(year, month, day)).toBe(Date.UTC(year, month - 1, day) / DAY);
      }),
      { numRuns: 500 },
    );
  });
});

describe('civilFromDays', () => {
  it.each`
    days       | date
    ${0}       | ${{ year: 1970, month: 1, day: 1 }}
    ${-1}      | ${{ year: 1969, month: 12, day: 31 }}
    ${20241}   | ${{ year: 2025, month: 6, day: 2 }}
    ${19782}   | ${{ year: 2024, month: 2, day: 29 }}
    ${-25509}  | ${{ year: 1900, month: 2, day: 28 }}
    ${-25508}  | ${{ year: 1900, month: 3, day: 1 }}
    ${-135081} | ${{ year: 1600, month: 2, day: 29 }}
  `('gives day $days as $date', ({ days, date }: { days: number; date: object }) => {
    expect(civilFromDays(days)).toEqual(date);
  });

  it('round-trips every day number from 1583 to 9999 through daysFromCivil', () => {
    const min = daysFromCivil(1583, 1, 1);
    const max = daysFromCivil(9999, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min, max }), (days) => {
        const { year, month, day } = civilFromDays(days);
        expect(daysFromCivil(year, month, day)).toBe(days);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips each day of the leap years 1600, 2000 and 2024 and the common years 1900 and 2100', () => {
    for (const year of [1600, 1900, 2000, 2024, 2100]) {
      const first = daysFromCivil(year, 1, 1);
      const length = daysFromCivil(year + 1, 1, 1) - first;
      expect(length).toBe(isLeapYear(year) ? 366 : 365);
      for (let d = first; d < first + length; d++) {
        const { year: y, month, day } = civilFromDays(d);
        expect(daysFromCivil(y, month, day)).toBe(d);
      }
    }
  });
});

describe('weekdayOfDay', () => {
  it.each`
    date            | year    | month | day   | weekday
    ${'1970-01-01'} | ${1970} | ${1}  | ${1}  | ${4}
    ${'2025-06-02'} | ${2025} | ${6}  | ${2}  | ${1}
    ${'2025-06-08'} | ${2025} | ${6}  | ${8}  | ${0}
    ${'1969-12-27'} | ${1969} | ${12} | ${27} | ${6}
    ${'1900-01-01'} | ${1900} | ${1}  | ${1}  | ${1}
  `('gives $date weekday $weekday (0 = Sunday)', ({ year, month, day, weekday }: { year: number; month: number; day: number; weekday: number }) => {
    expect(weekdayOfDay(daysFromCivil(year, month, day))).toBe(weekday);
  });

  it('agrees with Date#getUTCDay before and after 1970', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        expect(weekdayOfDay(days)).toBe(new Date(days * DAY).getUTCDay());
      }),
      { numRuns: 500 },
    );
  });
});

describe('daysInMonth', () => {
  it.each`
    year    | month | days
    ${2025} | ${1}  | ${31}
    ${2025} | ${2}  | ${28}
    ${2024} | ${2}  | ${29}
    ${1900} | ${2}  | ${28}
    ${2000} | ${2}  | ${29}
    ${2025} | ${4}  | ${30}
    ${2025} | ${6}  | ${30}
    ${2025} | ${9}  | ${30}
    ${2025} | ${11} | ${30}
    ${2025} | ${12} | ${31}
  `('gives $year-$month $days days', ({ year, month, days }: { year: number; month: number; days: number }) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2025, false],
    [1900, false],
    [2000, true],
    [2100, false],
    [1600, true],
  ])('says %i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('formatDay and dayOfWallMs', () => {
  it('formats a day number as YYYY-MM-DD', () => {
    expect(formatDay(20241)).toBe('2025-06-02');
  });

  it('formats a day before 1970', () => {
    expect(formatDay(-1)).toBe('1969-12-31');
  });

  it('takes the day of a wall time written as UTC, also just before midnight', () => {
    expect(dayOfWallMs(Date.UTC(2025, 5, 2, 23, 59, 59, 999))).toBe(20241);
  });

  it('takes the day of a wall time before 1970 by flooring', () => {
    expect(dayOfWallMs(Date.UTC(1969, 11, 31, 12))).toBe(-1);
  });
});
