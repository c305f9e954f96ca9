import type { Target } from '../core/deadline';
import { quoteValue } from '../core/quote-value';
import { SlaError } from '../errors/sla-error';
import { normalizeWord as norm } from './normalize-word';
import type { Plan, Policy, Priority } from './types';


/**
 * The priority a user named: its id (`1`), name (`Business Critical`, any case)
 * or an alias (`critical`). Throws `UNKNOWN_PRIORITY` listing what is accepted.
 *
 * @example
 * findPriority(policy, 'critical').id //=> 1
 */
export function findPriority(policy: Policy, text: string): Priority {
  const wanted = norm(String(text));
  const found = policy.priorities.find(
    (p) => String(p.id) === wanted || norm(p.name) === wanted || p.aliases.some((a) => norm(a) === wanted),
  );
  if (found) return found;
  const accepted = policy.priorities.map((p) => [String(p.id), ...p.aliases.filter((a) => !/^p\d+$/i.test(a))].join('|')).join(', ');
  throw new SlaError('UNKNOWN_PRIORITY', `unknown priority ${quoteValue(String(text))}: accepted are ${accepted}`);
}

/**
 * The plan a user named: its id or name (any case) or an alias, e.g. the
 * policy document's own spelling `profesional`. Throws `UNKNOWN_PLAN`.
 *
 * @example
 * findPlan(policy, 'Profesional').id //=> 'professional'
 */
export function findPlan(policy: Policy, text: string): Plan {
  const wanted = norm(String(text));
  const found = policy.plans.find((p) => norm(p.id) === wanted || norm(p.name) === wanted || p.aliases.some((a) => norm(a) === wanted));
  if (found) return found;
  throw new SlaError('UNKNOWN_PLAN', `unknown plan ${quoteValue(String(text))}: accepted are ${policy.plans.map((p) => p.id).join(', ')}`);
}

/** Whether a ticket has a guaranteed response, and the target when it does. */
export type Coverage = Covered | NotCovered;

/** A guaranteed response: the target. */
export interface Covered {
  readonly covered: true;
  readonly target: Target;
  readonly reason: null;
}

/** No guaranteed response, and why; the plan's target for a beta product, which it does not get. */
export interface NotCovered {
  readonly covered: false;
  readonly target: Target | null;
  readonly reason: string;
}

/**
 * The target for a priority on a plan, or why there is none: the plan has no
 * guarantee for it, or the product is a beta or developer preview.
 *
 * @example
 * coverage(policy, 1, 'basic') //=> { covered: false, target: null, reason: 'the Basic plan has no guaranteed response time for priority 1' }
 */
export function coverage(policy: Policy, priority: number, plan: string, opts: { beta?: boolean } = {}): Coverage {
  const target = policy.targets.get(plan)?.get(priority) ?? null;
  if (opts.beta) return { covered: false, target, reason: policy.notCovered };
  if (target === null) {
    const planName = policy.plans.find((p) => p.id === plan)?.name ?? plan;
    return { covered: false, target: null, reason: `the ${planName} plan has no guaranteed response time for priority ${priority}` };
  }
  return { covered: true, target, reason: null };
}
