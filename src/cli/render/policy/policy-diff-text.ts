import type { Target } from '../../../core/deadline';
import type { Interval } from '../../../core/schedule';
import type { PolicyChange, PolicyDiff } from '../../../policy/diff-policies';
import type { Paint } from '../../paint';
import { formatIntervals } from '../shared/format-interval';
import { targetLabel } from '../shared/labels';

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const hoursText = (day: readonly Interval[]): string => (day.length ? formatIntervals(day) : 'closed');

const listText = (items: readonly (string | number)[]): string => (items.length ? items.join(', ') : 'none');

const cellText = (target: Target | null): string => (target === null ? 'no guaranteed response' : targetLabel(target, 'en').toLowerCase());

const quoted = (text: string): string => JSON.stringify(text);

const wasNow = (before: string | number, after: string | number): string => `was ${before}, now ${after}`;

/** The list a priority or plan change is about (`priority-renamed` is about `priority`), and what happened (`renamed`). */
const subjectOf = (kind: `${'priority' | 'plan'}-${string}`): 'priority' | 'plan' => (kind.startsWith('priority-') ? 'priority' : 'plan');
const verbOf = (kind: string): string => kind.slice(kind.indexOf('-') + 1);

/** How each list is ordered, as a policy orders it. */
const ORDER_WORDS = { priority: 'most urgent first', plan: 'least service first' } as const;

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
      return `Policy name: ${wasNow(quoted(change.before), quoted(change.after))}`;
    case 'timezone':
      return `Time zone: ${wasNow(change.before, change.after)}`;
    case 'not-covered':
      return `Not covered: ${wasNow(quoted(change.before), quoted(change.after))}`;
    case 'hours':
      return `${capitalize(change.weekday)} hours: ${wasNow(hoursText(change.before), hoursText(change.after))}`;
    case 'holidays': {
      const parts = [change.added.length ? `added ${change.added.join(', ')}` : '', change.removed.length ? `removed ${change.removed.join(', ')}` : ''];
      return `Holiday calendars: ${parts.filter(Boolean).join('; ')} (${wasNow(listText(change.before), listText(change.after))})`;
    }
    case 'priority-added':
    case 'priority-removed':
      return `Priority ${verbOf(change.kind)}: P${change.priority.id} ${change.priority.name}`;
    case 'plan-added':
    case 'plan-removed':
      return `Plan ${verbOf(change.kind)}: ${change.plan.name} (${change.plan.id})`;
    case 'priority-renamed':
    case 'plan-renamed':
      return `${capitalize(subjectOf(change.kind))} ${change.id} renamed: ${wasNow(quoted(change.before), quoted(change.after))}`;
    case 'priority-aliases':
    case 'plan-aliases':
      return `Aliases of ${subjectOf(change.kind)} ${change.id}: ${wasNow(listText(change.before), listText(change.after))}`;
    case 'priority-order':
    case 'plan-order': {
      const subject = subjectOf(change.kind);
      return `${capitalize(subject)} order (${ORDER_WORDS[subject]}): ${wasNow(listText(change.before), listText(change.after))}`;
    }
    case 'default-priority':
      return `Default priority: ${wasNow(change.before, change.after)}`;
    case 'target': {
      const words = CHANGE_WORDS[change.change];
      const verdict = change.change === 'slower' ? paint.warn(words) : change.change === 'faster' ? paint.ok(words) : words;
      return `P${change.priority.id} ${change.priority.name} on ${change.plan.name}: ${verdict}, ${wasNow(cellText(change.before), cellText(change.after))}`;
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
