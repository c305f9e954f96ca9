import type { Target } from '../../../core/deadline';
import type { Interval } from '../../../core/schedule';
import type { Weekday } from '../../../core/units';
import type { Week } from '../../../core/week';
import type { Calendar } from '../../../holidays/types';
import type { Plan, Policy, Priority } from '../../../policy/types';
import { formatIntervals } from '../shared/format-interval';
import { labelsFor, targetLabel, type Labels, type Lang } from '../shared/labels';

/** One cell of the matrix: a priority on a plan. */
export interface TableCell {
  readonly priority: Priority;
  readonly plan: Plan;
  /** Null when the plan has no guaranteed response for the priority. */
  readonly target: Target | null;
  /** As the policy document writes it: `Within 3 business hours`, `N/A`. */
  readonly label: string;
}

/** The response-time matrix of a policy in one language: what every `sla table` format renders. */
export interface TableModel {
  readonly lang: Lang;
  /** Column headings: priority, issue status, then the plan names in policy order. */
  readonly headings: readonly string[];
  /** One row per priority, most urgent first; each with one cell per plan, in policy order. */
  readonly rows: readonly { readonly priority: Priority; readonly cells: readonly TableCell[] }[];
  /** Office hours (with zone and holidays), what is not covered, the default priority. */
  readonly footnotes: readonly string[];
}

/**
 * The matrix of a policy as the policy document lays it out, with its footnotes
 * derived from the policy itself (hours, zone, calendars, the not-covered
 * sentence, the default priority).
 *
 * @example
 * tableModel(defaultPolicy(), calendars, 'en').rows[0].cells[2].label //=> 'Within 1 hour (24/7)'
 */
export function tableModel(policy: Policy, calendars: readonly Calendar[], lang: Lang): TableModel {
  const labels = labelsFor(lang);
  const rows = policy.priorities.map((priority) => ({
    priority,
    cells: policy.plans.map((plan): TableCell => {
      const target = policy.targets.get(plan.id)?.get(priority.id) ?? null;
      return { priority, plan, target, label: targetLabel(target, lang) };
    }),
  }));
  const fallback = policy.defaultPriority;
  return {
    lang,
    headings: [labels.priorityHeading, labels.statusHeading, ...policy.plans.map((p) => p.name)],
    rows,
    footnotes: [
      labels.officeHours(describeWeek(policy.hours, labels), policy.timezone, calendars.map((c) => c.name)),
      labels.notCovered(policy.notCovered),
      labels.defaultPriority(fallback.id, fallback.name),
    ],
  };
}

// The business week reads from Monday; Sunday (index 0) comes last.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

const sameHours = (a: readonly Interval[], b: readonly Interval[]): boolean =>
  a.length === b.length && a.every((x, i) => x.start === b[i]?.start && x.end === b[i]?.end);

/**
 * A week of business hours in words: consecutive days with the same hours
 * are joined (`Monday to Friday 09:00-17:00`), closed days are left out.
 *
 * @example
 * describeWeek(defaultPolicy().hours, labelsFor('en')) //=> 'Monday to Friday 09:00-17:00'
 */
export function describeWeek(hours: Week<readonly Interval[]>, labels: Labels): string {
  const runs: { first: Weekday; last: Weekday; count: number; hours: readonly Interval[] }[] = [];
  for (const day of WEEK_ORDER) {
    const today = hours[day];
    const run = runs[runs.length - 1];
    if (today.length && run && run.last === WEEK_ORDER[WEEK_ORDER.indexOf(day) - 1] && sameHours(run.hours, today)) {
      run.last = day;
      run.count++;
    } else if (today.length) {
      runs.push({ first: day, last: day, count: 1, hours: today });
    }
  }
  return runs
    .map((run) => {
      const days = run.count === 1 ? labels.weekdays[run.first] : labels.dayRange(labels.weekdays[run.first], labels.weekdays[run.last], run.count);
      return `${days} ${formatIntervals(run.hours)}`;
    })
    .join('; ');
}
