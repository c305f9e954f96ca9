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

  changes.push(...diffPriorities(before.priorities, after.priorities));
  if (before.defaultPriority.id !== after.defaultPriority.id) {
    changes.push({ kind: 'default-priority', before: before.defaultPriority.id, after: after.defaultPriority.id });
  }
  changes.push(...diffPlans(before.plans, after.plans));

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

function diffPriorities(before: readonly Priority[], after: readonly Priority[]): PolicyChange[] {
  const changes: PolicyChange[] = [];
  for (const old of before) {
    const now = after.find((p) => p.id === old.id);
    if (!now) changes.push({ kind: 'priority-removed', priority: old });
    else if (old.name !== now.name) changes.push({ kind: 'priority-renamed', id: now.id, before: old.name, after: now.name });
    if (now && !sameList(old.aliases, now.aliases)) changes.push({ kind: 'priority-aliases', id: now.id, before: old.aliases, after: now.aliases });
  }
  for (const now of after) if (!before.some((p) => p.id === now.id)) changes.push({ kind: 'priority-added', priority: now });
  const kept = (list: readonly Priority[], other: readonly Priority[]): number[] => list.filter((p) => other.some((o) => o.id === p.id)).map((p) => p.id);
  if (!sameList(kept(before, after), kept(after, before))) {
    changes.push({ kind: 'priority-order', before: before.map((p) => p.id), after: after.map((p) => p.id) });
  }
  return changes;
}

function diffPlans(before: readonly Plan[], after: readonly Plan[]): PolicyChange[] {
  const changes: PolicyChange[] = [];
  for (const old of before) {
    const now = after.find((p) => p.id === old.id);
    if (!now) changes.push({ kind: 'plan-removed', plan: old });
    else if (old.name !== now.name) changes.push({ kind: 'plan-renamed', id: now.id, before: old.name, after: now.name });
    if (now && !sameList(old.aliases, now.aliases)) changes.push({ kind: 'plan-aliases', id: now.id, before: old.aliases, after: now.aliases });
  }
  for (const now of after) if (!before.some((p) => p.id === now.id)) changes.push({ kind: 'plan-added', plan: now });
  // Plan order is meaningful (least service first), so a re-ordering of the plans in both is a change.
  const kept = (list: readonly Plan[], other: readonly Plan[]): string[] => list.filter((p) => other.some((o) => o.id === p.id)).map((p) => p.id);
  if (!sameList(kept(before, after), kept(after, before))) {
    changes.push({ kind: 'plan-order', before: before.map((p) => p.id), after: after.map((p) => p.id) });
  }
  return changes;
}
