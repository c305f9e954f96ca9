/**
 * Validation of the fields of a `ClassifyInput` and of an explanation's
 * language, for callers whose values TypeScript has not checked (JSON, user
 * input, plain JavaScript). Each throws `SlaError('USAGE')` naming the field,
 * the bad value and every accepted value, e.g.
 * `unknown env "prod-eu": accepted are production, staging, development`.
 * Values are trimmed and compared in lower case, so `Production` is accepted.
 */
import { SlaError } from '../errors/sla-error';
import type { Env, Impact, Lang, PriorityId, Workaround } from './types';
import { ENVS, IMPACTS, LANGS, PRIORITY_IDS, WORKAROUNDS } from './vocabulary';

function pick<T extends string | number>(field: string, value: unknown, accepted: readonly T[]): T {
  const wanted = String(value).trim().toLowerCase();
  const found = accepted.find((a) => String(a) === wanted);
  if (found !== undefined) return found;
  throw new SlaError('USAGE', `unknown ${field} ${JSON.stringify(String(value))}: accepted are ${accepted.join(', ')}`);
}

/**
 * A `ClassifyInput`'s `env`, checked and in lower case.
 *
 * @example
 * parseEnv('Staging') //=> 'staging'
 * parseEnv('prod-eu') // throws USAGE: unknown env "prod-eu": accepted are production, staging, development
 */
export function parseEnv(value: unknown): Env {
  return pick('env', value, ENVS);
}

/**
 * A `ClassifyInput`'s `impact`, checked and in lower case.
 *
 * @example
 * parseImpact('function-down') //=> 'function-down'
 * parseImpact('broken') // throws USAGE: unknown impact "broken": accepted are outage, function-down, ...
 */
export function parseImpact(value: unknown): Impact {
  return pick('impact', value, IMPACTS);
}

/**
 * A `ClassifyInput`'s `workaround`, checked and in lower case.
 *
 * @example
 * parseWorkaround('NO') //=> 'no'
 * parseWorkaround('maybe') // throws USAGE: unknown workaround "maybe": accepted are yes, no, unknown
 */
export function parseWorkaround(value: unknown): Workaround {
  return pick('workaround', value, WORKAROUNDS);
}

/**
 * A `ClassifyInput`'s `requested` priority: 1, 2 or 3, given as a number or a string.
 *
 * @example
 * parseRequested('1') //=> 1
 * parseRequested(0)   // throws USAGE: unknown requested "0": accepted are 1, 2, 3
 */
export function parseRequested(value: unknown): PriorityId {
  // Compared as text, so `1.0`, `01` and `P1` are refused rather than guessed at.
  return pick('requested', value, PRIORITY_IDS);
}

/**
 * The language an explanation is written in: `en` or `nl`.
 *
 * @example
 * parseLang('NL') //=> 'nl'
 * parseLang('de') // throws USAGE: unknown lang "de": accepted are en, nl
 */
export function parseLang(value: unknown): Lang {
  return pick('lang', value, LANGS);
}
