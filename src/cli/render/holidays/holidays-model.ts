import { holidaysBetween } from '../../../holidays/closures';
import { daysFromCivil } from '../../../core/civil';
import type { Calendar, Holiday } from '../../../holidays/types';

/** What `sla holidays` found: the days of some calendars from one day to another. */
export interface HolidayListing {
  /** First and last day asked about (day numbers, inclusive). */
  readonly from: number;
  readonly to: number;
  /** The calendars asked about, by id (`nl`, `./acme.json`), in the order given. */
  readonly calendars: readonly string[];
  /** Every holiday of every calendar in the range, in date order; a day two calendars name appears twice. */
  readonly holidays: readonly Holiday[];
}

/** One shipped calendar as `sla holidays --list` shows it. */
export interface CalendarSummary {
  /** Its name on the command line, e.g. `nl`. */
  readonly calendar: string;
  readonly name: string;
  readonly country: string | null;
  readonly year: number;
  /** How many holidays it has in `year`. */
  readonly holidays: number;
}

/**
 * The listing of `sla holidays`: every holiday of the calendars from `from` to `to`.
 *
 * @example
 * holidayListing([nl], daysFromCivil(2025, 6, 1), daysFromCivil(2025, 6, 30)).holidays.map((h) => h.name)
 * //=> ['Whit Sunday', 'Whit Monday']
 */
export function holidayListing(calendars: readonly Calendar[], from: number, to: number): HolidayListing {
  return { from, to, calendars: calendars.map((c) => c.id), holidays: holidaysBetween(calendars, from, to) };
}

/**
 * A calendar's line in `sla holidays --list`, counting its holidays in a year.
 *
 * @example
 * calendarSummary(nl, 2026) //=> { calendar: 'nl', name: 'Netherlands: national public holidays', country: 'NL', year: 2026, holidays: 9 }
 */
export function calendarSummary(calendar: Calendar, year: number): CalendarSummary {
  const holidays = holidaysBetween([calendar], daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31)).length;
  return { calendar: calendar.id, name: calendar.name, country: calendar.country ?? null, year, holidays };
}
