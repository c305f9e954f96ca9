import { InvalidArgumentError, type Command } from 'commander';
import { quoteValue } from '../core/quote-value';
import { loadPolicyWithCalendars, type LoadedPolicy } from '../domain/load-policy-with-calendars';
import type { Io } from './io';

/** The options every policy-using command shares. */
export interface PolicyOptions {
  policy?: string;
  /** `--holidays`, read by its parser: calendar names or paths, none for `none`. */
  holidays?: readonly string[];
  /** `--allow-any-path`: read calendar paths written in a policy or calendar file wherever they point. */
  allowAnyPath?: boolean;
}

/**
 * Adds `--allow-any-path` to a command that loads a policy or calendars. A
 * path written inside a policy or calendar file (`holidays`, `extends`) must
 * stay inside that file's folder, or be a shipped calendar name, so that a
 * file from elsewhere cannot make `sla` read `/etc/passwd` or `../.env`; the
 * flag lifts that rule for files the user trusts.
 *
 * @example
 * withAnyPathOption(program.command('table'))
 */
export function withAnyPathOption<C extends Command>(command: C): C {
  return command.option('--allow-any-path', "read calendar paths in policy and calendar files wherever they point (default: only inside the file's folder)");
}

/**
 * Adds `--policy FILE`, `--holidays LIST` and `--allow-any-path` to a command.
 *
 * @example
 * withPolicyOptions(program.command('deadline'))
 */
export function withPolicyOptions<C extends Command>(command: C): C {
  return withAnyPathOption(
    command
      .option('--policy <file>', 'policy JSON file (default: the built-in policy)')
      .option('--holidays <list>', 'holiday calendars instead of the policy\'s: comma list of names or JSON paths, or "none"', (value: string) =>
        parseCalendarList(value),
      ),
  );
}

/**
 * Splits a list of calendars (`--holidays`, or another `flag`) into calendar
 * names or paths; `none` is no calendar. The parser of the option: an empty
 * item throws commander's `InvalidArgumentError`, naming the flag and
 * `accepted`, what the list may hold.
 *
 * @example
 * parseCalendarList('nl, ./acme.json') //=> ['nl', './acme.json']
 * parseCalendarList('nl,,be', '--calendar', 'shipped calendars (be, nl) or JSON paths') // throws: invalid --calendar "nl,,be": give a comma list of shipped calendars (be, nl) or JSON paths, or "none"
 */
export function parseCalendarList(value: string, flag = '--holidays', accepted = 'calendar names or JSON paths'): string[] {
  const items = value.split(',').map((s) => s.trim());
  const [only] = items;
  if (items.length === 1 && only?.toLowerCase() === 'none') return [];
  if (items.some((s) => s === '')) {
    throw new InvalidArgumentError(`invalid ${flag} ${quoteValue(value)}: give a comma list of ${accepted}, or "none"`);
  }
  return items;
}

/**
 * Loads the policy (built-in or `--policy`) with its calendars (or
 * `--holidays`) and its schedule: the flags turned into the domain's plain
 * request, with paths on the command line relative to the working directory.
 *
 * @example
 * loadPolicy({ policy: 'acme.json' }, io).schedule.zone.name //=> 'Europe/Amsterdam'
 */
export function loadPolicy(options: PolicyOptions, io: Io): LoadedPolicy {
  return loadPolicyWithCalendars({
    policyPath: options.policy,
    calendars: options.holidays,
    cwd: io.cwd,
    holidaysDir: io.holidaysDir,
    allowAnyPath: options.allowAnyPath === true,
  });
}
