import { daysInMonth } from '../core/civil';
import type { Interval } from '../core/schedule';
import { WEEKDAY_NAMES, type Weekday } from '../core/units';
import { WEEKDAYS } from '../core/week';
import { quoteValue } from '../core/quote-value';
import { parseDayHours } from '../document/day-hours';
import { at, checkKeys, isInteger, isRecord, isStringArray, Problems, requireString } from '../document/problems';
import { SlaError } from '../errors/sla-error';
import { parseIsoDate } from './parse-date';
import type { CalendarDifference, DateRule, DifferenceKind, HolidayRule, YearlyRule } from './types';

/** A calendar document after validation, before what it extends is folded in. */
export interface CalendarDocument {
  readonly name: string;
  readonly source: string;
  /** ISO 3166-1 alpha-2 code in capitals, when given. */
  readonly country: string | undefined;
  readonly extends: readonly string[];
  readonly rules: readonly HolidayRule[];
  /** Days where the calendar knowingly differs from the reference data set its tests compare it with. */
  readonly differences: readonly CalendarDifference[];
}

const CALENDAR_KEYS = ['$schema', 'name', 'country', 'source', 'extends', 'holidays', 'days', 'differences'];
const RULE_KEYS = ['month', 'day', 'easter', 'date', 'move', 'weekday', 'from', 'to'];
const HOLIDAY_KEYS = ['name', 'localName', ...RULE_KEYS, 'hours', 'note'];
const DIFFERENCE_KEYS = ['kind', 'name', 'reason', 'dates', ...RULE_KEYS];
const DIFFERENCE_KINDS: readonly DifferenceKind[] = ['missing-here', 'extra-here'];
const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const NO_MOVE: Readonly<Partial<Record<Weekday, number>>> = Object.freeze({});

/** Any JSON value as a message quotes it: a string through quoteValue, anything else as JSON, cut alike. */
const quoteAny = (value: unknown): string =>
  typeof value === 'string' ? quoteValue(value) : (JSON.stringify(value) ?? String(value)).slice(0, 60);

/** A rule with no move, weekday or year span: what a `days` key or a listed date is. */
const plainRule = (rule: DateRule): YearlyRule => Object.freeze({ rule, move: NO_MOVE, weekday: undefined, from: undefined, to: undefined });

/**
 * Validates a holiday calendar document. Every problem is reported at once as
 * `INVALID_CALENDAR`, each with its JSON path, e.g. `holidays[3].month: must be 1-12`.
 *
 * A holiday is one of: a fixed day each year (`"month": 12, "day": 25`), an offset
 * from Easter Sunday (`"easter": 39`), or one date (`"date": "2026-12-24"`); it may
 * `move` when it falls on given weekdays, take the first `weekday` on or after the
 * date, apply `from`/`to` given years, and keep `hours` (a partial day).
 *
 * `days` is a shorthand for a company's own days: a map from `YYYY-MM-DD` (that
 * date) or `MM-DD` (every year) to the hours kept that day, `[]` for closed; such
 * days carry the calendar's name.
 *
 * `differences` lists the days where the calendar knowingly differs from the
 * reference data set it is tested against, each with its `kind`, `name`, `reason`,
 * and its days: `dates` (a list of `YYYY-MM-DD`) or a rule as a holiday has one.
 *
 * @example
 * parseCalendar({ name: 'Acme', holidays: [{ name: 'Christmas Eve', month: 12, day: 24, hours: [['09:00', '13:00']] }] }, 'acme.json', 'acme')
 * parseCalendar({ name: 'Acme closures', days: { '2026-12-24': [['09:00', '13:00']], '12-31': [] } }, 'acme.json', 'acme')
 */
