import type { Env, Fact, Impact, Lang, PriorityId, Reading, Workaround } from './types';

// The accepted values, in the order error messages list them. Kept apart from
// the types so that validation, the phrase-data check and tests share one list.

/** The accepted `env` values. @example ENVS.includes('staging') //=> true */
export const ENVS: readonly Env[] = ['production', 'staging', 'development'];

/** The accepted `impact` values, the incidents first. @example IMPACTS.length //=> 8 */
export const IMPACTS: readonly Impact[] = [
  'outage',
  'function-down',
  'degraded',
  'intermittent',
  'question',
  'how-to',
  'feature-request',
  'development',
];

/** The accepted `workaround` values. @example WORKAROUNDS //=> ['yes', 'no', 'unknown'] */
export const WORKAROUNDS: readonly Workaround[] = ['yes', 'no', 'unknown'];

/** The priorities a customer can request. @example PRIORITY_IDS //=> [1, 2, 3] */
export const PRIORITY_IDS: readonly PriorityId[] = [1, 2, 3];

/** The languages of tickets and explanations. @example LANGS //=> ['en', 'nl'] */
export const LANGS: readonly Lang[] = ['en', 'nl'];

/** How a ticket's text is read (`ClassifyInput.reading`): the phrases and the statistical reading, or the phrases alone. */
export const READINGS: readonly Reading[] = ['combined', 'rules'];

/** The facts text can state, in the order notes and conflicts list them. @example FACTS //=> ['env', 'impact', 'workaround'] */
export const FACTS: readonly Fact[] = ['env', 'impact', 'workaround'];

/**
 * Whether a string is one of the accepted `env` values, for values that come
 * from data (the phrase data's precedence lists) rather than from the types.
 *
 * @example
 * isEnv('staging') //=> true
 * isEnv('prod')    //=> false
 */
export function isEnv(value: string): value is Env {
  return ENVS.some((e) => e === value);
}

/**
 * Whether a string is one of the accepted `impact` values.
 *
 * @example
 * isImpact('degraded') //=> true
 * isImpact('broken')   //=> false
 */
export function isImpact(value: string): value is Impact {
  return IMPACTS.some((i) => i === value);
}

/**
 * Whether a string is one of the accepted `workaround` values.
 *
 * @example
 * isWorkaround('unknown') //=> true
 * isWorkaround('maybe')   //=> false
 */
export function isWorkaround(value: string): value is Workaround {
  return WORKAROUNDS.some((w) => w === value);
}

/**
 * Whether a string is a workaround value text can state: `yes` or `no`
 * (`unknown` is the absence of a statement).
 *
 * @example
 * isStatedWorkaround('no')      //=> true
 * isStatedWorkaround('unknown') //=> false
 */
export function isStatedWorkaround(value: string): value is Exclude<Workaround, 'unknown'> {
  return value === 'yes' || value === 'no';
}
