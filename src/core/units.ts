/** Milliseconds in one second. */
export const MS_PER_SECOND = 1000;
/** Milliseconds in one minute. */
export const MS_PER_MINUTE = 60_000;
/** Milliseconds in one hour. */
export const MS_PER_HOUR = 3_600_000;
/** Milliseconds in one civil day without a DST switch (used for wall-clock arithmetic only). */
export const MS_PER_DAY = 86_400_000;
/** Minutes in a civil day; `24:00` is this value. */
export const MINUTES_PER_DAY = 1440;

/** Day of the week, as `Date#getUTCDay` numbers it: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** English weekday names, indexed by {@link Weekday}. */
export const WEEKDAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** A weekday name as policies and calendars spell it. */
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];
