import { InvalidArgumentError } from 'commander';
import { monthOfDay, isoWeekOfDay } from '../../core/calendar-periods';
import { quoteValue } from '../../core/quote-value';
import { nearestRank } from '../../core/percentile';
import type { Schedule } from '../../core/schedule';
import type { JudgedTicket } from '../../domain/judge-ticket';
import type { Policy } from '../../policy/types';

/** What a report can group tickets by besides any input field. */
export const GROUP_DIMENSIONS = ['plan', 'priority', 'month', 'week'] as const;
export type BuiltInDimension = (typeof GROUP_DIMENSIONS)[number];
/** A built-in dimension, or the name of an input field (`team`, `Group`, `Assignee`). */
export type GroupDimension = BuiltInDimension | (string & {});

/** How a group without a value for a field dimension is labelled. */
export const NO_VALUE = '(none)';

/**
 * Whether a dimension is one of the built-in ones rather than an input field.
 *
 * @example
 * isBuiltIn('week') //=> true
 * isBuiltIn('team') //=> false
 */
export const isBuiltIn = (dimension: string): dimension is BuiltInDimension => GROUP_DIMENSIONS.some((d) => d === dimension);

/** How many overruns each group keeps, worst first. */
export const WORST_KEPT = 5;

/** A ticket that went past its target: answered late (`missed`), or still open and past it (`breached`). */
export interface Overrun {
  /** The record's `id` field, or null when it has none. */
  readonly id: unknown;
  readonly line: number;
  /** The plan id, and its name for people. */
  readonly plan: string;
  readonly planName: string;
  readonly priority: number;
  /** Time used beyond the target, on the target's clock. */
  readonly overrunMs: number;
  readonly status: 'missed' | 'breached';
}

/** The figures of one group, ready to render. */
/** How a set of tickets stands at the report's moment: what a group and a week both count. */
export interface OutcomeCounts {
  /** Every ticket: met + missed + open + notCovered. */
  readonly tickets: number;
  readonly met: number;
  readonly missed: number;
  /** Not answered at the report's moment. */
  readonly open: number;
  /** Open and past the target (a part of `open`). */
  readonly breached: number;
  readonly notCovered: number;
}

export interface GroupStats extends OutcomeCounts {
  /** The group's value per dimension, e.g. `{ plan: 'professional', priority: 1 }`; empty for the total. */
  readonly key: Readonly<Partial<Record<GroupDimension, string | number>>>;
  /** E.g. `Professional P1`, `2025-06`; `all` for the total. */
  readonly label: string;
  /** met / (met + missed + breached) × 100; null when none of them is judged yet. */
  readonly percentMet: number | null;
  /** Nearest-rank percentiles of the first-response time of answered covered tickets, on each target's clock. */
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
  /** Those first-response times themselves, in ascending order, for charts of their spread. */
  readonly responseTimesMs: Float64Array;
  /** The worst overruns, worst first, at most {@link WORST_KEPT}. */
  readonly worst: readonly Overrun[];
}

/**
 * Reads `--by`: a comma list of plan, priority, month and week (in any case),
 * and input fields, named as the input spells them (`team`, `Group`), each
 * once. The parser of the option: throws commander's `InvalidArgumentError`
 * otherwise.
 *
 * @example
 * parseGroupBy('plan,Priority') //=> ['plan', 'priority']
 * parseGroupBy('Group,month') //=> ['Group', 'month']
 */
export function parseGroupBy(text: string): GroupDimension[] {
  const items = text.split(',').map((s) => {
    const name = s.trim();
    return isBuiltIn(name.toLowerCase()) ? name.toLowerCase() : name;
  });
  if (items.some((s) => s === '') || new Set(items).size !== items.length) {
    throw new InvalidArgumentError(`invalid --by ${quoteValue(text)}: give a comma list of ${GROUP_DIMENSIONS.join(', ')} or input fields (such as team), each once`);
  }
  return items;
}

/** Counters and response times of one group: all a report keeps per group, whatever the input's size. */
class GroupCounter {
  tickets = 0;
  met = 0;
  missed = 0;
  open = 0;
  breached = 0;
  notCovered = 0;
  private times = new Float64Array(64);
  private count = 0;
  readonly worst: Overrun[] = [];

  constructor(
    readonly key: Partial<Record<GroupDimension, string | number>>,
    readonly label: string,
    readonly order: readonly (number | string)[],
  ) {}

  add(judged: JudgedTicket, id: unknown, line: number): void {
    const { status } = judged;
    this.tickets++;
    switch (status.status) {
      case 'not-covered':
        this.notCovered++;
        return;
      case 'met':
        this.met++;
        this.time(status.elapsedMs);
        return;
      case 'missed':
        this.missed++;
        this.time(status.elapsedMs);
        this.overrun(judged, -status.remainingMs, id, line, 'missed');
        return;
      case 'breached':
        this.open++;
        this.breached++;
        this.overrun(judged, -status.remainingMs, id, line, 'breached');
        return;
      case 'on-track':
      case 'at-risk':
        this.open++;
        return;
    }
  }

  stats(): GroupStats {
    const times = this.times.subarray(0, this.count).sort();
    const judged = this.met + this.missed + this.breached;
    return {
      key: this.key,
      label: this.label,
      tickets: this.tickets,
      met: this.met,
      missed: this.missed,
      open: this.open,
      breached: this.breached,
      notCovered: this.notCovered,
      percentMet: judged === 0 ? null : (this.met / judged) * 100,
      medianMs: nearestRank(times, 50),
      p90Ms: nearestRank(times, 90),
      responseTimesMs: times,
      worst: this.worst,
    };
  }

