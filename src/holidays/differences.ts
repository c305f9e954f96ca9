import { dayOfRule } from './holidays-in-year';
import type { CalendarDifference } from './types';

/**
 * The days a listed difference covers from `fromYear` to `toYear` (inclusive),
 * as sorted day numbers: its dates in those years, or its rule's day in each
 * year the rule applies.
 *
 * @example
 * // Good Friday listed as missing here from 2000 to 2015
 * differenceDays(goodFriday, 2000, 2060).length //=> 16
 */
export function differenceDays(difference: CalendarDifference, fromYear: number, toYear: number): number[] {
  const days: number[] = [];
  for (const rule of difference.days) {
    for (let year = fromYear; year <= toYear; year++) {
      const day = dayOfRule(rule, year);
      if (day !== undefined) days.push(day);
    }
  }
  return days.sort((a, b) => a - b);
}
