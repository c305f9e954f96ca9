import { getZone } from '../../core/zone';
import { LANGS } from '../render/shared/labels';
import { readChoice } from '../choice-option';

/** The settings a config file or the environment may give, by the name a config file uses. */
export const CONFIG_KEY_NAMES = ['policy', 'holidays', 'plan', 'tz', 'lang', 'warn'] as const;
export type ConfigKeyName = (typeof CONFIG_KEY_NAMES)[number];

/** One setting: the flags it fills in, its environment variable, and how its value is read from a file. */
export interface ConfigKey {
  readonly key: ConfigKeyName;
  /** The long flags, on any command that has one of them, this setting is the default of. */
  readonly flags: readonly string[];
  /** The environment variable that sets it, if any. */
  readonly env?: string;
  /** `path`: relative to the config file's folder; `calendars`: a list of names and paths (paths as for `path`). */
  readonly kind: 'path' | 'calendars' | 'text';
  /** A check for commands whose flag takes the text as it is (no parser of its own); throws on a bad value. */
  readonly check?: (text: string) => void;
  /** What applies when nothing sets it, in words (for `sla config` and the man page). */
  readonly fallback: string;
  /** What it is, in a few words. */
  readonly description: string;
}

/**
 * Every setting. Kept small on purpose: the values a team shares across
 * commands (which policy and calendars, the plan it sells, the zone it reads
 * times in, the language of its labels, when a ticket counts as at risk).
 * Per-run choices (`--now`, `--json`, `--format`) stay flags.
 */
export const CONFIG_KEYS: readonly ConfigKey[] = [
  { key: 'policy', flags: ['--policy'], env: 'SLA_POLICY', kind: 'path', fallback: 'the built-in policy', description: 'policy JSON file' },
  {
    key: 'holidays',
    // `sla holidays` names the same list `--calendar`.
    flags: ['--holidays', '--calendar'],
    env: 'SLA_HOLIDAYS',
    kind: 'calendars',
    fallback: "the policy's calendars",
    description: 'holiday calendars: names or JSON paths, or "none"',
  },
  { key: 'plan', flags: ['--plan'], kind: 'text', fallback: 'every plan', description: 'support plan' },
  { key: 'tz', flags: ['--tz'], kind: 'text', check: (text) => void getZone(text), fallback: "the policy's zone", description: 'IANA zone times are printed in' },
  { key: 'lang', flags: ['--lang'], kind: 'text', check: (text) => void readChoice('lang', text, LANGS), fallback: 'en', description: `language of labels and explanations: ${LANGS.join(', ')}` },
  { key: 'warn', flags: ['--warn'], kind: 'text', fallback: '25%', description: 'at risk with less than this left: 25% or 30m' },
];

/**
 * The setting that fills in a flag, if any.
 *
 * @example
 * configKeyForFlag('--calendar')?.key //=> 'holidays'
 * configKeyForFlag('--now') //=> undefined
 */
export function configKeyForFlag(flag: string | undefined): ConfigKey | undefined {
  return flag === undefined ? undefined : CONFIG_KEYS.find((k) => k.flags.includes(flag));
}
