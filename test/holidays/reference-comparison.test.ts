import { resolve } from 'node:path';
import Holidays from 'date-holidays';
import { daysFromCivil, formatDay } from '../../src/core/civil';
import { holidaysBetween } from '../../src/holidays/closures';
import { differenceDays } from '../../src/holidays/differences';
import { loadCalendars, shippedCalendars } from '../../src/holidays/load-calendars';
import { parseCalendar } from '../../src/holidays/parse-calendar';
import type { DifferenceKind } from '../../src/holidays/types';
import { readJsonFile } from '../../src/io/read-json-file';

// Every shipped calendar is compared, year by year, with the public holidays that
// the date-holidays package lists for the whole country (no region). A day on
// which they differ must be listed in the calendar's "differences", and every
// listed day must still differ, so that neither side drifts silently.
const FIRST_YEAR = 2000;
const LAST_YEAR = 2060;
const HOLIDAYS_DIR = resolve(__dirname, '..', '..', 'holidays');
const sources = { dir: HOLIDAYS_DIR, cwd: HOLIDAYS_DIR };

/** `YYYY-MM-DD name` for each day, so that a failure names what differs. */
type Dated = Map<string, string>;

function referenceDays(country: string): Dated {
  const reference = new Holidays(country);
  const days: Dated = new Map();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const h of reference.getHolidays(year)) {
      // Only the date counts: a public holiday that starts in the afternoon is still that day.
      if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
    }
  }
  return days;
}

function calendarDays(id: string): Dated {
  const [calendar] = loadCalendars([id], sources);
  const holidays = holidaysBetween([calendar!], daysFromCivil(FIRST_YEAR, 1, 1), daysFromCivil(LAST_YEAR, 12, 31));
  return new Map(holidays.map((h) => [h.date, h.name]));
}

function listedDays(id: string, kind: DifferenceKind): Dated {
  const path = resolve(HOLIDAYS_DIR, `${id}.json`);
  const doc = parseCalendar(readJsonFile(path, 'UNKNOWN_CALENDAR', 'INVALID_CALENDAR', 'holiday calendar'), path, id);
  const days: Dated = new Map();
  for (const d of doc.differences.filter((x) => x.kind === kind)) {
    for (const day of differenceDays(d, FIRST_YEAR, LAST_YEAR)) days.set(formatDay(day), d.name);
  }
  return days;
}

/** The days of `a` that `b` lacks, as `YYYY-MM-DD name` lines. */
const without = (a: Dated, b: Dated): string[] => [...a].filter(([date]) => !b.has(date)).map(([date, name]) => `${date} ${name}`).sort();

describe.each(shippedCalendars(HOLIDAYS_DIR))(`the shipped %s calendar against date-holidays, ${FIRST_YEAR}-${LAST_YEAR}`, (id) => {
  const [calendar] = loadCalendars([id], sources);
  const country = calendar!.country!;
  const ours = calendarDays(id);
  const reference = referenceDays(country);
  const missingHere = new Map([...reference].filter(([date]) => !ours.has(date)));
  const extraHere = new Map([...ours].filter(([date]) => !reference.has(date)));
  const listedMissing = listedDays(id, 'missing-here');
  const listedExtra = listedDays(id, 'extra-here');

  it('names its country', () => {
    expect(country).toMatch(/^[A-Z]{2}$/);
  });

  it('lists every day that only date-holidays has as "missing-here"', () => {
    expect(without(missingHere, listedMissing)).toEqual([]);
  });

  it('lists every day that only the calendar has as "extra-here"', () => {
    expect(without(extraHere, listedExtra)).toEqual([]);
  });

  it('lists no "missing-here" day that the calendar has, or that date-holidays does not', () => {
    expect(without(listedMissing, missingHere)).toEqual([]);
  });

  it('lists no "extra-here" day that date-holidays has, or that the calendar does not', () => {
    expect(without(listedExtra, extraHere)).toEqual([]);
  });
});
