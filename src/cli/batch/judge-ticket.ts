import type { Schedule } from '../../core/schedule';
import type { WarnThreshold } from '../../core/sla-status';
import type { Policy } from '../../policy/types';
import { computeDeadline, ticketStatus, type DeadlineOutcome, type TicketStatus } from '../compute-deadline';
import type { Ticket } from './read-ticket';

/** What judging a batch's tickets needs: the policy, its schedule (and day cache), the moment and the warning threshold. */
export interface JudgeContext {
  readonly policy: Policy;
  readonly schedule: Schedule;
  readonly nowMs: number;
  readonly warn: WarnThreshold;
}

/** One ticket's deadline and status. */
export interface JudgedTicket {
  readonly outcome: DeadlineOutcome;
  readonly status: TicketStatus;
}

/**
 * A batch ticket's deadline and status, by the same functions as the
 * single-ticket `sla deadline`; throws an `SlaError` when they cannot be had
 * (a response before the opening, a schedule without business hours).
 *
 * @example
 * judgeTicket(context, tickets.read({ id: 'T-1', opened: '2025-06-02T10:00:00+02:00', priority: 1, plan: 'professional' })).status.status
 * //=> 'on-track'
 */
export function judgeTicket(context: JudgeContext, ticket: Ticket): JudgedTicket {
  const { policy, schedule, nowMs, warn } = context;
  const { openedMs, priority, plan, beta, respondedMs } = ticket;
  const outcome = computeDeadline(policy, schedule, { openedMs, priority, plan, beta, explain: false });
  const status = ticketStatus(schedule, outcome, { nowMs, respondedMs, warn });
  return { outcome, status };
}
