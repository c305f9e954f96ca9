/**
 * Shared set-up for tests that need the built-in policy's schedule: the default
 * policy, its shipped holiday calendars (the repository's `holidays/` folder)
 * and the schedule built from both, as the domain layer loads them for every
 * command, so that the tests never assemble a schedule of their own.
 */
import { resolve } from 'node:path';
import { getZone, type Zone } from '../../src/core/zone';
import { loadPolicyWithCalendars, type LoadedPolicy } from '../../src/domain/load-policy-with-calendars';

/** The repository root. */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** The shipped holiday calendars folder. */
export const HOLIDAYS_DIR = resolve(REPO_ROOT, 'holidays');

export interface DefaultSetup extends LoadedPolicy {
  /** The policy zone, for parsing and formatting. */
  readonly zone: Zone;
}

let cached: DefaultSetup | undefined;

/** The default policy with its calendars, schedule and zone, built once per test file. */
export function defaultSetup(): DefaultSetup {
  if (!cached) {
    const loaded = loadPolicyWithCalendars({ cwd: REPO_ROOT, holidaysDir: HOLIDAYS_DIR });
    cached = { ...loaded, zone: getZone(loaded.policy.timezone) };
  }
  return cached;
}
