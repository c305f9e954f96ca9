import { dirname, resolve } from 'node:path';
import { quoteValue } from '../../core/quote-value';
import { isStringArray } from '../../document/problems';
import { SlaError } from '../../errors/sla-error';
import { describeJsonError } from '../../io/json-syntax-error';
import { readTextFile } from '../../io/read-text-file';
import { CONFIG_KEYS, CONFIG_KEY_NAMES, type ConfigKey, type ConfigKeyName } from './config-keys';

/** The largest config file read: a few settings need a few hundred bytes. */
const MAX_CONFIG_BYTES = 64 * 1024;

/** A calendar given by path rather than by shipped name, as the calendar loader tells them apart. */
const isCalendarPath = (spec: string): boolean => /[\\/]/.test(spec) || spec.toLowerCase().endsWith('.json');

/** A config file's settings, as the text a flag would be given: paths made absolute from the file's folder. */
export type ConfigValues = ReadonlyMap<ConfigKeyName, string>;

/**
 * Reads a config file (`sla.config.json` or the user's `config.json`): a
 * regular file of at most 64 KiB, a JSON object of the keys in
 * {@link CONFIG_KEYS}. Unknown keys, values of the wrong type and text that
 * is not JSON are `USAGE` errors naming the file (and the key, or the line
 * and column), never repeating the file's content. `policy` and calendar
 * paths in `holidays` are relative to the file's folder, so that the file
 * means the same from any folder below it.
 *
 * @example
 * readConfigFile('/srv/acme/sla.config.json') //=> Map { 'policy' => '/srv/acme/policy.json', 'plan' => 'professional' }
 */
export function readConfigFile(path: string): ConfigValues {
  const text = readTextFile(path, { code: 'USAGE', what: 'config', maxBytes: MAX_CONFIG_BYTES });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new SlaError('USAGE', `${path}: ${describeJsonError(text)}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new SlaError('USAGE', `${path}: a config file holds a JSON object, e.g. {"plan": "professional"}`);
  }
  const problems: string[] = [];
  const values = new Map<ConfigKeyName, string>();
  for (const [name, value] of Object.entries(document)) {
    const key = CONFIG_KEYS.find((k) => k.key === name);
    if (key === undefined) {
      problems.push(`unknown key ${quoteValue(name)}: accepted are ${CONFIG_KEY_NAMES.join(', ')}`);
      continue;
    }
    const read = readValue(key, value, dirname(path));
    if (typeof read === 'string') values.set(key.key, read);
    else problems.push(`${key.key}: ${read.problem}`);
  }
  if (problems.length > 0) {
    throw new SlaError('USAGE', `${path}: ${problems.length === 1 ? problems[0] : `${problems.length} problems`}`, problems.length === 1 ? [] : problems);
  }
  return values;
}

/** One value of a config file as flag text, or what is wrong with it. */
function readValue(key: ConfigKey, value: unknown, folder: string): string | { problem: string } {
  if (key.kind === 'calendars') {
    const items = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
    if (!isStringArray(items) || items.length === 0 || items.some((s) => s.trim() === '')) {
      return { problem: 'must be a list of calendar names or paths, e.g. ["nl", "./acme.json"], a comma string, or "none"' };
    }
    return items.map((s) => (isCalendarPath(s.trim()) ? resolve(folder, s.trim()) : s.trim())).join(',');
  }
  if (typeof value !== 'string' || value.trim() === '') return { problem: 'must be a non-empty string' };
  return key.kind === 'path' ? resolve(folder, value) : value;
}
