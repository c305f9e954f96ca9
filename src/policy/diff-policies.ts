import type { Target } from '../core/deadline';
import type { Interval } from '../core/schedule';
import { WEEKDAY_NAMES, type WeekdayName } from '../core/units';
import { compareTargets, type TargetComparison } from './compare-targets';
import type { Plan, Policy, Priority } from './types';

/** One difference between two policies. Plans and priorities are named as in the new policy when in both. */
export type PolicyChange =
  | { readonly kind: 'name' | 'timezone' | 'not-covered'; readonly before: string; readonly after: string }
  | { readonly kind: 'hours'; readonly weekday: WeekdayName; readonly before: readonly Interval[]; readonly after: readonly Interval[] }
  | {
      readonly kind: 'holidays';
      readonly before: readonly string[];
      readonly after: readonly string[];
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  | { readonly kind: 'priority-added' | 'priority-removed'; readonly priority: Priority }
  | { readonly kind: 'plan-added' | 'plan-removed'; readonly plan: Plan }
  | { readonly kind: 'priority-renamed'; readonly id: number; readonly before: string; readonly after: string }
  | { readonly kind: 'plan-renamed'; readonly id: string; readonly before: string; readonly after: string }
  | { readonly kind: 'priority-aliases'; readonly id: number; readonly before: readonly string[]; readonly after: readonly string[] }
  | { readonly kind: 'plan-aliases'; readonly id: string; readonly before: readonly string[]; readonly after: readonly string[] }
  | { readonly kind: 'priority-order'; readonly before: readonly number[]; readonly after: readonly number[] }
  | { readonly kind: 'plan-order'; readonly before: readonly string[]; readonly after: readonly string[] }
  | { readonly kind: 'default-priority'; readonly before: number; readonly after: number }
  | {
      readonly kind: 'target';
      readonly priority: Priority;
      readonly plan: Plan;
      readonly before: Target | null;
      readonly after: Target | null;
      /** How the new target compares with the old one (never `same`). */
      readonly change: Exclude<TargetComparison, 'same'>;
    };

/** What changed from one policy to another. */
export interface PolicyDiff {
  /** In a fixed order: name, zone, hours, calendars, priorities, plans, targets, the not-covered sentence. */
  readonly changes: readonly PolicyChange[];
  readonly changed: boolean;
}

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

const sameHours = (a: readonly Interval[], b: readonly Interval[]): boolean =>
  a.length === b.length && a.every((x, i) => x.start === b[i]?.start && x.end === b[i]?.end);

// Business weeks read from Monday.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/**
 * Every difference between two validated policies that changes what a ticket is
 * owed or how it is named: targets (each cell, with whether it got faster or
 * slower), plans and priorities added, removed, renamed, re-aliased or
 * re-ordered, business hours per weekday, the zone, the holiday calendars (as
 * named: the calendar files themselves are not compared), the default priority,
 * the not-covered sentence and the policy's name. Targets are compared for the
 * plans and priorities in both; added ones are reported once, as added.
 *
 * @example
 * diffPolicies(before, after).changes
 * //=> [{ kind: 'target', priority, plan, before: { minutes: 180, clock: 'business' }, after: { minutes: 240, clock: 'business' }, change: 'slower' }]
 */
export function diffPolicies(before: Policy, after: Policy): PolicyDiff {
  const changes: PolicyChange[] = [];
  if (before.name !== after.name) changes.push({ kind: 'name', before: before.name, after: after.name });
  if (before.timezone !== after.timezone) changes.push({ kind: 'timezone', before: before.timezone, after: after.timezone });
  for (const day of WEEK_ORDER) {
    const was = before.hours[day];
    const now = after.hours[day];
    if (!sameHours(was, now)) changes.push({ kind: 'hours', weekday: WEEKDAY_NAMES[day], before: was, after: now });
  }
  const added = after.holidays.filter((c) => !before.holidays.includes(c));
  const removed = before.holidays.filter((c) => !after.holidays.includes(c));
  // Calendars combine the same in any order, so only a different set is a change.
  if (added.length || removed.length) changes.push({ kind: 'holidays', before: before.holidays, after: after.holidays, added, removed });

  changes.push(...diffList(before.priorities, after.priorities, PRIORITY_CHANGES));
  if (before.defaultPriority.id !== after.defaultPriority.id) {
    changes.push({ kind: 'default-priority', before: before.defaultPriority.id, after: after.defaultPriority.id });
  }
  changes.push(...diffList(before.plans, after.plans, PLAN_CHANGES));

  for (const priority of after.priorities) {
    if (!before.priorities.some((p) => p.id === priority.id)) continue;
    for (const plan of after.plans) {
      if (!before.plans.some((p) => p.id === plan.id)) continue;
      const was = before.targets.get(plan.id)?.get(priority.id) ?? null;
      const now = after.targets.get(plan.id)?.get(priority.id) ?? null;
      const change = compareTargets(was, now);
      if (change !== 'same') changes.push({ kind: 'target', priority, plan, before: was, after: now, change });
    }
  }
  if (before.notCovered !== after.notCovered) changes.push({ kind: 'not-covered', before: before.notCovered, after: after.notCovered });
  return { changes, changed: changes.length > 0 };
}

/**
 * How one list of a policy, its priorities or its plans, names its changes:
 * the two lists are compared alike, and differ only in the kinds they report.
 */
interface ListChanges<T extends Priority | Plan> {
  /** An entry only in the new list (`added`) or only in the old one (`removed`). */
  entry(change: 'added' | 'removed', entry: T): PolicyChange;
  renamed(id: T['id'], before: string, after: string): PolicyChange;
  aliases(id: T['id'], before: readonly string[], after: readonly string[]): PolicyChange;
  order(before: T['id'][], after: T['id'][]): PolicyChange;
}

const PRIORITY_CHANGES: ListChanges<Priority> = {
  entry: (change, priority) => ({ kind: `priority-${change}`, priority }),
  renamed: (id, before, after) => ({ kind: 'priority-renamed', id, before, after }),
  aliases: (id, before, after) => ({ kind: 'priority-aliases', id, before, after }),
  order: (before, after) => ({ kind: 'priority-order', before, after }),
};

const PLAN_CHANGES: ListChanges<Plan> = {
  entry: (change, plan) => ({ kind: `plan-${change}`, plan }),
  renamed: (id, before, after) => ({ kind: 'plan-renamed', id, before, after }),
  aliases: (id, before, after) => ({ kind: 'plan-aliases', id, before, after }),
  order: (before, after) => ({ kind: 'plan-order', before, after }),
};

/** The entries of a list removed, renamed or re-aliased (in the old order), then those added, then a re-ordering. */
function diffList<T extends Priority | Plan>(before: readonly T[], after: readonly T[], changes: ListChanges<T>): PolicyChange[] {
  const found: PolicyChange[] = [];
  for (const old of before) {
    const now = after.find((p) => p.id === old.id);
    if (!now) found.push(changes.entry('removed', old));
    else if (old.name !== now.name) found.push(changes.renamed(now.id, old.name, now.name));
    if (now && !sameList(old.aliases, now.aliases)) found.push(changes.aliases(now.id, old.aliases, now.aliases));
  }
  for (const now of after) if (!before.some((p) => p.id === now.id)) found.push(changes.entry('added', now));
  // Order is meaningful in both lists (priorities from the most urgent, plans from the least service),
  // so a re-ordering of the entries in both is a change.
  const kept = (list: readonly T[], other: readonly T[]): T['id'][] => list.filter((p) => other.some((o) => o.id === p.id)).map((p) => p.id);
  if (!sameList(kept(before, after), kept(after, before))) found.push(changes.order(before.map((p) => p.id), after.map((p) => p.id)));
  return found;
}
