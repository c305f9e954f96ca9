import type { Facts, PriorityId } from './types';

/**
 * Which rule of the policy's definitions decided a priority:
 * - `not-an-incident`: a question, how-to, feature request or development problem (priority 3);
 * - `not-production`: staging or development, where priorities 1 and 2 do not apply (priority 3);
 * - `loss-of-service`: an outage or an important function down in production (1, or 2 with a workaround);
 * - `reduced-service`: degraded or intermittent in production (priority 2);
 * - `no-impact`: nothing about an impact is known (priority 3).
 */
export type Rule = 'not-an-incident' | 'not-production' | 'loss-of-service' | 'reduced-service' | 'no-impact';

/** A priority and the rule that gave it. */
export interface Verdict {
  readonly priority: PriorityId;
  readonly rule: Rule;
}

/**
 * Applies the policy's priority definitions to settled facts, first matching
 * rule wins. The order matters: what kind of ticket it is comes before where
 * (a how-to question is priority 3 even in production), and where comes before
 * how bad (a staging outage is priority 3). An unknown workaround counts as
 * none, because the customer reporting a complete outage who mentions no
 * workaround almost always has none, and staff can still lower the priority.
 *
 * @example
 * applyRules({ env: 'production', impact: 'outage', workaround: 'unknown' }) //=> { priority: 1, rule: 'loss-of-service' }
 * applyRules({ env: 'staging', impact: 'outage', workaround: 'no' })         //=> { priority: 3, rule: 'not-production' }
 */
export function applyRules(facts: Facts): Verdict {
  switch (facts.impact) {
    case 'question':
    case 'how-to':
    case 'feature-request':
    case 'development':
      return { priority: 3, rule: 'not-an-incident' };
    default:
      break;
  }
  if (facts.env !== 'production') return { priority: 3, rule: 'not-production' };
  switch (facts.impact) {
    case 'outage':
    case 'function-down':
      return { priority: facts.workaround === 'yes' ? 2 : 1, rule: 'loss-of-service' };
    case 'degraded':
    case 'intermittent':
      return { priority: 2, rule: 'reduced-service' };
    default:
      return { priority: 3, rule: 'no-impact' };
  }
}
