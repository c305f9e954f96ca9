import { resolve } from 'node:path';
import type { Command } from 'commander';
import { civilFromDays, daysFromCivil } from '../../core/civil';
import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';
import { loadCalendars, shippedCalendars } from '../../holidays/load-calendars';
import { parseIsoDate } from '../../holidays/parse-date';
import type { Io } from '../io';
import type { Paint } from '../paint';
import { loadPolicy, parseCalendarList, withAnyPathOption } from '../policy-options';
import { renderCalendarCheck } from '../render/holidays/holidays-check';
import { calendarListToJson, holidaysToJson } from '../render/holidays/holidays-json';
import { renderCalendarListText } from '../render/holidays/holidays-list';
import { calendarSummary, holidayListing } from '../render/holidays/holidays-model';
import { renderHolidaysText } from '../render/holidays/holidays-text';
import { nowFrom } from '../moments';

interface HolidaysOptions {
  calendar?: string;
  year?: string;
  from?: string;
  to?: string;
  now?: string;
  policy?: string;
  list?: boolean;
  check?: string;
  json?: boolean;
  allowAnyPath?: boolean;
}

/** The years a range may cover: those the Gregorian rules (and calendar `from`/`to`) are defined for. */
const FIRST_YEAR = 1583;
const LAST_YEAR = 9999;

/** Every option as users write it, for messages about options that do not go together. */
const FLAGS: Readonly<Record<keyof HolidaysOptions, string>> = {
  calendar: '--calendar',
  year: '--year',
  from: '--from',
  to: '--to',
  now: '--now',
  policy: '--policy',
  list: '--list',
  check: '--check',
  json: '--json',
  allowAnyPath: '--allow-any-path',
};

/** Throws `USAGE` when a mode is given a flag it does not take. */
function onlyWith(options: HolidaysOptions, mode: keyof HolidaysOptions, allowed: readonly (keyof HolidaysOptions)[]): void {
  const extra = (Object.keys(FLAGS) as (keyof HolidaysOptions)[]).filter((k) => k !== mode && !allowed.includes(k) && options[k] !== undefined);
  if (extra.length) {
    throw new SlaError('USAGE', `${FLAGS[mode]} does not go with ${extra.map((k) => FLAGS[k]).join(', ')}`);
  }
}

/**
 * Reads `--year`: four digits, 1583 to 9999.
 *
 * @example
 * parseYearOption('2026') //=> 2026
 */
export function parseYearOption(value: string): number {
  const year = /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
    throw new SlaError('USAGE', `invalid --year ${quoteValue(value)}: give a year from ${FIRST_YEAR} to ${LAST_YEAR}, e.g. 2026`);
  }
  return year;
}

/**
 * Reads `--from` or `--to` into a day number: a real date written YYYY-MM-DD.
 *
 * @example
 * parseDayOption('--from', '2026-12-24') //=> daysFromCivil(2026, 12, 24)
 */
export function parseDayOption(flag: string, value: string): number {
  const date = parseIsoDate(value.trim());
  if (!date || date.year < FIRST_YEAR) {
    throw new SlaError(
      'USAGE',
      `invalid ${flag} ${quoteValue(value)}: give a real date written YYYY-MM-DD from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31, e.g. 2026-12-24`,
    );
  }
  return daysFromCivil(date.year, date.month, date.day);
}

/**
 * Checks the form of a `--calendar` list, with an error that names the flag and
 * the shipped calendars (the shared list parser speaks of `--holidays`).
 */
function checkCalendarList(value: string, io: Io): void {
  try {
    parseCalendarList(value);
  } catch (err) {
    if (!(err instanceof SlaError)) throw err;
    const shipped = shippedCalendars(io.holidaysDir).join(', ') || '(none)';
    throw new SlaError('USAGE', `invalid --calendar ${quoteValue(value)}: give a comma list of shipped calendars (${shipped}) or JSON paths, or "none"`);
  }
}

