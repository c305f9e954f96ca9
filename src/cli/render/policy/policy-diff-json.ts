import type { Target } from '../../../core/deadline';
import type { PolicyChange, PolicyDiff } from '../../../policy/diff-policies';
import { intervalPairs } from '../shared/format-interval';

/** `sla policy diff --json` (documented in the README). */
export interface PolicyDiffJson {
  old: string;
  new: string;
  changed: boolean;
  changes: Record<string, unknown>[];
}

const targetJson = (t: Target | null): Target | null => (t === null ? null : { minutes: t.minutes, clock: t.clock });

/**
 * One change as JSON: `kind`, then its fields; plans by id, priorities by id,
 * hours as `["HH:MM", "HH:MM"]` pairs, targets as in the policy.
 *
 * @example
 * changeToJson({ kind: 'default-priority', before: 3, after: 2 }) //=> { kind: 'default-priority', before: 3, after: 2 }
 */
export function changeToJson(change: PolicyChange): Record<string, unknown> {
  switch (change.kind) {
    case 'hours':
      return { kind: change.kind, weekday: change.weekday, before: intervalPairs(change.before), after: intervalPairs(change.after) };
    case 'priority-added':
    case 'priority-removed':
      return { kind: change.kind, priority: change.priority.id, name: change.priority.name };
    case 'plan-added':
    case 'plan-removed':
      return { kind: change.kind, plan: change.plan.id, name: change.plan.name };
    case 'target':
      return {
        kind: change.kind,
        priority: change.priority.id,
        plan: change.plan.id,
        before: targetJson(change.before),
        after: targetJson(change.after),
        change: change.change,
      };
    default:
      return { ...change };
  }
}

/**
 * The whole diff as JSON, with the two files as given.
 *
 * @example
 * policyDiffToJson(diff, 'old.json', 'new.json').changed //=> true
 */
export function policyDiffToJson(diff: PolicyDiff, oldLabel: string, newLabel: string): PolicyDiffJson {
  return { old: oldLabel, new: newLabel, changed: diff.changed, changes: diff.changes.map(changeToJson) };
}
