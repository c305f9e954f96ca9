import { SlaError } from '../errors/sla-error';
import { MS_PER_DAY, type Weekday } from './units';
import { isWeekday } from './week';

/** A proleptic Gregorian calendar date; `month` is 1-12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The number of days from 1970-01-01 to a civil date (negative before it).
 * Integer arithmetic only (H. Hinnant's algorithm), so no `Date` and no local time.
 *
 * @example
 * daysFromCivil(2025, 6, 2) //=> 20241
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number (days since 1970-01-01).
 *
 * @example
 * civilFromDays(20241) //=> { year: 2025, month: 6, day: 2 }
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The weekday of a day number; 0 is Sunday.
 *
 * @example
 * weekdayOfDay(daysFromCivil(2025, 6, 2)) //=> 1 (a Monday)
 */
export function weekdayOfDay(days: number): Weekday {
  // 1970-01-01 was a Thursday (4).
  const weekday = (((days + 4) % 7) + 7) % 7;
  if (isWeekday(weekday)) return weekday;
  throw new SlaError('INVALID_INPUT', `a day number is a whole number of days since 1970-01-01, got ${days}`);
}

/**
 * Whether a year has 29 February.
 *
 * @example
 * isLeapYear(2024) //=> true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in each month of a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Days in a month of a year.
 *
 * @example
 * daysInMonth(2025, 2) //=> 28
 */
export function daysInMonth(year: number, month: number): number {
  // Callers check the month first: a month outside 1-12 has no length, and the answer is NaN.
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : (MONTH_DAYS[month - 1] ?? NaN);
}

/**
 * The day number of a wall-clock time expressed as milliseconds "as if UTC".
 *
 * @example
 * dayOfWallMs(Date.UTC(2025, 5, 2, 10)) //=> 20241
 */
export function dayOfWallMs(wallMs: number): number {
  return Math.floor(wallMs / MS_PER_DAY);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `YYYY-MM-DD` for a day number.
 *
 * @example
 * formatDay(20241) //=> '2025-06-02'
 */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Two-digit zero padding, shared by the formatters. */
export { pad2 };