/** The days asked about: `--from`/`--to`, else the whole of `--year`, else the whole of the current year. */
function dayRange(options: HolidaysOptions, currentYear: () => number): { from: number; to: number } {
  if (options.from !== undefined || options.to !== undefined) {
    if (options.year !== undefined) throw new SlaError('USAGE', '--year and --from/--to both say which days: give one of them');
    if (options.from === undefined || options.to === undefined) {
      throw new SlaError('USAGE', `${options.from === undefined ? '--to' : '--from'} needs ${options.from === undefined ? '--from' : '--to'}: give both, or --year`);
    }
    const from = parseDayOption('--from', options.from);
    const to = parseDayOption('--to', options.to);
    if (from > to) throw new SlaError('USAGE', `--from ${options.from} is after --to ${options.to}: give the first day first`);
    return { from, to };
  }
  const year = options.year === undefined ? currentYear() : parseYearOption(options.year);
  return { from: daysFromCivil(year, 1, 1), to: daysFromCivil(year, 12, 31) };
}

/**
 * Registers `sla holidays`: the days off and partial days of the policy's
 * calendars (or `--calendar`) in a year or a range; `--list` for the shipped
 * calendars; `--check FILE` to validate a calendar file.
 *
 * @example
 * registerHolidays(program, io, paint) // sla holidays --calendar nl,./acme.json --year 2026 --json
 */
export function registerHolidays(program: Command, io: Io, paint: Paint): void {
  withAnyPathOption(
    program
      .command('holidays')
      .description('the days off and partial days of holiday calendars; --list the shipped ones, --check a file')
      .option('--calendar <list>', "calendars instead of the policy's: comma list of shipped names or JSON paths, or \"none\"")
      .option('--year <yyyy>', 'the days of this year (default: the current year in the policy zone)')
      .option('--from <date>', 'the first day, YYYY-MM-DD (with --to)')
      .option('--to <date>', 'the last day, YYYY-MM-DD (with --from)')
      .option('--now <iso>', 'the current time, for reproducible runs (default: the clock)')
      .option('--policy <file>', 'policy JSON file whose calendars and zone to use (default: the built-in policy)')
      .option('--list', 'list the shipped calendars, with their number of holidays in the year')
      .option('--check <file>', 'validate a calendar file: every problem with its JSON path')
      .option('--json', 'print JSON'),
  ).action((options: HolidaysOptions) => {
    if (options.check !== undefined) {
      onlyWith(options, 'check', ['allowAnyPath']);
      // The file named is the user's own; what it extends stays inside its folder unless --allow-any-path.
      const [calendar] = loadCalendars([resolve(io.cwd, options.check)], { dir: io.holidaysDir, cwd: io.cwd, allowAnyPath: options.allowAnyPath === true });
      return io.out(renderCalendarCheck(options.check, calendar!, paint));
    }
    if (options.list) onlyWith(options, 'list', ['year', 'now', 'policy', 'json', 'allowAnyPath']);
    if (options.calendar !== undefined) checkCalendarList(options.calendar, io);
    const { calendars, schedule } = loadPolicy({ policy: options.policy, holidays: options.calendar, allowAnyPath: options.allowAnyPath }, io);
    const currentYear = (): number => {
      const now = nowFrom(options.now, schedule.zone, io);
      return civilFromDays(schedule.dayOf(now)).year;
    };
    if (options.list) {
      const year = options.year === undefined ? currentYear() : parseYearOption(options.year);
      const shipped = loadCalendars(shippedCalendars(io.holidaysDir), { dir: io.holidaysDir, cwd: io.cwd });
      const summaries = shipped.map((c) => calendarSummary(c, year));
      return io.out(options.json ? `${JSON.stringify(calendarListToJson(summaries), null, 2)}\n` : renderCalendarListText(summaries, paint));
    }
    const { from, to } = dayRange(options, currentYear);
    const listing = holidayListing(calendars, from, to);
    io.out(options.json ? `${JSON.stringify(holidaysToJson(listing), null, 2)}\n` : renderHolidaysText(listing, paint));
  });
}
