import type { PhraseHit } from './find-phrases';

/** A phrase or recognised hit as the facts are decided from it; `negatedBy` where a negation turned a workaround around. */
export type Hit = PhraseHit & { readonly negatedBy?: string };

/**
 * The impacts that are incidents, as opposed to questions and development problems.
 *
 * @example
 * INCIDENTS.has('degraded') //=> true
 */
export const INCIDENTS: ReadonlySet<string> = new Set(['outage', 'function-down', 'degraded', 'intermittent']);

/**
 * The impacts of reduced service: the service works, less well or not all the time.
 *
 * @example
 * REDUCED.has('intermittent') //=> true
 */
export const REDUCED: ReadonlySet<string> = new Set(['degraded', 'intermittent']);
