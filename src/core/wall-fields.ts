import { civilFromDays, weekdayOfDay } from './civil';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, type Weekday } from './units';
import type { Zone } from './zone';

/** What a zone's clock and calendar show at an instant, and the offset they are read with. */
export interface WallFields {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  /** Day of the month, 1-31. */
  readonly day: number;
  /** The local day number (days since 1970-01-01), as {@link civilFromDays} reads it. */
  readonly dayNumber: number;
  readonly weekday: Weekday;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** The zone's offset from UTC at the instant, in milliseconds (positive east of Greenwich; may have seconds). */
  readonly offsetMs: number;
}

/**
 * The wall-clock fields of an instant in a zone: date, weekday, time of day
 * to the millisecond, and the offset. The one place an instant becomes wall
 * time for printing, so that every format shows the same clock.
 *
 * @example
 * wallFields(Date.parse('1971-06-01T10:00:00Z'), getZone('Africa/Monrovia'))
 * //=> { year: 1971, month: 6, day: 1, dayNumber: 516, weekday: 2, hour: 9, minute: 15, second: 30, millisecond: 0, offsetMs: -2_670_000 }
 */
export function wallFields(ms: number, zone: Zone): WallFields {
  const offsetMs = zone.offsetAt(ms);
  const wall = ms + offsetMs;
  const dayNumber = Math.floor(wall / MS_PER_DAY);
  const { year, month, day } = civilFromDays(dayNumber);
  const ofDay = wall - dayNumber * MS_PER_DAY;
  return {
    year,
    month,
    day,
    dayNumber,
    weekday: weekdayOfDay(dayNumber),
    hour: Math.floor(ofDay / MS_PER_HOUR),
    minute: Math.floor((ofDay % MS_PER_HOUR) / MS_PER_MINUTE),
    second: Math.floor((ofDay % MS_PER_MINUTE) / MS_PER_SECOND),
    millisecond: ofDay % MS_PER_SECOND,
    offsetMs,
  };
}
