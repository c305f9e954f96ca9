import type { Target } from '../core/deadline';
import type { LoadedPolicy } from '../domain';
import type { Plan, Priority } from '../policy/types';

/** One cell of a policy's matrix: a priority on a plan, with the same fields as `sla table --json`. */
export interface PolicyTableCell {
  /** The priority's id. */
  readonly priority: number;
  /** The priority's name, e.g. `Business Critical`. */
  readonly name: string;
  /** The plan's id. */
  readonly plan: string;
  /** Null when the plan has no guaranteed response for the priority. */
  readonly target: Target | null;
  /** As the policy document words it: `Within 3 business hours`, `Within 1 hour (24/7)`, `N/A`. */
  readonly label: string;
}

/** A policy's response-time matrix: priorities by plans, each in policy order. */
export interface PolicyTable {
  readonly priorities: readonly Priority[];
  readonly plans: readonly Plan[];
  /** One row per priority, most urgent first; each with one cell per plan. */
  readonly rows: readonly (readonly PolicyTableCell[])[];
}

/**
 * The response-time matrix of a policy, as `sla table` lays it out (English
 * labels). `rows.flat()` is the array `sla table --json` prints.
 *
 * @example
 * policyTable(builtInPolicy()).rows[0].map((cell) => cell.label)
 * //=> ['N/A', 'Within 3 business hours', 'Within 1 hour (24/7)']
 */
export function policyTable({ policy }: LoadedPolicy): PolicyTable {
  const rows = policy.priorities.map((priority) =>
    policy.plans.map((plan): PolicyTableCell => {
      const target = policy.targets.get(plan.id)?.get(priority.id) ?? null;
      return { priority: priority.id, name: priority.name, plan: plan.id, target: target && { minutes: target.minutes, clock: target.clock }, label: targetLabel(target) };
    }),
  );
  return { priorities: policy.priorities, plans: policy.plans, rows };
}

/**
 * A target as a policy document words it: whole hours when it is whole hours,
 * else minutes; `N/A` for none.
 *
 * @example
 * targetLabel({ minutes: 90, clock: 'business' }) //=> 'Within 90 business minutes'
 * targetLabel(null) //=> 'N/A'
 */
export function targetLabel(target: Target | null): string {
  if (target === null) return 'N/A';
  const hours = target.minutes / 60;
  const [n, unit] = Number.isInteger(hours) ? [hours, 'hour'] : [target.minutes, 'minute'];
  const units = n === 1 ? unit : `${unit}s`;
  return target.clock === 'business' ? `Within ${n} business ${units}` : `Within ${n} ${units} (24/7)`;
}
