import { resolve } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { civilFromDays, daysFromCivil, formatDay } from '../../core/civil';
import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';
import { loadCalendars, shippedCalendars } from '../../holidays/load-calendars';
import { parseIsoDate } from '../../holidays/parse-date';
import { loadPolicy, parseCalendarList, withAnyPathOption } from '../policy-options';
import { renderCalendarCheck } from '../render/holidays/holidays-check';
import { calendarListToJson, holidaysToJson } from '../render/holidays/holidays-json';
import { renderCalendarListText } from '../render/holidays/holidays-list';
import { calendarSummary, holidayListing } from '../render/holidays/holidays-model';
import { renderHolidaysText } from '../render/holidays/holidays-text';
import { nowFrom } from '../moments';
import type { CommandContext } from '../command-context';

interface HolidaysOptions {
  /** `--calendar`, read by its parser: calendar names or paths. */
  calendar?: readonly string[];
  year?: number;
  /** `--from` and `--to`, read by their parsers: day numbers, or `now` for the day of `--now` in the policy zone. */
  from?: number | 'now';
  to?: number | 'now';
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

/**
 * Reads `--year`: four digits, 1583 to 9999. The parser of the option: throws
 * commander's `InvalidArgumentError` otherwise.
 *
 * @example
 * parseYearOption('2026') //=> 2026
 */
export function parseYearOption(value: string): number {
  const year = /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
    throw new InvalidArgumentError(`invalid --year ${quoteValue(value)}: give a year from ${FIRST_YEAR} to ${LAST_YEAR}, e.g. 2026`);
  }
  return year;
}

/**
 * Reads `--from` or `--to` into a day number: a real date written YYYY-MM-DD;
 * or `now` (any case), the day of `--now` in the policy zone, which the
 * command resolves once the zone is known. The parser of the option: throws
 * commander's `InvalidArgumentError` otherwise.
 *
 * @example
 * parseDayOption('--from', '2026-12-24') //=> daysFromCivil(2026, 12, 24)
 * parseDayOption('--to', 'now') //=> 'now'
 */
export function parseDayOption(flag: string, value: string): number | 'now' {
  if (value.trim().toLowerCase() === 'now') return 'now';
  const date = parseIsoDate(value.trim());
  if (!date || date.year < FIRST_YEAR) {
    throw new InvalidArgumentError(
      `invalid ${flag} ${quoteValue(value)}: give a real date written YYYY-MM-DD from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31, e.g. 2026-12-24, or "now"`,
    );
  }
  return daysFromCivil(date.year, date.month, date.day);
}

/** The days asked about: `--from`/`--to` (`now` being `today`), else the whole of `--year`, else the whole of the current year. */
function dayRange(options: HolidaysOptions, today: () => number): { from: number; to: number } {
  const from = options.from === 'now' ? today() : options.from;
  const to = options.to === 'now' ? today() : options.to;
  if (from !== undefined || to !== undefined) {
    // commander declares conflicts, not options that need another: this pair is checked here.
    if (from === undefined || to === undefined) {
      throw new SlaError('USAGE', `${from === undefined ? '--to' : '--from'} needs ${from === undefined ? '--from' : '--to'}: give both, or --year`);
    }
    if (from > to) throw new SlaError('USAGE', `--from ${formatDay(from)} is after --to ${formatDay(to)}: give the first day first`);
    return { from, to };
  }
  const year = options.year ?? civilFromDays(today()).year;
  return { from: daysFromCivil(year, 1, 1), to: daysFromCivil(year, 12, 31) };
}

/**
 * Registers `sla holidays`: the days off and partial days of the policy's
 * calendars (or `--calendar`) in a year or a range; `--list` for the shipped
 * calendars; `--check FILE` to validate a calendar file.
 *
 * @example
 * registerHolidays(context) // sla holidays --calendar nl,./acme.json --year 2026 --json
 */
export function registerHolidays({ program, io, paint }: CommandContext): void {
  withAnyPathOption(
    program
      .command('holidays')
      .description('the days off and partial days of holiday calendars; --list the shipped ones, --check a file')
      .option('--calendar <list>', "calendars instead of the policy's: comma list of shipped names or JSON paths, or \"none\"", (value: string) =>
        // The shipped calendars are named in the message, so that a typo can be put right.
        parseCalendarList(value, '--calendar', `shipped calendars (${shippedCalendars(io.holidaysDir).join(', ') || '(none)'}) or JSON paths`),
      )
      .addOption(new Option('--year <yyyy>', 'the days of this year (default: the current year in the policy zone)').argParser(parseYearOption).conflicts(['from', 'to']))
      .option('--from <date>', 'the first day, YYYY-MM-DD, or "now" (the day of --now) (with --to)', (value: string) => parseDayOption('--from', value))
      .option('--to <date>', 'the last day, YYYY-MM-DD, or "now" (the day of --now) (with --from)', (value: string) => parseDayOption('--to', value))
      .option('-n, --now <iso>', 'the current time, for reproducible runs, or "now" (default: the clock)')
      .option('--policy <file>', 'policy JSON file whose calendars and zone to use (default: the built-in policy)')
      // --list takes a year (and the zone and clock that pick the current one), but no other days or calendars.
      .addOption(new Option('--list', 'list the shipped calendars, with their number of holidays in the year').conflicts(['calendar', 'from', 'to', 'check']))
      // --check reads one file and says what is wrong with it: nothing else applies.
      .addOption(
        new Option('--check <file>', 'validate a calendar file: every problem with its JSON path').conflicts(['calendar', 'year', 'from', 'to', 'now', 'policy', 'json']),
      )
      .option('-j, --json', 'print JSON'),
  ).action((options: HolidaysOptions) => {
    if (options.check !== undefined) {
      // The file named is the user's own; what it extends stays inside its folder unless --allow-any-path.
      const [calendar] = loadCalendars([resolve(io.cwd, options.check)], { dir: io.holidaysDir, cwd: io.cwd, allowAnyPath: options.allowAnyPath === true });
      // loadCalendars gives one calendar per name or throws: this only tells the compiler so.
      if (calendar === undefined) throw new SlaError('UNKNOWN_CALENDAR', `unknown calendar ${quoteValue(options.check)}`);
      return io.out(renderCalendarCheck(options.check, calendar, paint));
    }
    const { calendars, schedule } = loadPolicy({ policy: options.policy, holidays: options.calendar, allowAnyPath: options.allowAnyPath }, io);
    // The day of --now (else the clock) in the policy zone.
    const today = (): number => schedule.dayOf(nowFrom(options.now, schedule.zone, io));
    if (options.list) {
      const year = options.year ?? civilFromDays(today()).year;
      const shipped = loadCalendars(shippedCalendars(io.holidaysDir), { dir: io.holidaysDir, cwd: io.cwd });
      const summaries = shipped.map((c) => calendarSummary(c, year));
      return io.out(options.json ? `${JSON.stringify(calendarListToJson(summaries), null, 2)}\n` : renderCalendarListText(summaries, paint));
    }
    const { from, to } = dayRange(options, today);
    const listing = holidayListing(calendars, from, to);
    io.out(options.json ? `${JSON.stringify(holidaysToJson(listing), null, 2)}\n` : renderHolidaysText(listing, paint));
  });
}
