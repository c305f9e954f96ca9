/**
 * Shared set-up for tests that need the built-in policy's schedule: the default
 * policy, its shipped holiday calendars (the repository's `holidays/` folder)
 * and the schedule built from both.
 *
 * `src/cli/policy-options.ts#loadPolicy` already assembles exactly this (policy,
 * calendars, `createSchedule` with `closureLookup`), so it is reused here rather
 * than re-implemented; it is given an Io whose clock and output must not be used.
 */
import { resolve } from 'node:path';
import type { Io } from '../../src/cli/io';
import { loadPolicy, type LoadedPolicy } from '../../src/cli/policy-options';
import { getZone, type Zone } from '../../src/core/zone';

/** The repository root. */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** The shipped holiday calendars folder. */
export const HOLIDAYS_DIR = resolve(REPO_ROOT, 'holidays');

const unused = (what: string) => (): never => {
  throw new Error(`the default schedule set-up must not use ${what}`);
};

const io: Io = { out: unused('stdout'), err: unused('stderr'), readStdin: unused('stdin'), now: unused('the clock'), cwd: REPO_ROOT, holidaysDir: HOLIDAYS_DIR, color: false };

export interface DefaultSetup extends LoadedPolicy {
  /** The policy zone, for parsing and formatting. */
  readonly zone: Zone;
}

let cached: DefaultSetup | undefined;

/** The default policy with its calendars, schedule and zone, built once per test file. */
export function defaultSetup(): DefaultSetup {
  if (!cached) {
    const loaded = loadPolicy({}, io);
    cached = { ...loaded, zone: getZone(loaded.policy.timezone) };
  }
  return cached;
}
