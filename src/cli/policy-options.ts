import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { SlaError } from '../core/errors';
import { quoteValue } from '../core/quote-value';
import { createSchedule, type Schedule } from '../core/schedule';
import { closureLookup } from '../holidays/closures';
import { loadCalendars } from '../holidays/load-calendars';
import type { Calendar } from '../holidays/types';
import { defaultPolicy, loadPolicyFile } from '../policy/load-policy';
import type { Policy } from '../policy/types';
import type { Io } from './io';

/** The options every policy-using command shares. */
export interface PolicyOptions {
  policy?: string;
  holidays?: string;
  /** `--allow-any-path`: read calendar paths written in a policy or calendar file wherever they point. */
  allowAnyPath?: boolean;
}

/** A policy with its calendars and the schedule built from them. */
export interface LoadedPolicy {
  readonly policy: Policy;
  readonly calendars: readonly Calendar[];
  readonly schedule: Schedule;
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
export function withAnyPathOption(command: Command): Command {
  return command.option('--allow-any-path', "read calendar paths in policy and calendar files wherever they point (default: only inside the file's folder)");
}

/**
 * Adds `--policy FILE`, `--holidays LIST` and `--allow-any-path` to a command.
 *
 * @example
 * withPolicyOptions(program.command('deadline'))
 */
export function withPolicyOptions(command: Command): Command {
  return withAnyPathOption(
    command
      .option('--policy <file>', 'policy JSON file (default: the built-in policy)')
      .option('--holidays <list>', 'holiday calendars instead of the policy\'s: comma list of names or JSON paths, or "none"'),
  );
}

/**
 * Splits a `--holidays` value into calendar names or paths; `none` is no calendar.
 *
 * @example
 * parseCalendarList('nl, ./acme.json') //=> ['nl', './acme.json']
 */
export function parseCalendarList(value: string): string[] {
  const items = value.split(',').map((s) => s.trim());
  if (items.length === 1 && items[0]!.toLowerCase() === 'none') return [];
  if (items.some((s) => s === '')) {
    throw new SlaError('USAGE', `invalid --holidays ${quoteValue(value)}: give a comma list of calendar names or JSON paths, or "none"`);
  }
  return items;
}

/**
 * Loads the policy (built-in or `--policy`), its calendars (or `--holidays`),
 * and builds the schedule. Calendar paths inside a policy file are relative to
 * that file and must stay inside its folder (unless `--allow-any-path`); paths
 * given on the command line are relative to the working directory, and the
 * user's own to point anywhere.
 *
 * @example
 * loadPolicy({ policy: 'acme.json' }, io).schedule.zone.name //=> 'Europe/Amsterdam'
 */
export function loadPolicy(options: PolicyOptions, io: Io): LoadedPolicy {
  const policyPath = options.policy === undefined ? undefined : resolve(io.cwd, options.policy);
  const policy = policyPath === undefined ? defaultPolicy() : loadPolicyFile(policyPath, options.policy);
  const fromFlag = options.holidays !== undefined;
  const specs = fromFlag ? parseCalendarList(options.holidays!) : policy.holidays;
  const fromPolicyFile = !fromFlag && policyPath !== undefined;
  const calendars = loadCalendars(specs, {
    dir: io.holidaysDir,
    cwd: fromPolicyFile ? dirname(policyPath) : io.cwd,
    ...(fromPolicyFile && { namedIn: options.policy }),
    allowAnyPath: options.allowAnyPath === true,
  });
  const schedule = createSchedule({ zone: policy.timezone, weekly: policy.hours, closures: closureLookup(calendars) });
  return { policy, calendars, schedule };
}
