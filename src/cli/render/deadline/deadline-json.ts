import { formatDay } from '../../../core/civil';
import type { Target } from '../../../core/deadline';
import type { TraceStep } from '../../../core/trace';
import type { Zone } from '../../../core/zone';
import type { SlaStatus } from '../../../core/sla-status';
import type { DeadlineOutcome, TicketStatus } from '../../compute-deadline';
import { toMinutes } from '../shared/format-duration';
import { formatIsoInstant } from '../shared/format-time';

/** One step of `--explain` in JSON. Dates are local dates in the policy's zone. */
export type SegmentJson =
  | { type: 'counted'; date: string; from: string; to: string; minutes: number; holiday: string | null }
  | { type: 'skipped'; date: string; reason: 'weekend' | 'closed' | 'holiday' | 'after-hours'; holiday: string | null }
  | { type: 'elapsed'; from: string; to: string; minutes: number };

/** The stable JSON of one deadline (documented in the README). */
export interface DeadlineJson {
  opened: string;
  priority: number;
  priorityName: string;
  plan: string;
  covered: boolean;
  target: Target | null;
  deadline: string | null;
  reason: string | null;
  timezone: string;
  /** The first response, when one was given. */
  responded?: string;
  status?: SlaStatus;
  /** Minutes used of the target (business minutes for a business target); null when not covered. */
  elapsed?: number | null;
  /** Minutes left of the target, negative when overdue; null when not covered. */
  remaining?: number | null;
  segments?: SegmentJson[];
}

/**
 * The explanation steps as JSON, instants printed in `zone`.
 *
 * @example
 * segmentsToJson([{ kind: 'elapsed', from: 0, to: 3_600_000, ms: 3_600_000 }], getZone('UTC'))
 * //=> [{ type: 'elapsed', from: '1970-01-01T00:00:00+00:00', to: '1970-01-01T01:00:00+00:00', minutes: 60 }]
 */
export function segmentsToJson(trace: readonly TraceStep[], zone: Zone): SegmentJson[] {
  return trace.map((step): SegmentJson => {
    switch (step.kind) {
      case 'counted':
        return {
          type: 'counted',
          date: formatDay(step.day),
          from: formatIsoInstant(step.from, zone),
          to: formatIsoInstant(step.to, zone),
          minutes: toMinutes(step.ms),
          holiday: step.holiday?.name ?? null,
        };
      case 'skipped':
        return { type: 'skipped', date: formatDay(step.day), reason: step.reason, holiday: step.holiday?.name ?? null };
      case 'elapsed':
        return { type: 'elapsed', from: formatIsoInstant(step.from, zone), to: formatIsoInstant(step.to, zone), minutes: toMinutes(step.ms) };
    }
  });
}

/**
 * A deadline outcome as its stable JSON object, instants printed in `zone`.
 * With a status, it also carries `responded` (when given), `status`, `elapsed`
 * and `remaining`, after `timezone`.
 *
 * @example
 * deadlineToJson(outcome, getZone('Europe/Amsterdam')).deadline //=> '2025-06-02T13:00:00+02:00'
 * deadlineToJson(outcome, getZone('Europe/Amsterdam'), status).status //=> 'on-track'
 */
export function deadlineToJson(outcome: DeadlineOutcome, zone: Zone, status?: TicketStatus): DeadlineJson {
  const json: DeadlineJson = {
    opened: formatIsoInstant(outcome.openedMs, zone),
    priority: outcome.priority.id,
    priorityName: outcome.priority.name,
    plan: outcome.plan.id,
    covered: outcome.coverage.covered,
    target: outcome.coverage.target,
    deadline: outcome.deadlineMs === null ? null : formatIsoInstant(outcome.deadlineMs, zone),
    reason: outcome.coverage.reason,
    timezone: zone.name,
  };
  if (status) {
    if (status.respondedMs !== null) json.responded = formatIsoInstant(status.respondedMs, zone);
    json.status = status.status;
    json.elapsed = toMinutes(status.elapsedMs);
    json.remaining = toMinutes(status.remainingMs);
  }
  if (outcome.trace) json.segments = segmentsToJson(outcome.trace, zone);
  return json;
}
