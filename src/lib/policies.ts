import { quoteValue } from '../core/quote-value';
import { createSchedule } from '../core/schedule';
import { SlaError } from '../errors/sla-error';
import { loadPolicyWithCalendars, type LoadedPolicy } from '../domain';
import { closureLookup } from '../holidays/closures';
import { loadCalendars } from '../holidays/load-calendars';
import { parseCalendar } from '../holidays/parse-calendar';
import type { Calendar, HolidayRule } from '../holidays/types';
import { parsePolicy } from '../policy/parse-policy';
import type { Policy } from '../policy/types';
import { shippedHolidaysDir } from './package-paths';

/** Where calendars come from when loading a policy. */
export interface PolicyOptions {
  /**
   * Calendars instead of the policy's own: shipped names (`'nl'`), paths to
   * calendar files (relative to `cwd`), or calendars already loaded; `[]` for
   * no holidays. Left out, the policy's own `holidays` are used.
   */
  readonly calendars?: readonly (string | Calendar)[];
  /** The folder relative paths start from; `process.cwd()` when left out. */
  readonly cwd?: string;
  /** Reads calendar paths written inside a policy or calendar wherever they point, not only inside its folder. */
  readonly allowAnyPath?: boolean;
}

/** Where a calendar document's `extends` are found. */
export interface CalendarOptions {
  /** The folder relative paths start from; `process.cwd()` when left out. */
  readonly cwd?: string;
  /** Reads paths written in the calendar wherever they point, not only inside `cwd`. */
  readonly allowAnyPath?: boolean;
}

/**
 * The built-in policy (the vendor's published matrix: Mon-Fri 09:00-17:00
 * Europe/Amsterdam, the Dutch public holidays), with its calendars and schedule.
 *
 * @example
 * builtInPolicy().policy.plans.map((p) => p.id) //=> ['basic', 'professional', 'advanced']
 * builtInPolicy({ calendars: ['de'] }).calendars[0].name //=> 'Germany: national public holidays'
 */
export function builtInPolicy(options: PolicyOptions = {}): LoadedPolicy {
  return load(undefined, options);
}

/**
 * Reads and validates a policy file, then loads its calendars (relative to the
 * file, and inside its folder unless `allowAnyPath`). Throws `SlaError` with
 * `POLICY_NOT_FOUND`, `INVALID_POLICY`, `UNKNOWN_CALENDAR` or `INVALID_CALENDAR`.
 *
 * @example
 * const { policy, schedule } = loadPolicy('./acme-policy.json');
 * policy.name //=> 'Acme support'
 */
export function loadPolicy(path: string, options: PolicyOptions = {}): LoadedPolicy {
  return load(path, options);
}

/**
 * Validates a policy that is already a value (parsed JSON, or built in code)
 * and loads its calendars: shipped names, or paths relative to `cwd` (and
 * inside it unless `allowAnyPath`). `source` names it in messages. Throws
 * `SlaError('INVALID_POLICY')` listing every problem at its JSON path.
 *
 * @example
 * const acme = policyFromDocument(JSON.parse(text), { source: 'acme-policy.json' });
 * acme.policy.timezone //=> 'Europe/Amsterdam'
 */
export function policyFromDocument(document: unknown, options: PolicyOptions & { readonly source?: string } = {}): LoadedPolicy {
  const source = options.source ?? 'policy';
  const policy = parsePolicy(document, source);
  const calendars = resolveCalendars(options.calendars ?? policy.holidays, options, options.calendars === undefined ? source : undefined);
  return withSchedule(policy, calendars);
}

/**
 * Loads one holiday calendar: a shipped name (`'nl'`) or a path to a calendar
 * file, with everything it `extends` folded in. Throws `SlaError` with
 * `UNKNOWN_CALENDAR` or `INVALID_CALENDAR`.
 *
 * @example
 * loadCalendar('nl').name //=> 'Netherlands: national public holidays'
 * loadCalendar('./acme.json').rules.length //=> 15
 */
export function loadCalendar(nameOrPath: string, options: CalendarOptions = {}): Calendar {
  const [calendar] = loadCalendars([nameOrPath], sources(options, undefined));
  // loadCalendars gives one calendar per name or throws: this only tells the compiler so.
  if (calendar === undefined) throw new SlaError('UNKNOWN_CALENDAR', `unknown calendar ${quoteValue(nameOrPath)}`);
  return calendar;
}

/**
 * Validates a calendar that is already a value and folds in what it `extends`
 * (shipped names, or paths relative to `cwd`). `id` names it in messages and
 * in the calendar (`'calendar'` when left out). Throws
 * `SlaError('INVALID_CALENDAR')` listing every problem at its JSON path.
 *
 * @example
 * const closures = calendarFromDocument({ name: 'Acme closures', extends: ['nl'], days: { '12-24': [['09:00', '13:00']] } }, { id: 'acme' });
 * builtInPolicy({ calendars: [closures] }).calendars[0].name //=> 'Acme closures'
 */
export function calendarFromDocument(document: unknown, options: CalendarOptions & { readonly id?: string } = {}): Calendar {
  const id = options.id ?? 'calendar';
  const doc = parseCalendar(document, id, id);
  // A file's rules come after those of what it extends; an ancestor shared by two parents counts once.
  const rules = new Set<HolidayRule>();
  for (const parent of loadCalendars(doc.extends, sources(options, id))) for (const rule of parent.rules) rules.add(rule);
  for (const rule of doc.rules) rules.add(rule);
  return Object.freeze({ id, name: doc.name, source: doc.source, ...(doc.country && { country: doc.country }), path: id, rules: Object.freeze([...rules]) });
}

function load(path: string | undefined, options: PolicyOptions): LoadedPolicy {
  const cwd = options.cwd ?? process.cwd();
  const { calendars } = options;
  // The domain loads names and paths; calendars given as values only need the schedule rebuilt around them.
  const names = calendars?.every((c): c is string => typeof c === 'string') ? calendars : undefined;
  const loaded = loadPolicyWithCalendars({
    policyPath: path,
    calendars: names ?? (calendars === undefined ? undefined : []),
    cwd,
    holidaysDir: shippedHolidaysDir(),
    allowAnyPath: options.allowAnyPath === true,
  });
  if (calendars === undefined || names !== undefined) return loaded;
  return withSchedule(loaded.policy, resolveCalendars(calendars, options, undefined));
}

function resolveCalendars(specs: readonly (string | Calendar)[], options: CalendarOptions, namedIn: string | undefined): Calendar[] {
  const names = specs.filter((s): s is string => typeof s === 'string');
  const loaded = loadCalendars(names, sources(options, namedIn)).values();
  return specs.map((s) => {
    if (typeof s !== 'string') return s;
    const { done, value } = loaded.next();
    // loadCalendars gives one calendar per name, in order, so the names never outlast them.
    if (done === true) throw new SlaError('UNKNOWN_CALENDAR', `unknown calendar ${quoteValue(s)}`);
    return value;
  });
}

function sources(options: CalendarOptions, namedIn: string | undefined) {
  return {
    dir: shippedHolidaysDir(),
    cwd: options.cwd ?? process.cwd(),
    ...(namedIn !== undefined && { namedIn }),
    allowAnyPath: options.allowAnyPath === true,
  };
}

function withSchedule(policy: Policy, calendars: readonly Calendar[]): LoadedPolicy {
  const schedule = createSchedule({ zone: policy.timezone, weekly: policy.hours, closures: closureLookup(calendars) });
  return { policy, calendars, schedule };
}
