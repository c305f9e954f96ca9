import { civilFromDays, daysFromCivil } from '../core/civil';
import { intersectIntervals } from '../core/intervals';
import type { ClosureLookup, DayOverride, Interval } from '../core/schedule';
import { MINUTES_PER_DAY } from '../core/units';
import { holidaysInYear } from './holidays-in-year';
import type { Calendar, Holiday } from './types';

const WHOLE_DAY: readonly Interval[] = [{ start: 0, end: MINUTES_PER_DAY }];

/**
 * Every holiday of the calendars from `fromDay` to `toDay` (day numbers,
 * inclusive), in date order; a rule moved across New Year is found in the year
 * it lands in.
 *
 * @example
 * holidaysBetween([nl], daysFromCivil(2025, 6, 1), daysFromCivil(2025, 6, 30)).map((h) => h.name)
 * //=> ['Whit Sunday', 'Whit Monday']
 */
export function holidaysBetween(calendars: readonly Calendar[], fromDay: number, toDay: number): Holiday[] {
  const first = civilFromDays(fromDay).year - 1;
  const last = civilFromDays(toDay).year + 1;
  const out: Holiday[] = [];
  for (let year = first; year <= last; year++) {
    for (const calendar of calendars) {
      for (const h of holidaysInYear(calendar, year)) if (h.day >= fromDay && h.day <= toDay) out.push(h);
    }
  }
  return out.sort((a, b) => a.day - b.day);
}

/**
 * Combines holidays that share a day: closed when any of them closes the whole
 * day; otherwise only the hours that every partial day keeps.
 */
function combine(holidays: readonly Holiday[]): DayOverride {
  let intervals: readonly Interval[] = WHOLE_DAY;
  for (const h of holidays) intervals = intersectIntervals(intervals, h.hours ?? []);
  const unique = (xs: string[]): string => [...new Set(xs)].join(' / ');
  return Object.freeze({
    name: unique(holidays.map((h) => h.name)),
    calendar: unique(holidays.map((h) => h.calendar)),
    intervals: Object.freeze(intervals),
  });
}

/**
 * A {@link ClosureLookup} for the core over several calendars, computing each
 * year's days once.
 *
 * @example
 * const closures = closureLookup([nl]);
 * closures(daysFromCivil(2025, 6, 9))?.name //=> 'Whit Monday'
 */
export function closureLookup(calendars: readonly Calendar[]): ClosureLookup {
  if (calendars.every((c) => c.rules.length === 0)) return () => undefined;
  const years = new Map<number, ReadonlyMap<number, DayOverride>>();
  const yearOf = (year: number): ReadonlyMap<number, DayOverride> => {
    let days = years.get(year);
    if (days) return days;
    const byDay = new Map<number, Holiday[]>();
    for (const h of holidaysBetween(calendars, daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31))) {
      byDay.set(h.day, [...(byDay.get(h.day) ?? []), h]);
    }
    days = new Map([...byDay].map(([day, list]) => [day, combine(list)]));
    years.set(year, days);
    return days;
  };
  return (day: number) => yearOf(civilFromDays(day).year).get(day);
}
