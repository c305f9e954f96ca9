import type { Schedule } from '../core/schedule';
import type { WarnThreshold } from '../core/sla-status';
import type { Plan, Policy, Priority } from '../policy/types';
import { computeDeadline, type DeadlineOutcome } from './compute-deadline';
import { ticketStatus, type TicketStatus } from './ticket-status';

/** What judging tickets needs besides the tickets: the policy, its schedule (and day cache), the moment and the warning threshold. */
export interface JudgeContext {
  readonly policy: Policy;
  readonly schedule: Schedule;
  readonly nowMs: number;
  readonly warn: WarnThreshold;
}

/** One ticket on one plan, resolved against the policy. */
export interface TicketFacts {
  readonly openedMs: number;
  readonly priority: Priority;
  readonly plan: Plan;
  readonly beta: boolean;
  /** The first response, or null while there is none. */
  readonly respondedMs: number | null;
  /** Whether to keep the explanation (each window counted, each day skipped); off unless asked. */
  readonly explain?: boolean;
}

/** One ticket's deadline and status. */
export interface JudgedTicket {
  readonly outcome: DeadlineOutcome;
  readonly status: TicketStatus;
}

/**
 * A ticket's deadline on its plan and its status at the context's moment: the
 * one judgement that `sla deadline` (one ticket or a batch) and `sla report`
 * share. Throws an `SlaError` when there is none to be had (a response before
 * the opening, a schedule without business hours).
 *
 * @example
 * judgeTicket({ policy, schedule, nowMs: Date.parse('2025-06-02T11:40:00+02:00'), warn: DEFAULT_WARN },
 *   { openedMs: Date.parse('2025-06-02T10:00:00+02:00'), priority, plan, beta: false, respondedMs: null }).status.status
 * //=> 'on-track'
 */
export function judgeTicket(context: JudgeContext, ticket: TicketFacts): JudgedTicket {
  const { policy, schedule, nowMs, warn } = context;
  const { openedMs, priority, plan, beta, respondedMs } = ticket;
  const outcome = computeDeadline(policy, schedule, { openedMs, priority, plan, beta, explain: ticket.explain === true });
  const status = ticketStatus(schedule, outcome, { nowMs, respondedMs, warn });
  return { outcome, status };
}
