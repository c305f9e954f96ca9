import { civilFromDays, daysFromCivil, pad2, weekdayOfDay } from './civil';

/**
 * The ISO 8601 week of a local day number, as `2025-W23`: weeks start on
 * Monday, and week 1 is the one with the year's first Thursday, so the days
 * around New Year can belong to the other year's week.
 *
 * @example
 * isoWeekOfDay(daysFromCivil(2025, 6, 2)) //=> '2025-W23'
 * isoWeekOfDay(daysFromCivil(2024, 12, 30)) //=> '2025-W01'
 */
export function isoWeekOfDay(day: number): string {
  const mondayBased = (weekdayOfDay(day) + 6) % 7; // 0 = Monday
  const thursday = day - mondayBased + 3;
  const { year } = civilFromDays(thursday);
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${pad2(week)}`;
}

/**
 * The month of a local day number, as `2025-06`.
 *
 * @example
 * monthOfDay(daysFromCivil(2025, 6, 2)) //=> '2025-06'
 */
export function monthOfDay(day: number): string {
  const { year, month } = civilFromDays(day);
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}