  private time(ms: number): void {
    if (this.count === this.times.length) {
      const grown = new Float64Array(this.times.length * 2);
      grown.set(this.times);
      this.times = grown;
    }
    this.times[this.count++] = ms;
  }

  private overrun(judged: JudgedTicket, overrunMs: number, id: unknown, line: number, status: Overrun['status']): void {
    const worst = this.worst;
    const least = worst[WORST_KEPT - 1]; // there only once the list is full
    if (least !== undefined && overrunMs <= least.overrunMs) return;
    const { plan, priority } = judged.outcome;
    const entry: Overrun = { id: id === undefined || id === '' ? null : id, line, plan: plan.id, planName: plan.name, priority: priority.id, overrunMs, status };
    // A handful at most: insertion keeps them sorted, worst first; ties keep input order.
    let i = 0;
    for (const w of worst) {
      if (w.overrunMs < overrunMs) break;
      i++;
    }
    worst.splice(i, 0, entry);
    if (worst.length > WORST_KEPT) worst.pop();
  }
}

/**
 * The groups of a report, filled one ticket at a time: per group only its
 * counters, its first-response times (for the percentiles) and its few worst
 * overruns, so that a report of millions of tickets stays small. Months and
 * weeks are those of the opening, in the policy's zone; weeks are ISO weeks.
 *
 * @example
 * const groups = new ReportGroups(policy, schedule, ['plan', 'priority']);
 * groups.add(judged, 'T-1', 2);
 * groups.result().total.met //=> 1
 */
export class ReportGroups {
  private readonly groups = new Map<string, GroupCounter>();
  private readonly total = new GroupCounter({}, 'all', []);
  private readonly planOrder: Map<string, number>;
  private readonly priorityOrder: Map<number, number>;

  /**
   * @param columnOf The input column a field dimension is read from: a mapped
   *   field (`customer`) reads its column, any other name the field itself.
   */
  constructor(
    policy: Policy,
    private readonly schedule: Schedule,
    private readonly by: readonly GroupDimension[],
    private readonly columnOf: (name: string) => string = (name) => name,
  ) {
    this.planOrder = new Map(policy.plans.map((p, i) => [p.id, i]));
    this.priorityOrder = new Map(policy.priorities.map((p, i) => [p.id, i]));
  }

  add(judged: JudgedTicket, id: unknown, line: number, fields: Record<string, unknown> = {}): void {
    this.total.add(judged, id, line);
    if (this.by.length === 0) return;
    let name = '';
    for (const dimension of this.by) name += `${this.value(judged, dimension, fields) ?? ''}\u0000`;
    let group = this.groups.get(name);
    if (!group) {
      group = this.create(judged, fields);
      this.groups.set(name, group);
    }
    group.add(judged, id, line);
  }

  /** The groups in order (plans and priorities in policy order, months and weeks in time order), and the total. */
  result(): { groups: GroupStats[]; total: GroupStats } {
    const sorted = [...this.groups.values()].sort((a, b) => compareOrder(a.order, b.order));
    return { groups: sorted.map((g) => g.stats()), total: this.total.stats() };
  }

  /** A dimension's value for a ticket; undefined for a field the record leaves out or empty. */
  private value(judged: JudgedTicket, dimension: GroupDimension, fields: Record<string, unknown>): string | number | undefined {
    if (!isBuiltIn(dimension)) return fieldValue(fields[this.columnOf(dimension)]);
    switch (dimension) {
      case 'plan':
        return judged.outcome.plan.id;
      case 'priority':
        return judged.outcome.priority.id;
      case 'month':
        return monthOfDay(this.schedule.dayOf(judged.outcome.openedMs));
      case 'week':
        return isoWeekOfDay(this.schedule.dayOf(judged.outcome.openedMs));
    }
  }

  private create(judged: JudgedTicket, fields: Record<string, unknown>): GroupCounter {
    const key: Partial<Record<GroupDimension, string | number>> = {};
    const labels: string[] = [];
    const order: (number | string)[] = [];
    for (const dimension of this.by) {
      const value = this.value(judged, dimension, fields);
      if (value === undefined) {
        // No value: labelled apart, and sorted after every value.
        labels.push(NO_VALUE);
        order.push('\uffff');
        continue;
      }
      key[dimension] = value;
      if (dimension === 'plan') {
        labels.push(judged.outcome.plan.name);
        // A judged ticket's plan and priority are the policy's own, so each has a place; -1 would only sort a stranger first.
        order.push(this.planOrder.get(judged.outcome.plan.id) ?? -1);
      } else if (dimension === 'priority') {
        labels.push(`P${value}`);
        order.push(this.priorityOrder.get(judged.outcome.priority.id) ?? -1);
      } else {
        labels.push(String(value));
        // Field values sort as text, whatever their type: a column may mix numbers and words.
        order.push(isBuiltIn(dimension) ? value : String(value));
      }
    }
    return new GroupCounter(key, labels.join(' '), order);
  }
}

function compareOrder(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  let i = 0;
  for (const x of a) {
    // Every group of a report has one value per dimension, so b is as long as a.
    const y = b[i++];
    if (y === undefined) break;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/**
 * A field's value as a group's: a string or number as it is, a boolean as
 * written; an empty or missing value, or an object, is no value.
 *
 * @example
 * fieldValue('Support') //=> 'Support'
 * fieldValue('') //=> undefined
 */
function fieldValue(value: unknown): string | number | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  return undefined;
}
