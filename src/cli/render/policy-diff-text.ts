import type { Target } from '../../core/deadline';
import { formatWallClock } from '../../core/hours';
import type { Interval } from '../../core/schedule';
import type { PolicyChange, PolicyDiff } from '../../policy/diff-policies';
import type { Paint } from '../paint';
import { targetLabel } from './labels';

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const hoursText = (day: readonly Interval[]): string =>
  day.length ? day.map((i) => `${formatWallClock(i.start)}-${formatWallClock(i.end)}`).join(', ') : 'closed';

const listText = (items: readonly (string | number)[]): string => (items.length ? items.join(', ') : 'none');

const cellText = (target: Target | null): string => (target === null ? 'no guaranteed response' : targetLabel(target, 'en').toLowerCase());

const CHANGE_WORDS = {
  faster: 'faster',
  slower: 'slower',
  depends: 'changed (faster or slower depending on when the ticket opens)',
} as const;

/**
 * One change in plain words, e.g.
 * `P1 Business Critical on Professional: slower, was within 3 business hours, now within 4 business hours`.
 *
 * @example
 * describeChange({ kind: 'timezone', before: 'Europe/Amsterdam', after: 'Europe/Brussels' }, plain)
 * //=> 'Time zone: was Europe/Amsterdam, now Europe/Brussels'
 */
export function describeChange(change: PolicyChange, paint: Paint): string {
  switch (change.kind) {
    case 'name':
      return `Policy name: was ${JSON.stringify(change.before)}, now ${JSON.stringify(change.after)}`;
    case 'timezone':
      return `Time zone: was ${change.before}, now ${change.after}`;
    case 'not-covered':
      return `Not covered: was ${JSON.stringify(change.before)}, now ${JSON.stringify(change.after)}`;
    case 'hours':
      return `${capitalize(change.weekday)} hours: was ${hoursText(change.before)}, now ${hoursText(change.after)}`;
    case 'holidays': {
      const parts = [change.added.length ? `added ${change.added.join(', ')}` : '', change.removed.length ? `removed ${change.removed.join(', ')}` : ''];
      return `Holiday calendars: ${parts.filter(Boolean).join('; ')} (was ${listText(change.before)}, now ${listText(change.after)})`;
    }
    case 'priority-added':
      return `Priority added: P${change.priority.id} ${change.priority.name}`;
    case 'priority-removed':
      return `Priority removed: P${change.priority.id} ${change.priority.name}`;
    case 'priority-renamed':
      return `Priority ${change.id} renamed: was ${JSON.stringify(change.before)}, now ${JSON.stringify(change.after)}`;
    case 'priority-aliases':
      return `Aliases of priority ${change.id}: was ${listText(change.before)}, now ${listText(change.after)}`;
    case 'priority-order':
      return `Priority order (most urgent first): was ${listText(change.before)}, now ${listText(change.after)}`;
    case 'default-priority':
      return `Default priority: was ${change.before}, now ${change.after}`;
    case 'plan-added':
      return `Plan added: ${change.plan.name} (${change.plan.id})`;
    case 'plan-removed':
      return `Plan removed: ${change.plan.name} (${change.plan.id})`;
    case 'plan-renamed':
      return `Plan ${change.id} renamed: was ${JSON.stringify(change.before)}, now ${JSON.stringify(change.after)}`;
    case 'plan-aliases':
      return `Aliases of plan ${change.id}: was ${listText(change.before)}, now ${listText(change.after)}`;
    case 'plan-order':
      return `Plan order (least service first): was ${listText(change.before)}, now ${listText(change.after)}`;
    case 'target': {
      const words = CHANGE_WORDS[change.change];
      const verdict = change.change === 'slower' ? paint.warn(words) : change.change === 'faster' ? paint.ok(words) : words;
      return `P${change.priority.id} ${change.priority.name} on ${change.plan.name}: ${verdict}, was ${cellText(change.before)}, now ${cellText(change.after)}`;
    }
  }
}

/**
 * Text output of `sla policy diff`: a header line, then one line per change.
 *
 * @example
 * renderPolicyDiffText(diff, 'old.json', 'new.json', plain)
 * //=> '1 change from old.json to new.json:\n  Time zone: was Europe/Amsterdam, now Europe/Brussels\n'
 */
export function renderPolicyDiffText(diff: PolicyDiff, oldLabel: string, newLabel: string, paint: Paint): string {
  if (!diff.changed) return `No changes from ${oldLabel} to ${newLabel}.\n`;
  const count = diff.changes.length;
  const head = paint.bold(`${count} change${count === 1 ? '' : 's'} from ${oldLabel} to ${newLabel}:`);
  return `${[head, ...diff.changes.map((c) => `  ${describeChange(c, paint)}`)].join('\n')}\n`;
}
