import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { SlaError } from '../core/errors';
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
}

/** A policy with its calendars and the schedule built from them. */
export interface LoadedPolicy {
  readonly policy: Policy;
  readonly calendars: readonly Calendar[];
  readonly schedule: Schedule;
}

/**
 * Adds `--policy FILE` and `--holidays LIST` to a command.
 *
 * @example
 * withPolicyOptions(program.command('deadline'))
 */
export function withPolicyOptions(command: Command): Command {
  return command
    .option('--policy <file>', 'policy JSON file (default: the built-in policy)')
    .option('--holidays <list>', 'holiday calendars instead of the policy\'s: comma list of names or JSON paths, or "none"');
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
    throw new SlaError('USAGE', `invalid --holidays ${JSON.stringify(value)}: give a comma list of calendar names or JSON paths, or "none"`);
  }
  return items;
}

/**
 * Loads the policy (built-in or `--policy`), its calendars (or `--holidays`),
 * and builds the schedule. Calendar paths inside a policy file are relative to
 * that file; paths given on the command line are relative to the working directory.
 *
 * @example
 * loadPolicy({ policy: 'acme.json' }, io).schedule.zone.name //=> 'Europe/Amsterdam'
 */
export function loadPolicy(options: PolicyOptions, io: Io): LoadedPolicy {
  const policyPath = options.policy === undefined ? undefined : resolve(io.cwd, options.policy);
  const policy = policyPath === undefined ? defaultPolicy() : loadPolicyFile(policyPath, options.policy);
  const fromFlag = options.holidays !== undefined;
  const specs = fromFlag ? parseCalendarList(options.holidays!) : policy.holidays;
  const cwd = fromFlag || policyPath === undefined ? io.cwd : dirname(policyPath);
  const calendars = loadCalendars(specs, { dir: io.holidaysDir, cwd });
  const schedule = createSchedule({ zone: policy.timezone, weekly: policy.hours, closures: closureLookup(calendars) });
  return { policy, calendars, schedule };
}