export function parseCalendar(doc: unknown, source: string, id: string): CalendarDocument {
  if (!isRecord(doc)) throw new SlaError('INVALID_CALENDAR', `${source}: a holiday calendar is a JSON object`);
  const problems = new Problems();
  checkKeys(doc, CALENDAR_KEYS, '', problems);
  // `$schema` is for editors (completion and checks as you type); the loader only checks it is a string.
  if (doc.$schema !== undefined && typeof doc.$schema !== 'string') problems.add('$schema', 'must be a string: the URL or path of the calendar JSON Schema');
  const name = requireString(doc, 'name', '', problems) ?? '';
  const src = parseSource(doc.source, problems);
  const country = parseCountry(doc.country, problems);
  let ext: string[] = [];
  if (doc.extends !== undefined) {
    const list = typeof doc.extends === 'string' ? [doc.extends] : doc.extends;
    if (isStringArray(list) && list.every((e) => e.trim() !== '')) ext = list;
    else problems.add('extends', 'must be a calendar name or path, or a list of them');
  }
  const rules: HolidayRule[] = [];
  if (Array.isArray(doc.holidays)) {
    doc.holidays.forEach((item, i) => {
      const rule = parseHoliday(item, at('holidays', i), id, problems);
      if (rule) rules.push(rule);
    });
  } else if (doc.holidays !== undefined || doc.days === undefined) {
    problems.add('holidays', 'is required: a list of holidays (may be empty), unless "days" lists the days');
  }
  if (doc.days !== undefined) rules.push(...parseDays(doc.days, name, id, problems));
  const differences: CalendarDifference[] = [];
  if (doc.differences !== undefined) {
    if (!Array.isArray(doc.differences)) problems.add('differences', 'must be a list of differences (may be empty)');
    else {
      doc.differences.forEach((item, i) => {
        const difference = parseDifference(item, at('differences', i), problems);
        if (difference) differences.push(difference);
      });
    }
  }
  if (!problems.empty) {
    throw new SlaError(
      'INVALID_CALENDAR',
      `${source}: invalid holiday calendar (${problems.list.length} problem${problems.list.length === 1 ? '' : 's'})`,
      problems.lines(),
    );
  }
  return Object.freeze({
    name,
    source: src,
    country,
    extends: Object.freeze(ext),
    rules: Object.freeze(rules),
    differences: Object.freeze(differences),
  });
}

function parseSource(value: unknown, problems: Problems): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  problems.add('source', 'must be a string: where the holidays come from (a law, a decree, a company notice)');
  return '';
}

function parseCountry(value: unknown, problems: Problems): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^[a-z]{2}$/i.test(value)) return value.toUpperCase();
  problems.add('country', 'must be a two-letter country code (ISO 3166-1 alpha-2), e.g. "NL"');
  return undefined;
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
  const yearly = parseYearlyRule(item, path, problems);
  const hours = parseHours(item.hours, at(path, 'hours'), problems);
  if (problems.list.length > before || !yearly) return undefined;
  return Object.freeze({ origin, name, localName, ...yearly, hours });
}

/** Hours kept on a partial day; null (closed all day) when absent, null or `[]`. */
function parseHours(value: unknown, path: string, problems: Problems): readonly Interval[] | null {
  if (value === undefined || value === null) return null;
  const hours = parseDayHours(value, path, problems);
  return hours.length === 0 ? null : Object.freeze(hours);
}

/** `days`: `{"2026-12-24": [["09:00", "13:00"]], "12-31": []}`, one rule per key, named after the calendar. */
function parseDays(value: unknown, calendarName: string, origin: string, problems: Problems): HolidayRule[] {
  if (!isRecord(value)) {
    problems.add('days', 'must be an object from "YYYY-MM-DD" or "MM-DD" to the hours kept that day, e.g. {"2026-12-31": []}');
    return [];
  }
  const rules: HolidayRule[] = [];
  for (const [key, hoursValue] of Object.entries(value)) {
    const path = at('days', key);
    const rule = parseDayKey(key);
    if (!rule) problems.add(path, `${quoteValue(key)} must be a real date written YYYY-MM-DD, or MM-DD for every year`);
    const hours = parseHours(hoursValue, path, problems);
    if (rule) {
      rules.push(Object.freeze({ origin, name: calendarName, localName: calendarName, ...plainRule(rule), hours }));
    }
  }
  return rules;
}

function parseDayKey(key: string): DateRule | undefined {
  const date = parseIsoDate(key);
  if (date) return { kind: 'date', ...date };
  const m = MONTH_DAY.exec(key);
  if (!m) return undefined;
  const [month, day] = [Number(m[1]), Number(m[2])];
  // 29 February is allowed: such a day exists only in leap years.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2024, month)) return undefined;
  return { kind: 'fixed', month, day };
}

function parseDifference(item: unknown, path: string, problems: Problems): CalendarDifference | undefined {
  if (!isRecord(item)) {
    problems.add(path, 'must be an object such as {"kind": "missing-here", "name": "Good Friday", "reason": "...", "dates": ["2015-04-03"]}');
    return undefined;
  }
  checkKeys(item, DIFFERENCE_KEYS, path, problems);
  const before = problems.list.length;
  const kind = DIFFERENCE_KINDS.find((k) => k === item.kind);
  if (!kind) problems.add(at(path, 'kind'), `must be one of ${DIFFERENCE_KINDS.join(', ')}`);
  const name = requireString(item, 'name', path, problems) ?? '';
  const reason = requireString(item, 'reason', path, problems) ?? '';
  const hasRule = RULE_KEYS.some((k) => item[k] !== undefined);
  let days: YearlyRule[] = [];
  if (item.dates !== undefined && hasRule) {
    problems.add(path, 'gives its days either as "dates" or as a rule ("month" and "day", "easter", or "date"), not both');
  } else if (item.dates !== undefined) {
    days = parseDates(item.dates, at(path, 'dates'), problems);
  } else {
    const yearly = parseYearlyRule(item, path, problems);
    if (yearly) days = [yearly];
  }
  if (problems.list.length > before || !kind) return undefined;
  return Object.freeze({ kind, name, reason, days: Object.freeze(days) });
}

