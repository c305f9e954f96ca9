import { intervalPairs } from '../shared/format-interval';
import type { CalendarSummary, HolidayListing } from './holidays-model';

/** One day of `sla holidays --json` (documented in the README). */
export interface HolidayJson {
  date: string;
  name: string;
  localName: string;
  calendar: string;
  /** Null when closed all day; else the hours kept, as `["HH:MM", "HH:MM"]` pairs. */
  hours: [string, string][] | null;
}

/**
 * The listing as the stable JSON of `sla holidays --json`: one object per
 * holiday, in date order.
 *
 * @example
 * holidaysToJson(listing)[0]
 * //=> { date: '2026-01-01', name: "New Year's Day", localName: 'Nieuwjaarsdag', calendar: 'nl', hours: null }
 */
export function holidaysToJson(listing: HolidayListing): HolidayJson[] {
  return listing.holidays.map((h) => ({
    date: h.date,
    name: h.name,
    localName: h.localName,
    calendar: h.calendar,
    hours: h.hours === null ? null : intervalPairs(h.hours),
  }));
}

/**
 * The shipped calendars as `sla holidays --list --json` prints them.
 *
 * @example
 * calendarListToJson([calendarSummary(nl, 2026)])
 * //=> [{ calendar: 'nl', name: 'Netherlands: national public holidays', country: 'NL', year: 2026, holidays: 9 }]
 */
export function calendarListToJson(summaries: readonly CalendarSummary[]): CalendarSummary[] {
  return summaries.map((s) => ({ calendar: s.calendar, name: s.name, country: s.country, year: s.year, holidays: s.holidays }));
}
