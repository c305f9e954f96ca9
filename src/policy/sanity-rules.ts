import type { Target } from '../core/deadline';
import { at, type Problem } from '../document/problems';
import { compareTargets } from './compare-targets';
import type { Plan, Policy, Priority } from './types';

/**
 * A check a policy author would want beyond the schema: the policy parses, but
 * says something nobody means. Each rule is a pure function of the policy.
 */
export interface SanityRule {
  /** A stable name, printed with each problem, e.g. `urgent-not-slower`. */
  readonly name: string;
  /** What the rule asks, in one sentence. */
  readonly summary: string;
  check(policy: Policy): Problem[];
}

const targetOf = (policy: Policy, plan: Plan, priority: Priority): Target | null => policy.targets.get(plan.id)?.get(priority.id) ?? null;

const cellPath = (plan: Plan, priority: Priority): string => at(at('targets', plan.id), String(priority.id));

/** A target in words for a problem message: `3 business hours`, `1 hour (24/7)`, `no guaranteed response`. */
function words(target: Target | null): string {
  if (target === null) return 'no guaranteed response';
  const hours = target.minutes / 60;
  const [n, unit] = Number.isInteger(hours) ? [hours, 'hour'] : [target.minutes, 'minute'];
  const amount = `${n} ${target.clock === 'business' ? 'business ' : ''}${unit}${n === 1 ? '' : 's'}`;
  return target.clock === 'business' ? amount : `${amount} (24/7)`;
}

const priorityWords = (p: Priority): string => `priority ${p.id} (${p.name})`;

/** A cell of the target matrix. */
interface Cell {
  readonly plan: Plan;
  readonly priority: Priority;
}

/**
 * Each entry of a list paired with every entry listed after it, in list order:
 * both rules compare an entry only with those it is ranked above.
 */
const laterPairs = <T>(list: readonly T[]): Array<[T, T]> => list.flatMap((first, i) => list.slice(i + 1).map((later): [T, T] => [first, later]));

/**
 * The problem, at `cell`, when its target is certainly slower (see
 * {@link compareTargets}) than `other`'s, which it must not be; none otherwise.
 * `message` words it from the two targets (`mine` is null when the cell
 * guarantees no response).
 */
function slowerThan(policy: Policy, cell: Cell, other: Cell, message: (mine: Target | null, theirs: Target | null) => string): Problem[] {
  const mine = targetOf(policy, cell.plan, cell.priority);
  const theirs = targetOf(policy, other.plan, other.priority);
  if (compareTargets(theirs, mine) !== 'slower') return [];
  return [{ path: cellPath(cell.plan, cell.priority), message: message(mine, theirs) }];
}

/**
 * A more urgent priority must not wait longer than a less urgent one on the
 * same plan. "Longer" is judged only where it is certain (see
 * {@link compareTargets}): by minutes on the same clock; a business target is
 * longer than a 24/7 one of fewer or equal minutes; no guarantee is longer than
 * any target. A 24/7 target of more minutes than a business one is not
 * reported, since which comes first depends on when the ticket opens.
 *
 * @example
 * urgentNotSlower(policyWithP1SlowerThanP2)
 * //=> [{ path: 'targets.professional.1', message: 'priority 1 (Business Critical) waits longer than priority 2 (Degraded Service) on Professional: 6 business hours against 3 business hours' }]
 */
export function urgentNotSlower(policy: Policy): Problem[] {
  return policy.plans.flatMap((plan) =>
    laterPairs(policy.priorities).flatMap(([urgent, lower]) =>
      slowerThan(policy, { plan, priority: urgent }, { plan, priority: lower }, (mine, theirs) =>
        mine === null
          ? `${priorityWords(urgent)} has no guaranteed response on ${plan.name}, but the less urgent ${priorityWords(lower)} has one (${words(theirs)})`
          : `${priorityWords(urgent)} waits longer than the less urgent ${priorityWords(lower)} on ${plan.name}: ${words(mine)} against ${words(theirs)}`,
      ),
    ),
  );
}

/**
 * A better plan must not be slower than a worse one for the same priority.
 * Plans are listed from the least to the most service, so a plan is better than
 * every plan before it. "Slower" is judged as in {@link urgentNotSlower}.
 *
 * @example
 * betterPlanNotSlower(policyWithAdvancedSlowerThanProfessional)
 * //=> [{ path: 'targets.advanced.2', message: 'Advanced is slower than Professional, listed before it, for priority 2 (Degraded Service): ...' }]
 */
export function betterPlanNotSlower(policy: Policy): Problem[] {
  return policy.priorities.flatMap((priority) =>
    laterPairs(policy.plans).flatMap(([worse, better]) =>
      slowerThan(policy, { plan: better, priority }, { plan: worse, priority }, (mine, theirs) =>
        mine === null
          ? `${better.name} has no guaranteed response for ${priorityWords(priority)}, but ${worse.name}, listed before it (less service), has one (${words(theirs)})`
          : `${better.name} is slower than ${worse.name}, listed before it (less service), for ${priorityWords(priority)}: ${words(mine)} against ${words(theirs)}`,
      ),
    ),
  );
}

/** The sanity rules `sla policy validate` applies, in the order it reports them. */
export const SANITY_RULES: readonly SanityRule[] = Object.freeze([
  {
    name: 'urgent-not-slower',
    summary: 'a more urgent priority must not wait longer than a less urgent one on the same plan',
    check: urgentNotSlower,
  },
  {
    name: 'better-plan-not-slower',
    summary: 'a plan listed later (more service) must not be slower than one listed before it, for the same priority',
    check: betterPlanNotSlower,
  },
]);

/**
 * Every sanity problem of a policy, each message ending with the rule's name.
 * The schema rules (overlapping or missing business hours, unknown zone, ...)
 * are already enforced by `parsePolicy`; these come on top.
 *
 * @example
 * checkSanity(defaultPolicy()) //=> []
 */
export function checkSanity(policy: Policy, rules: readonly SanityRule[] = SANITY_RULES): Problem[] {
  return rules.flatMap((rule) => rule.check(policy).map((p) => ({ path: p.path, message: `${p.message} [${rule.name}]` })));
}
