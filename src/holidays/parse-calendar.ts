import { daysInMonth } from '../core/civil';
import { SlaError } from '../core/errors';
import { parseDayHours } from '../core/hours';
import { at, checkKeys, isRecord, Problems, requireString } from '../core/problems';
import type { Interval } from '../core/schedule';
import { WEEKDAY_NAMES, type Weekday } from '../core/units';
import type { DateRule, HolidayRule } from './types';

/** A calendar document after validation, before what it extends is folded in. */
export interface CalendarDocument {
  readonly name: string;
  readonly source: string;
  readonly extends: readonly string[];
  readonly rules: readonly HolidayRule[];
}

const CALENDAR_KEYS = ['$schema', 'name', 'country', 'source', 'extends', 'holidays', 'differences'];
const HOLIDAY_KEYS = ['name', 'localName', 'month', 'day', 'easter', 'date', 'move', 'weekday', 'from', 'to', 'hours', 'note'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Validates a holiday calendar document. Every problem is reported at once as
 * `INVALID_CALENDAR`, each with its JSON path, e.g. `holidays[3].month: must be 1-12`.
 *
 * A holiday is one of: a fixed day each year (`"month": 12, "day": 25`), an offset
 * from Easter Sunday (`"easter": 39`), or one date (`"date": "2026-12-24"`); it may
 * `move` when it falls on given weekdays, take the first `weekday` on or after the
 * date, apply `from`/`to` given years, and keep `hours` (a partial day).
 *
 * @example
 * parseCalendar({ name: 'Acme', holidays: [{ name: 'Christmas Eve', month: 12, day: 24, hours: [['09:00', '13:00']] }] }, 'acme.json', 'acme')
 */
export function parseCalendar(doc: unknown, source: string, id: string): CalendarDocument {
  if (!isRecord(doc)) throw new SlaError('INVALID_CALENDAR', `${source}: a holiday calendar is a JSON object`);
  const problems = new Problems();
  checkKeys(doc, CALENDAR_KEYS, '', problems);
  const name = requireString(doc, 'name', '', problems) ?? '';
  const src = typeof doc.source === 'string' ? doc.source : '';
  let ext: string[] = [];
  if (doc.extends !== undefined) {
    const list = typeof doc.extends === 'string' ? [doc.extends] : doc.extends;
    if (Array.isArray(list) && list.every((e) => typeof e === 'string' && e.trim() !== '')) ext = list as string[];
    else problems.add('extends', 'must be a calendar name or path, or a list of them');
  }
  const rules: HolidayRule[] = [];
  if (!Array.isArray(doc.holidays)) {
    problems.add('holidays', 'is required: a list of holidays (may be empty)');
  } else {
    doc.holidays.forEach((item, i) => {
      const rule = parseHoliday(item, at('holidays', i), id, problems);
      if (rule) rules.push(rule);
    });
  }
  if (!problems.empty) {
    throw new SlaError(
      'INVALID_CALENDAR',
      `${source}: invalid holiday calendar (${problems.list.length} problem${problems.list.length === 1 ? '' : 's'})`,
      problems.lines(),
    );
  }
  return Object.freeze({ name, source: src, extends: Object.freeze(ext), rules: Object.freeze(rules) });
}

function parseHoliday(item: unknown, path: string, origin: string, problems: Problems): HolidayRule | undefined {
  if (!isRecord(item)) {
    problems.add(path, 'must be an object such as {"name": "Christmas Day", "month": 12, "day": 25}');
    return undefined;
  }
  checkKeys(item, HOLIDAY_KEYS, path, problems);
  const before = problems.list.length;
  const name = requireString(item, 'name', path, problems) ?? '';
  const localName = typeof item.localName === 'string' && item.localName.trim() ? item.localName : name;
  const rule = parseDateRule(item, path, problems);
  const move = parseMove(item.move, at(path, 'move'), problems);
  const weekday = item.weekday === undefined ? undefined : parseWeekday(item.weekday, at(path, 'weekday'), problems);
  const from = parseYear(item.from, at(path, 'from'), problems);
  const to = parseYear(item.to, at(path, 'to'), problems);
  if (from !== undefined && to !== undefined && from > to) problems.add(path, `from ${from} is after to ${to}`);
  let hours: Interval[] | null = null;
  if (item.hours !== undefined && item.hours !== null) {
    hours = parseDayHours(item.hours, at(path, 'hours'), problems);
    if (Array.isArray(item.hours) && item.hours.length === 0) hours = null; // [] is the same as closed all day
  }
  if (problems.list.length > before || !rule) return undefined;
  return Object.freeze({ origin, name, localName, rule, move, weekday, from, to, hours: hours && Object.freeze(hours) });
}

function parseDateRule(item: Record<string, unknown>, path: string, problems: Problems): DateRule | undefined {
  const kinds = [item.month !== undefined || item.day !== undefined, item.easter !== undefined, item.date !== undefined];
  if (kinds.filter(Boolean).length !== 1) {
    problems.add(path, 'needs exactly one of "month" and "day", "easter" (days after Easter Sunday), or "date" ("YYYY-MM-DD")');
    return undefined;
  }
  if (item.easter !== undefined) {
    if (!Number.isInteger(item.easter) || Math.abs(item.easter as number) > 200) {
      problems.add(at(path, 'easter'), 'must be a whole number of days from Easter Sunday (-200 to 200)');
      return undefined;
    }
    return { kind: 'easter', offset: item.easter as number };
  }
  if (item.date !== undefined) {
    const m = typeof item.date === 'string' ? DATE.exec(item.date) : null;
    const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
    if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      problems.add(at(path, 'date'), `${JSON.stringify(item.date)} must be a real date written YYYY-MM-DD`);
      return undefined;
    }
    return { kind: 'date', year, month, day };
  }
  const { month, day } = item;
  if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) {
    problems.add(at(path, 'month'), 'must be a month number 1-12');
    return undefined;
  }
  // 29 February is allowed: such a holiday exists only in leap years.
  if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > daysInMonth(2024, month as number)) {
    problems.add(at(path, 'day'), `must be a day of month ${month as number}`);
    return undefined;
  }
  return { kind: 'fixed', month: month as number, day: day as number };
}

function parseWeekday(value: unknown, path: string, problems: Problems): Weekday | undefined {
  const index = typeof value === 'string' ? WEEKDAY_NAMES.indexOf(value.toLowerCase() as (typeof WEEKDAY_NAMES)[number]) : -1;
  if (index < 0) {
    problems.add(path, `must be a weekday name: ${WEEKDAY_NAMES.join(', ')}`);
    return undefined;
  }
  return index as Weekday;
}

function parseMove(value: unknown, path: string, problems: Problems): Readonly<Partial<Record<Weekday, number>>> {
  const move: Partial<Record<Weekday, number>> = {};
  if (value === undefined) return Object.freeze(move);
  if (!isRecord(value)) {
    problems.add(path, 'must be an object from weekday name to days, e.g. {"sunday": -1}');
    return Object.freeze(move);
  }
  for (const [key, days] of Object.entries(value)) {
    const weekday = parseWeekday(key, at(path, key), problems);
    if (!Number.isInteger(days) || Math.abs(days as number) > 6) {
      problems.add(at(path, key), 'must be a whole number of days from -6 to 6');
      continue;
    }
    if (weekday !== undefined) move[weekday] = days as number;
  }
  return Object.freeze(move);
}

function parseYear(value: unknown, path: string, problems: Problems): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || (value as number) < 1583 || (value as number) > 9999) {
    problems.add(path, 'must be a year from 1583 to 9999');
    return undefined;
  }
  return value as number;
}
