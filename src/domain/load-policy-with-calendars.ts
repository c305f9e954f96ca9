import { dirname, resolve } from 'node:path';
import { createSchedule, type Schedule } from '../core/schedule';
import { closureLookup } from '../holidays/closures';
import { loadCalendars } from '../holidays/load-calendars';
import type { Calendar } from '../holidays/types';
import { defaultPolicy, loadPolicyFile } from '../policy/load-policy';
import type { Policy } from '../policy/types';

/** Which policy and calendars to load, as plain values. */
export interface PolicyRequest {
  /** A policy file, relative to `cwd` and named in messages as given; undefined for the built-in policy. */
  readonly policyPath?: string | undefined;
  /** Calendar names or JSON paths (relative to `cwd`) instead of the policy's own; undefined for the policy's, empty for none. */
  readonly calendars?: readonly string[] | undefined;
  /** The folder relative paths given here start from. */
  readonly cwd: string;
  /** The shipped `holidays/` folder that calendar names are looked up in. */
  readonly holidaysDir: string;
  /** Reads calendar paths written inside a policy or calendar file wherever they point, not only inside that file's folder. */
  readonly allowAnyPath?: boolean;
}

/** A policy with its calendars and the schedule built from them. */
export interface LoadedPolicy {
  readonly policy: Policy;
  readonly calendars: readonly Calendar[];
  readonly schedule: Schedule;
}

/**
 * Loads a policy (the built-in one, or a file), its calendars (the policy's,
 * or the given list), and builds the schedule they make. Calendar paths
 * written in a policy file are relative to that file and must stay inside its
 * folder unless `allowAnyPath`, so that a policy from elsewhere cannot make
 * `sla` read any file it names; paths given in the request are relative to
 * `cwd` and the caller's own to point anywhere.
 *
 * @example
 * loadPolicyWithCalendars({ policyPath: 'acme.json', cwd: '/srv/support', holidaysDir: '/usr/lib/sla/holidays' }).schedule.zone.name
 * //=> 'Europe/Amsterdam'
 */
export function loadPolicyWithCalendars(request: PolicyRequest): LoadedPolicy {
  const { policyPath, cwd, holidaysDir } = request;
  const file = policyPath === undefined ? undefined : { path: resolve(cwd, policyPath), label: policyPath };
  const policy = file === undefined ? defaultPolicy() : loadPolicyFile(file.path, file.label);
  // Calendars the policy file names are read as that file's, from its folder; a list given here is the caller's.
  const namedBy = request.calendars === undefined ? file : undefined;
  const calendars = loadCalendars(request.calendars ?? policy.holidays, {
    dir: holidaysDir,
    cwd: namedBy === undefined ? cwd : dirname(namedBy.path),
    ...(namedBy !== undefined && { namedIn: namedBy.label }),
    allowAnyPath: request.allowAnyPath === true,
  });
  const schedule = createSchedule({ zone: policy.timezone, weekly: policy.hours, closures: closureLookup(calendars) });
  return { policy, calendars, schedule };
}
