import { civilFromDays, daysFromCivil } from '../core/civil';
import { intersectIntervals } from '../core/intervals';
import type { ClosureLookup, DayOverride, Interval } from '../core/schedule';
import { MINUTES_PER_DAY } from '../core/units';
import { holidaysInYear } from './holidays-in-year';
import type { Calendar, Holiday } from './types';

/** The years of holidays kept at once (a few centuries: far more than any ticket spans). */
const MAX_CACHED_YEARS = 400;

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
  const [h] = holidays;
  if (h !== undefined && holidays.length === 1) {
    return Object.freeze({ name: h.name, calendar: h.calendar, intervals: Object.freeze(intersectIntervals(WHOLE_DAY, h.hours ?? [])) });
  }
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
  if (calendars.every((c) => c.rules.length === 0)) return Object.assign(() => undefined, { daysInYear: () => [] });
  const years = new Map<number, ReadonlyMap<number, DayOverride>>();
  // The rules' days by the year they are computed for; a year's days also take
  // in rules of the years either side that a move carries across New Year.
  const ruleYears = new Map<number, readonly Holiday[]>();
  const rulesOf = (year: number): readonly Holiday[] => {
    let found = ruleYears.get(year);
    if (!found) {
      found = calendars.flatMap((calendar) => holidaysInYear(calendar, year));
      if (ruleYears.size >= MAX_CACHED_YEARS) ruleYears.clear();
      ruleYears.set(year, found);
    }
    return found;
  };
  const yearOf = (year: number): ReadonlyMap<number, DayOverride> => {
    let days = years.get(year);
    if (days) return days;
    const first = daysFromCivil(year, 1, 1);
    const last = daysFromCivil(year + 1, 1, 1);
    const byDay = new Map<number, Holiday[]>();
    for (const y of [year - 1, year, year + 1]) {
      for (const h of rulesOf(y)) {
        if (h.day < first || h.day >= last) continue;
        const list = byDay.get(h.day);
        if (list) list.push(h);
        else byDay.set(h.day, [h]);
      }
    }
    days = new Map([...byDay].map(([day, list]) => [day, combine(list)]));
    // Calculations move through years in order: a bounded cache keeps a run over
    // centuries from holding every year's days at once.
    if (years.size >= MAX_CACHED_YEARS) years.clear();
    years.set(year, days);
    return days;
  };
  const lookup = (day: number) => yearOf(civilFromDays(day).year).get(day);
  // Listing a year's days lets the schedule sum whole years without visiting each day.
  return Object.assign(lookup, { daysInYear: (year: number) => yearOf(year).keys() });
}
