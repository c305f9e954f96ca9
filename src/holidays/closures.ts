import { civilFromDays, daysFromCivil } from '../core/civil';
import { intersectIntervals } from '../core/intervals';
import type { ClosureLookup, DayOverride, Interval } from '../core/schedule';
import { MINUTES_PER_DAY } from '../core/units';
import { dayOfRule, holidaysInYear } from './holidays-in-year';
import type { Calendar, Holiday, HolidayRule } from './types';

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

/** A rule's day in one year: what a closure is made of (no date text, which a lookup never shows). */
interface RuleDay {
  readonly day: number;
  readonly rule: HolidayRule;
}

const intervalsOf = (rule: HolidayRule): readonly Interval[] => intersectIntervals(WHOLE_DAY, rule.hours ?? []);

// A rule alone on its day closes it the same way every year: one frozen override a rule, made once.
const alone = new WeakMap<HolidayRule, DayOverride>();

/**
 * Combines the holidays that share a day: closed when any of them closes the
 * whole day; otherwise only the hours that every partial day keeps.
 */
function combine(rules: readonly HolidayRule[]): DayOverride {
  const [rule] = rules;
  if (rule !== undefined && rules.length === 1) {
    let override = alone.get(rule);
    if (override === undefined) {
      override = Object.freeze({ name: rule.name, calendar: rule.origin, intervals: Object.freeze(intervalsOf(rule)) });
      alone.set(rule, override);
    }
    return override;
  }
  let intervals: readonly Interval[] = WHOLE_DAY;
  for (const r of rules) intervals = intersectIntervals(intervals, r.hours ?? []);
  const unique = (xs: string[]): string => [...new Set(xs)].join(' / ');
  return Object.freeze({
    name: unique(rules.map((r) => r.name)),
    calendar: unique(rules.map((r) => r.origin)),
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
  const ruleYears = new Map<number, readonly RuleDay[]>();
  const rulesOf = (year: number): readonly RuleDay[] => {
    let found = ruleYears.get(year);
    if (!found) {
      const days: RuleDay[] = [];
      for (const calendar of calendars) {
        for (const rule of calendar.rules) {
          const day = dayOfRule(rule, year);
          if (day !== undefined) days.push({ day, rule });
        }
      }
      found = days;
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
    // A day's rules in calendar order, then rule order, as the calendars list them.
    const byDay = new Map<number, HolidayRule[]>();
    for (const y of [year - 1, year, year + 1]) {
      for (const { day, rule } of rulesOf(y)) {
        if (day < first || day >= last) continue;
        const list = byDay.get(day);
        if (list) list.push(rule);
        else byDay.set(day, [rule]);
      }
    }
    days = new Map([...byDay].sort(([a], [b]) => a - b).map(([day, list]) => [day, combine(list)]));
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
