import { businessTimeBetween as coreBusinessTimeBetween } from '../core/business-time-between';
import type { Target } from '../core/deadline';
import { DEFAULT_WARN, type WarnThreshold } from '../core/sla-status';
import type { TraceStep } from '../core/trace';
import { computeDeadline as domainDeadline, ticketStatus as domainStatus, type DeadlineOutcome, type LoadedPolicy, type TicketStatus } from '../domain';
import { SlaError } from '../errors/sla-error';
import { findPlan, findPriority } from '../policy/lookup';
import type { Plan, Priority } from '../policy/types';
import { instantMs, optionalInstantMs, type Instant } from './instant';

/** One ticket on one plan, as a caller names it. */
export interface Ticket {
  /** When the ticket was opened. */
  readonly opened: Instant;
  /** The plan's id, name or an alias, any case (`'professional'`, `'Profesional'`). */
  readonly plan: string;
  /** The priority's id, name or an alias (`1`, `'critical'`); the policy's default priority when left out. */
  readonly priority?: number | string;
  /** A question about a beta or developer-preview product: not covered. */
  readonly beta?: boolean;
  /** Keeps the explanation: every business window counted and every day skipped. */
  readonly explain?: boolean;
}

/** A ticket's deadline, or why it has none; instants both as `Date` and as epoch milliseconds. */
export interface Deadline {
  /** Whether a response time is guaranteed. */
  readonly covered: boolean;
  readonly opened: Date;
  readonly openedMs: number;
  readonly priority: Priority;
  readonly plan: Plan;
  /** The plan's target for the priority; null when the plan has none. */
  readonly target: Target | null;
  /** Null when not covered. */
  readonly deadline: Date | null;
  readonly deadlineMs: number | null;
  /** Why not covered, else null. */
  readonly reason: string | null;
  /** Business time from opening to the deadline (ms); null when not covered. */
  readonly businessMs: number | null;
  /** Elapsed time from opening to the deadline (ms); null when not covered. */
  readonly elapsedMs: number | null;
  /** With `explain`: the steps, in instants (epoch ms). */
  readonly trace: readonly TraceStep[] | undefined;
}

/** A ticket, with its first response when it has one. */
export interface TicketWithResponse extends Ticket {
  /** The first response; null or left out while there is none. */
  readonly responded?: Instant | null;
}

/** The moment a status is taken at, and when an open ticket counts as at risk. */
export interface StatusOptions {
  readonly now: Instant;
  /** At risk with less than this left: a share of the target (`{ percent: 25 }`, the default) or a time (`{ ms: 1_800_000 }`). */
  readonly warn?: WarnThreshold;
}

/** A ticket's status at a moment, with the deadline it was judged by. */
export type Status = TicketStatus & {
  /** The first response as given, even when it comes after `now` and so does not count yet. */
  readonly responded: Date | null;
  readonly deadline: Deadline;
};

/**
 * A ticket's first-response deadline under a policy. Throws `SlaError` with
 * `UNKNOWN_PLAN`, `UNKNOWN_PRIORITY` or `INVALID_DATE`.
 *
 * @example
 * const due = computeDeadline(builtInPolicy(), { opened: new Date('2025-06-06T16:00:00+02:00'), priority: 2, plan: 'professional' });
 * due.deadline?.toISOString() //=> '2025-06-10T12:00:00.000Z' (Tue 10 June 14:00 in Amsterdam, after Whitsun)
 */
export function computeDeadline(policy: LoadedPolicy, ticket: Ticket): Deadline {
  return present(outcomeOf(policy, ticket));
}

/**
 * A ticket's status at `now`: `on-track`, `at-risk`, `breached`, `met`,
 * `missed` or `not-covered`, with the time used and left on the target's
 * clock. Throws `SlaError('INVALID_INPUT')` for a response before the opening
 * or a bad `warn`.
 *
 * @example
 * const s = ticketStatus(builtInPolicy(), { opened: Date.parse('2025-06-02T10:00:00+02:00'), priority: 1, plan: 'professional' },
 *   { now: Date.parse('2025-06-02T11:40:00+02:00') });
 * [s.status, s.remainingMs] //=> ['on-track', 4800000]
 */
export function ticketStatus(policy: LoadedPolicy, ticket: TicketWithResponse, options: StatusOptions): Status {
  const outcome = outcomeOf(policy, ticket);
  const nowMs = instantMs(options.now, 'now');
  const respondedMs = optionalInstantMs(ticket.responded, 'responded');
  const warn = checkWarn(options.warn ?? DEFAULT_WARN);
  const status = domainStatus(policy.schedule, outcome, { nowMs, respondedMs, warn });
  return { ...status, responded: respondedMs === null ? null : new Date(respondedMs), deadline: present(outcome) };
}

/**
 * The business time between two instants under a policy's hours and holidays,
 * in milliseconds: negative when `to` is before `from`.
 *
 * @example
 * // Fri 6 June 2025 16:00 to Tue 10 June 14:00 (Amsterdam), over a weekend and Whit Monday: 6 hours.
 * businessTimeBetween(builtInPolicy(), new Date('2025-06-06T16:00:00+02:00'), new Date('2025-06-10T14:00:00+02:00')) //=> 21600000
 */
export function businessTimeBetween(policy: LoadedPolicy, from: Instant, to: Instant): number {
  return coreBusinessTimeBetween(policy.schedule, instantMs(from, 'from'), instantMs(to, 'to'));
}

function outcomeOf({ policy, schedule }: LoadedPolicy, ticket: Ticket): DeadlineOutcome {
  const openedMs = instantMs(ticket.opened, 'opened');
  const priority = ticket.priority === undefined ? policy.defaultPriority : findPriority(policy, String(ticket.priority));
  const plan = findPlan(policy, ticket.plan);
  return domainDeadline(policy, schedule, { openedMs, priority, plan, beta: ticket.beta === true, explain: ticket.explain === true });
}

function present(outcome: DeadlineOutcome): Deadline {
  const { openedMs, priority, plan, coverage, deadlineMs, businessMs, elapsedMs, trace } = outcome;
  return {
    covered: outcome.covered,
    opened: new Date(openedMs),
    openedMs,
    priority,
    plan,
    target: coverage.target,
    deadline: deadlineMs === null ? null : new Date(deadlineMs),
    deadlineMs,
    reason: coverage.reason,
    businessMs,
    elapsedMs,
    trace,
  };
}

function checkWarn(warn: WarnThreshold): WarnThreshold {
  const ok = 'percent' in warn ? Number.isFinite(warn.percent) && warn.percent >= 0 && warn.percent <= 100 : Number.isFinite(warn.ms) && warn.ms >= 0;
  if (!ok) throw new SlaError('INVALID_INPUT', `warn: expected { percent: 0-100 } or { ms: 0 or more }, got ${JSON.stringify(warn)}`);
  return warn;
}