function parseDates(value: unknown, path: string, problems: Problems): YearlyRule[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(path, 'must be a non-empty list of dates written YYYY-MM-DD');
    return [];
  }
  const days: YearlyRule[] = [];
  value.forEach((text, i) => {
    const date = parseIsoDate(text);
    if (!date) problems.add(at(path, i), `${quoteAny(text)} must be a real date written YYYY-MM-DD`);
    else days.push(plainRule({ kind: 'date', ...date }));
  });
  return days;
}

/** The date rule with its `move`, `weekday`, `from` and `to`, shared by holidays and differences. */
function parseYearlyRule(item: Record<string, unknown>, path: string, problems: Problems): YearlyRule | undefined {
  const before = problems.list.length;
  const rule = parseDateRule(item, path, problems);
  const move = parseMove(item.move, at(path, 'move'), problems);
  const weekday = item.weekday === undefined ? undefined : parseWeekday(item.weekday, at(path, 'weekday'), problems);
  const from = parseYear(item.from, at(path, 'from'), problems);
  const to = parseYear(item.to, at(path, 'to'), problems);
  if (from !== undefined && to !== undefined && from > to) problems.add(path, `from ${from} is after to ${to}`);
  if (problems.list.length > before || !rule) return undefined;
  return { rule, move, weekday, from, to };
}

function parseDateRule(item: Record<string, unknown>, path: string, problems: Problems): DateRule | undefined {
  const kinds = [item.month !== undefined || item.day !== undefined, item.easter !== undefined, item.date !== undefined];
  if (kinds.filter(Boolean).length !== 1) {
    problems.add(path, 'needs exactly one of "month" and "day", "easter" (days after Easter Sunday), or "date" ("YYYY-MM-DD")');
    return undefined;
  }
  const { easter } = item;
  if (easter !== undefined) {
    if (!isInteger(easter) || Math.abs(easter) > 200) {
      problems.add(at(path, 'easter'), 'must be a whole number of days from Easter Sunday (-200 to 200)');
      return undefined;
    }
    return { kind: 'easter', offset: easter };
  }
  if (item.date !== undefined) {
    const date = parseIsoDate(item.date);
    if (!date) {
      problems.add(at(path, 'date'), `${quoteAny(item.date)} must be a real date written YYYY-MM-DD`);
      return undefined;
    }
    return { kind: 'date', ...date };
  }
  const { month, day } = item;
  if (!isInteger(month) || month < 1 || month > 12) {
    problems.add(at(path, 'month'), 'must be a month number 1-12');
    return undefined;
  }
  // 29 February is allowed: such a holiday exists only in leap years.
  if (!isInteger(day) || day < 1 || day > daysInMonth(2024, month)) {
    problems.add(at(path, 'day'), `must be a day of month ${month}`);
    return undefined;
  }
  return { kind: 'fixed', month, day };
}

function parseWeekday(value: unknown, path: string, problems: Problems): Weekday | undefined {
  const name = typeof value === 'string' ? value.toLowerCase() : undefined;
  const weekday = WEEKDAYS.find((d) => WEEKDAY_NAMES[d] === name);
  if (weekday === undefined) problems.add(path, `must be a weekday name: ${WEEKDAY_NAMES.join(', ')}`);
  return weekday;
}

function parseMove(value: unknown, path: string, problems: Problems): Readonly<Partial<Record<Weekday, number>>> {
  const move: Partial<Record<Weekday, number>> = {};
  if (value === undefined) return NO_MOVE;
  if (!isRecord(value)) {
    problems.add(path, 'must be an object from weekday name to days, e.g. {"sunday": -1}');
    return NO_MOVE;
  }
  for (const [key, days] of Object.entries(value)) {
    const weekday = parseWeekday(key, at(path, key), problems);
    if (!isInteger(days) || Math.abs(days) > 6) {
      problems.add(at(path, key), 'must be a whole number of days from -6 to 6');
      continue;
    }
    if (weekday !== undefined) move[weekday] = days;
  }
  return Object.freeze(move);
}

function parseYear(value: unknown, path: string, problems: Problems): number | undefined {
  if (value === undefined) return undefined;
  if (!isInteger(value) || value < 1583 || value > 9999) {
    problems.add(path, 'must be a year from 1583 to 9999');
    return undefined;
  }
  return value;
}
