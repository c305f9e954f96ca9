import type { Env, Impact, Lang, PriorityId, Workaround } from './types';

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
