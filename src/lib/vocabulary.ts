// The closed sets a caller checks values against, re-exported with examples of their use.
import { ENVS as CLASSIFY_ENVS, IMPACTS as CLASSIFY_IMPACTS, LANGS as CLASSIFY_LANGS, READINGS as CLASSIFY_READINGS, WORKAROUNDS as CLASSIFY_WORKAROUNDS } from '../classify';
import type { Env, Impact, Lang, Reading, Workaround } from '../classify';
import { DEFAULT_WARN as CORE_DEFAULT_WARN, SLA_STATUSES as CORE_SLA_STATUSES, type SlaStatus, type WarnThreshold } from '../core/sla-status';

/**
 * Every status a ticket can have, in a stable order.
 *
 * @example
 * SLA_STATUSES //=> ['on-track', 'at-risk', 'breached', 'met', 'missed', 'not-covered']
 */
export const SLA_STATUSES: readonly SlaStatus[] = CORE_SLA_STATUSES;

/**
 * The warning threshold when none is given: at risk with less than a quarter of the target left.
 *
 * @example
 * ticketStatus(policy, ticket, { now, warn: DEFAULT_WARN }) // the same as leaving warn out
 */
export const DEFAULT_WARN: WarnThreshold = CORE_DEFAULT_WARN;

/**
 * The environments a ticket can name; only `production` earns priority 1 or 2.
 *
 * @example
 * classifyTicket({ text: 'the portal is down', env: ENVS[1] }).priority //=> 3
 */
export const ENVS: readonly Env[] = CLASSIFY_ENVS;

/**
 * The impacts a ticket can name, as `classifyTicket` accepts them.
 *
 * @example
 * IMPACTS.includes('outage') //=> true
 */
export const IMPACTS: readonly Impact[] = CLASSIFY_IMPACTS;

/**
 * Whether a workaround exists, as `classifyTicket` accepts it.
 *
 * @example
 * WORKAROUNDS //=> ['yes', 'no', 'unknown']
 */
export const WORKAROUNDS: readonly Workaround[] = CLASSIFY_WORKAROUNDS;

/**
 * The languages tickets are read in and explanations written in.
 *
 * @example
 * LANGS //=> ['en', 'nl']
 */
export const LANGS: readonly Lang[] = CLASSIFY_LANGS;

/**
 * How `classifyTicket` reads a ticket's text: `combined` (the default: the phrases and the statistical reading) or
 * `rules` (the phrases alone, every fact resting on a phrase the verdict shows).
 *
 * @example
 * classifyTicket({ text: 'Phones down', requested: 1, reading: READINGS[1] }).matched[0].rule //=> undefined
 */
export const READINGS: readonly Reading[] = CLASSIFY_READINGS;
