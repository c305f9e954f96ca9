/**
 * Validation of the values a caller (the `sla classify` command line) passes
 * in. Each throws `SlaError('USAGE')` naming the option, the bad value and
 * every accepted value, e.g.
 * `unknown --env "prod-eu": accepted are production, staging, development`.
 * Values are trimmed and compared in lower case, so `Production` is accepted.
 */
import { SlaError } from '../errors/sla-error';
import type { Env, Impact, Lang, PriorityId, Workaround } from './types';
import { ENVS, IMPACTS, LANGS, PRIORITY_IDS, WORKAROUNDS } from './vocabulary';

function pick<T extends string | number>(option: string, value: unknown, accepted: readonly T[]): T {
  const wanted = String(value).trim().toLowerCase();
  const found = accepted.find((a) => String(a) === wanted);
  if (found !== undefined) return found;
  throw new SlaError('USAGE', `unknown --${option} ${JSON.stringify(String(value))}: accepted are ${accepted.join(', ')}`);
}

/**
 * The environment named by `--env`.
 *
 * @example
 * parseEnv('Staging') //=> 'staging'
 * parseEnv('prod-eu') // throws USAGE: unknown --env "prod-eu": accepted are production, staging, development
 */
export function parseEnv(value: unknown): Env {
  return pick('env', value, ENVS);
}

/**
 * The impact named by `--impact`.
 *
 * @example
 * parseImpact('function-down') //=> 'function-down'
 * parseImpact('broken') // throws USAGE: unknown --impact "broken": accepted are outage, function-down, ...
 */
export function parseImpact(value: unknown): Impact {
  return pick('impact', value, IMPACTS);
}

/**
 * The workaround answer named by `--workaround`.
 *
 * @example
 * parseWorkaround('NO') //=> 'no'
 * parseWorkaround('maybe') // throws USAGE: unknown --workaround "maybe": accepted are yes, no, unknown
 */
export function parseWorkaround(value: unknown): Workaround {
  return pick('workaround', value, WORKAROUNDS);
}

/**
 * The priority named by `--requested`: 1, 2 or 3, as a number or a string.
 *
 * @example
 * parseRequested('1') //=> 1
 * parseRequested(0)   // throws USAGE: unknown --requested "0": accepted are 1, 2, 3
 */
export function parseRequested(value: unknown): PriorityId {
  // Compared as text, so `1.0`, `01` and `P1` are refused rather than guessed at.
  return pick('requested', value, PRIORITY_IDS);
}

/**
 * The language named by `--lang` for an explanation.
 *
 * @example
 * parseLang('NL') //=> 'nl'
 * parseLang('de') // throws USAGE: unknown --lang "de": accepted are en, nl
 */
export function parseLang(value: unknown): Lang {
  return pick('lang', value, LANGS);
}
