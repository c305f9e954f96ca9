import { daysFromCivil, formatDay } from '../../src/core/civil';
import { closureLookup, holidaysBetween } from '../../src/holidays/closures';
import { holidaysInYear } from '../../src/holidays/holidays-in-year';
import { parseCalendar } from '../../src/holidays/parse-calendar';
import type { Calendar } from '../../src/holidays/types';

/** A calendar from an in-memory document with one holiday. */
function calendarWith(holiday: Record<string, unknown>): Calendar {
  const doc = parseCalendar({ name: 'Test', holidays: [{ name: 'Test day', ...holiday }] }, 'test.json', 'test');
  return { id: 'test', name: doc.name, source: doc.source, path: 'test.json', rules: doc.rules };
}

const datesIn = (calendar: Calendar, year: number): string[] => holidaysInYear(calendar, year).map((h) => h.date);

describe('holiday rules', () => {
  it('puts a fixed date on that date every year', () => {
    expect(datesIn(calendarWith({ month: 12, day: 25 }), 2030)).toEqual(['2030-12-25']);
  });

  it('puts an Easter offset that many days after Easter Sunday, also before it', () => {
    expect(datesIn(calendarWith({ easter: -2 }), 2025)).toEqual(['2025-04-18']);
  });

  it('moves a date that falls on a listed weekday', () => {
    // 27 April 2025 is a Sunday
    expect(datesIn(calendarWith({ month: 4, day: 27, move: { sunday: -1 } }), 2025)).toEqual(['2025-04-26']);
  });

  it('does not move a date that falls on another weekday', () => {
    // 27 April 2026 is a Monday
    expect(datesIn(calendarWith({ month: 4, day: 27, move: { sunday: -1 } }), 2026)).toEqual(['2026-04-27']);
  });

  it('takes the first given weekday on or after the date', () => {
    // Midsummer Eve style: the Saturday from 20 June; 20 June 2025 is a Friday
    expect(datesIn(calendarWith({ month: 6, day: 20, weekday: 'saturday' }), 2025)).toEqual(['2025-06-21']);
  });

  it('keeps the date itself when it already is that weekday', () => {
    // 20 June 2026 is a Saturday
    expect(datesIn(calendarWith({ month: 6, day: 20, weekday: 'saturday' }), 2026)).toEqual(['2026-06-20']);
  });

  it('applies a rule only from its first year', () => {
    const cal = calendarWith({ month: 5, day: 5, from: 2026 });
    expect([datesIn(cal, 2025), datesIn(cal, 2026)]).toEqual([[], ['2026-05-05']]);
  });

  it('applies a rule only up to its last year', () => {
    const cal = calendarWith({ month: 5, day: 5, to: 2025 });
    expect([datesIn(cal, 2025), datesIn(cal, 2026)]).toEqual([['2025-05-05'], []]);
  });

  it('applies a single date only in its year', () => {
    const cal = calendarWith({ date: '2026-12-24' });
    expect([datesIn(cal, 2025), datesIn(cal, 2026), datesIn(cal, 2027)]).toEqual([[], ['2026-12-24'], []]);
  });

  it('has 29 February only in leap years', () => {
    const cal = calendarWith({ month: 2, day: 29 });
    expect([datesIn(cal, 2024), datesIn(cal, 2025), datesIn(cal, 1900), datesIn(cal, 2000)]).toEqual([['2024-02-29'], [], [], ['2000-02-29']]);
  });

  describe('a move across New Year', () => {
    // New Year's Day moved to Friday when it falls on a Saturday: 1 January 2022 -> 31 December 2021.
    const cal = calendarWith({ month: 1, day: 1, move: { saturday: -1 } });

    it('lands in the previous year', () => {
      const between = holidaysBetween([cal], daysFromCivil(2021, 12, 1), daysFromCivil(2021, 12, 31));
      expect(between.map((h) => h.date)).toEqual(['2021-12-31']);
    });

    it('leaves the year it was moved from without the holiday', () => {
      expect(holidaysBetween([cal], daysFromCivil(2022, 1, 1), daysFromCivil(2022, 1, 31))).toEqual([]);
    });

    it('closes the day it lands on', () => {
      expect(closureLookup([cal])(daysFromCivil(2021, 12, 31))?.name).toBe('Test day');
    });
  });

  it('lists holidays between two days in date order, across calendars', () => {
    const a = calendarWith({ month: 3, day: 10 });
    const b = calendarWith({ month: 3, day: 5 });
    const between = holidaysBetween([a, b], daysFromCivil(2025, 3, 1), daysFromCivil(2025, 3, 31));
    expect(between.map((h) => formatDay(h.day))).toEqual(['2025-03-05', '2025-03-10']);
  });
});
