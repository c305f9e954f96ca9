import type { Facts, Impact, PriorityId } from './types';

/**
 * Which rule of the policy's definitions decided a priority:
 * - `not-an-incident`: a question, how-to, feature request or development problem (priority 3);
 * - `not-production`: staging or development, where priorities 1 and 2 do not apply (priority 3);
 * - `loss-of-service`: an outage or an important function down in production (1, or 2 with a workaround);
 * - `reduced-service`: degraded or intermittent in production (priority 2);
 * - `no-impact`: nothing about an impact is known: the filed priority is kept;
 * - `workaround-no-impact`: no impact is known, but a workaround is, and priority 1 requires that none
 *   exists: a ticket filed as 1 gets 2.
 */
export type Rule = 'not-an-incident' | 'not-production' | 'loss-of-service' | 'reduced-service' | 'no-impact' | 'workaround-no-impact';

/** The impacts that are no incident: what kind of ticket they make decides alone. */
export type NonIncident = Extract<Impact, 'question' | 'how-to' | 'feature-request' | 'development'>;

/**
 * A priority and the rule that gave it; `not-an-incident` also says which kind
 * of ticket it is, so that a reason names it without looking at the facts again.
 */
export type Verdict =
  | { readonly priority: 3; readonly rule: 'not-an-incident'; readonly kind: NonIncident }
  | { readonly priority: PriorityId; readonly rule: Exclude<Rule, 'not-an-incident'> };

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
 * applyRules({ env: 'production', impact: 'how-to', workaround: 'no' })      //=> { priority: 3, rule: 'not-an-incident', kind: 'how-to' }
 * applyRules({ env: 'staging', impact: 'outage', workaround: 'no' })         //=> { priority: 3, rule: 'not-production' }
 * applyRules({ env: 'production', impact: null, workaround: 'unknown' }, 1) //=> { priority: 1, rule: 'no-impact' }
 * applyRules({ env: 'production', impact: null, workaround: 'yes' }, 1)     //=> { priority: 2, rule: 'workaround-no-impact' }
 *
 * No evidence is not evidence: with no impact known, the ticket keeps `filed`
 * (the priority the customer chose, or the policy's default), never a priority
 * derived from what the text does not say. A stated workaround is a fact,
 * though: whatever the impact, priority 1 ("no workaround exists") no longer
 * applies, so a ticket filed as 1 gets 2.
 */
export function applyRules(facts: Facts, filed: PriorityId = 3): Verdict {
  switch (facts.impact) {
    case 'question':
    case 'how-to':
    case 'feature-request':
    case 'development':
      return { priority: 3, rule: 'not-an-incident', kind: facts.impact };
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
      return facts.workaround === 'yes' && filed === 1 ? { priority: 2, rule: 'workaround-no-impact' } : { priority: filed, rule: 'no-impact' };
  }
}
