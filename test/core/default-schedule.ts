/**
 * Shared set-up for tests that need the built-in policy's schedule: the default
 * policy, its shipped holiday calendars (from the repository's `holidays/`
 * folder) and the schedule built from both. Nothing in `src/` assembles these
 * three yet (the CLI will), so the tests do it here, once per test file.
 */
import { resolve } from 'node:path';
import { createSchedule, type Schedule } from '../../src/core/schedule';
import { getZone, type Zone } from '../../src/core/zone';
import { closureLookup } from '../../src/holidays/closures';
import { loadCalendars } from '../../src/holidays/load-calendars';
import type { Calendar } from '../../src/holidays/types';
import { defaultPolicy } from '../../src/policy/load-policy';
import type { Policy } from '../../src/policy/types';

/** The repository root. */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** The shipped holiday calendars folder. */
export const HOLIDAYS_DIR = resolve(REPO_ROOT, 'holidays');

export interface DefaultSetup {
  readonly policy: Policy;
  readonly calendars: readonly Calendar[];
  readonly schedule: Schedule;
  readonly zone: Zone;
}

let cached: DefaultSetup | undefined;

/** The default policy with its calendars and schedule, built once per test file. */
export function defaultSetup(): DefaultSetup {
  if (cached) return cached;
  const policy = defaultPolicy();
  const calendars = loadCalendars(policy.holidays, { dir: HOLIDAYS_DIR, cwd: REPO_ROOT });
  const schedule = createSchedule({ zone: policy.timezone, weekly: policy.hours, closures: closureLookup(calendars) });
  cached = { policy, calendars, schedule, zone: getZone(policy.timezone) };
  return cached;
}
