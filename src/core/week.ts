import type { Weekday } from './units';

/**
 * One value per day of the week, index 0 = Sunday. A tuple, so that reading it
 * by a {@link Weekday} always finds a value.
 */
export type Week<T> = readonly [T, T, T, T, T, T, T];

/** Every weekday, Sunday first. */
export const WEEKDAYS: Week<Weekday> = Object.freeze([0, 1, 2, 3, 4, 5, 6] as const);

/**
 * Whether a number is a weekday: a whole number from 0 (Sunday) to 6.
 *
 * @example
 * isWeekday(6) //=> true
 * isWeekday(7) //=> false
 */
export function isWeekday(n: number): n is Weekday {
  return n === 0 || n === 1 || n === 2 || n === 3 || n === 4 || n === 5 || n === 6;
}

/**
 * Whether a list has one entry per day of the week.
 *
 * @example
 * isWeek([[], [], [], [], [], [], []]) //=> true
 * isWeek([[]]) //=> false
 */
export function isWeek<T>(days: readonly T[]): days is Week<T> {
  return days.length === 7;
}

/**
 * A week with each day's value turned into another, Sunday first.
 *
 * @example
 * mapWeek(WEEKDAYS, (d) => d === 0 || d === 6) //=> [true, false, false, false, false, false, true]
 */
export function mapWeek<T, U>(week: Week<T>, fn: (value: T, weekday: Weekday) => U): Week<U> {
  return [fn(week[0], 0), fn(week[1], 1), fn(week[2], 2), fn(week[3], 3), fn(week[4], 4), fn(week[5], 5), fn(week[6], 6)];
}
