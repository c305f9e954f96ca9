import { weekdayOfDay } from '../../../core/civil';
import type { Holiday } from '../../../holidays/types';
import type { Paint } from '../../paint';
import { formatIntervals } from '../shared/format-interval';
import { formatDayLabel, WEEKDAY_ABBREVIATIONS } from '../shared/format-time';
import type { HolidayListing } from './holidays-model';

/** `New Year's Day (Nieuwjaarsdag)`; the English name alone when the local one is the same. */
const names = (h: Holiday): string => (h.localName && h.localName !== h.name ? `${h.name} (${h.localName})` : h.name);

const hoursText = (h: Holiday): string =>
  h.hours === null ? 'closed all day' : `open ${formatIntervals(h.hours)}`;

/**
 * Text output of `sla holidays`: a header with the range, the calendars and the
 * count, then one line per holiday: date, weekday, names, whether it closes the
 * whole day or keeps some hours, and the calendar it came from.
 *
 * @example
 * renderHolidaysText(listing, plain)
 * //=> 'Holidays of nl from Thu 1 Jan 2026 to Thu 31 Dec 2026: 9 days\n  2026-01-01 Thu  New Year's Day (Nieuwjaarsdag)  closed all day  nl\n...'
 */
export function renderHolidaysText(listing: HolidayListing, paint: Paint): string {
  const which = listing.calendars.length ? listing.calendars.join(', ') : 'no calendar';
  const range = `from ${formatDayLabel(listing.from)} to ${formatDayLabel(listing.to)}`;
  const count = listing.holidays.length;
  const head = paint.bold(`Holidays of ${which} ${range}: ${count === 0 ? 'none' : `${count} day${count === 1 ? '' : 's'}`}`);
  const nameWidth = Math.max(0, ...listing.holidays.map((h) => names(h).length));
  const hoursWidth = Math.max(0, ...listing.holidays.map((h) => hoursText(h).length));
  const lines = listing.holidays.map((h) => {
    const hours = hoursText(h).padEnd(hoursWidth);
    return `  ${h.date} ${WEEKDAY_ABBREVIATIONS[weekdayOfDay(h.day)]}  ${names(h).padEnd(nameWidth)}  ${h.hours === null ? hours : paint.warn(hours)}  ${paint.dim(h.calendar)}`;
  });
  return `${[head, ...lines].join('\n')}\n`;
}
