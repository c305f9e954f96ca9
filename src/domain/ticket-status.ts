import type { Schedule } from '../core/schedule';
import { slaStatus, type StatusResult, type WarnThreshold } from '../core/sla-status';
import type { DeadlineOutcome } from './compute-deadline';

/** What a status needs besides the deadline: the moment, the response if any, and the warning threshold. */
export interface StatusRequest {
  readonly nowMs: number;
  readonly respondedMs: number | null;
  readonly warn: WarnThreshold;
}

/** A deadline's status at a moment, with the response it was judged by. */
export type TicketStatus = StatusResult & {
  /** The response as given, even when it comes after `now` and so does not count yet. */
  readonly respondedMs: number | null;
};

/**
 * The status of a deadline outcome at a moment (see `slaStatus` in the core):
 * what `sla deadline`, its batches and `sla report` all judge tickets by.
 *
 * @example
 * ticketStatus(schedule, outcome, { nowMs: Date.parse('2025-06-02T11:40:00+02:00'), respondedMs: null, warn: DEFAULT_WARN }).status
 * //=> 'on-track'
 */
export function ticketStatus(schedule: Schedule, outcome: DeadlineOutcome, request: StatusRequest): TicketStatus {
  const { nowMs, respondedMs, warn } = request;
  const target = outcome.covered ? outcome.coverage.target : null;
  const result = slaStatus(schedule, { target, openedMs: outcome.openedMs, respondedMs, nowMs, warn });
  // Written out field by field, in the result's own order: a spread costs more than the rest of the status in a batch of millions.
  if (result.status === 'not-covered') return { status: result.status, elapsedMs: null, remainingMs: null, answered: result.answered, respondedMs };
  return { status: result.status, elapsedMs: result.elapsedMs, remainingMs: result.remainingMs, answered: result.answered, respondedMs };
}
