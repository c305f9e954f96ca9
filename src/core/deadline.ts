import { addBusinessTime } from './add-business-time';
import { SlaError } from './errors';
import type { Schedule } from './schedule';
import type { TraceStep } from './trace';
import { MS_PER_MINUTE } from './units';

/** How a target's time is counted: inside business hours, or elapsed around the clock (24/7). */
export type Clock = 'business' | 'calendar';

/** A first-response target. */
export interface Target {
  /** Positive whole minutes. */
  readonly minutes: number;
  readonly clock: Clock;
}

/**
 * The deadline of a target for a ticket opened at `openedMs`. Business targets
 * count business time (see {@link addBusinessTime}); calendar (24/7) targets are
 * the opening plus the duration in elapsed time, so across a DST switch one hour
 * is still sixty real minutes.
 *
 * @example
 * deadlineFor(schedule, { minutes: 60, clock: 'calendar' }, Date.parse('2025-03-30T01:30:00+01:00'))
 * //=> Date.parse('2025-03-30T03:30:00+02:00')
 */
export function deadlineFor(schedule: Schedule, target: Target, openedMs: number, trace?: TraceStep[]): number {
  if (!Number.isFinite(openedMs)) {
    throw new SlaError('INVALID_INPUT', `the opening time must be a finite instant, got ${openedMs}`);
  }
  const durationMs = target.minutes * MS_PER_MINUTE;
  if (target.clock === 'business') return addBusinessTime(schedule, openedMs, durationMs, trace);
  const due = openedMs + durationMs;
  trace?.push({ kind: 'elapsed', from: openedMs, to: due, ms: durationMs });
  return due;
}
