import { daysFromCivil, daysInMonth, formatDay, weekdayOfDay } from '../core/civil';
import { easterSunday } from './easter';
import type { Calendar, DateRule, Holiday, YearlyRule } from './types';

/**
 * The day number a rule gives in a year, before any move; undefined when the
 * rule does not apply that year (a single date of another year, 29 February).
 */
function baseDay(rule: DateRule, year: number): number | undefined {
  switch (rule.kind) {
    case 'fixed':
      return rule.day <= daysInMonth(year, rule.month) ? daysFromCivil(year, rule.month, rule.day) : undefined;
    case 'easter':
      return easterSunday(year) + rule.offset;
    case 'date':
      return rule.year === year ? daysFromCivil(year, rule.month, rule.day) : undefined;
  }
}

/**
 * The day a yearly rule (a holiday, or a listed difference) falls on in a year,
 * or undefined when it does not apply that year.
 *
 * @example
 * // King's Day: 27 April, or the 26th when the 27th is a Sunday
 * formatDay(dayOfRule(kingsDay, 2025)!) //=> '2025-04-26'
 */
export function dayOfRule(rule: YearlyRule, year: number): number | undefined {
  if ((rule.from !== undefined && year < rule.from) || (rule.to !== undefined && year > rule.to)) return undefined;
  let day = baseDay(rule.rule, year);
  if (day === undefined) return undefined;
  if (rule.weekday !== undefined) day += (rule.weekday - weekdayOfDay(day) + 7) % 7;
  return day + (rule.move[weekdayOfDay(day)] ?? 0);
}

/**
 * Every holiday of a calendar in a year, in date order.
 *
 * @example
 * holidaysInYear(nl, 2025).map((h) => `${h.date} ${h.name}`)
 * //=> ['2025-01-01 New Year's Day', '2025-04-20 Easter Sunday', ...]
 */
export function holidaysInYear(calendar: Calendar, year: number): Holiday[] {
  const out: Holiday[] = [];
  for (const rule of calendar.rules) {
    const day = dayOfRule(rule, year);
    if (day === undefined) continue;
    out.push({ day, date: formatDay(day), name: rule.name, localName: rule.localName, calendar: rule.origin, hours: rule.hours });
  }
  return out.sort((a, b) => a.day - b.day);
}
