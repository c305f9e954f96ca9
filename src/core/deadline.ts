import { SlaError } from '../errors/sla-error';
import { addBusinessTime } from './add-business-time';
import type { Schedule } from './schedule';
import type { TraceStep } from './trace';
import { checkSupportedRange, MAX_BUSINESS_MINUTES, MAX_CALENDAR_MINUTES } from './supported-range';
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
 * Whether a target's minutes are within the limits (see
 * {@link MAX_BUSINESS_MINUTES} and {@link MAX_CALENDAR_MINUTES}); undefined
 * when they are, else what is wrong, in words.
 *
 * @example
 * targetProblem({ minutes: 180, clock: 'business' }) //=> undefined
 * targetProblem({ minutes: 1e15, clock: 'business' }) //=> 'minutes must be a positive integer of at most 6000000 ...'
 */
export function targetProblem(target: Target): string | undefined {
  const max = target.clock === 'calendar' ? MAX_CALENDAR_MINUTES : MAX_BUSINESS_MINUTES;
  if (Number.isInteger(target.minutes) && target.minutes > 0 && target.minutes <= max) return undefined;
  const limit = target.clock === 'calendar' ? `${max} (100 years) for a 24/7 target` : `${max} (100,000 hours) for a business target`;
  return `minutes must be a positive integer of at most ${limit}, got ${target.minutes}`;
}

function checkTarget(target: Target): void {
  const problem = targetProblem(target);
  if (problem) throw new SlaError('INVALID_INPUT', `target ${problem}`);
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
  checkTarget(target);
  const durationMs = target.minutes * MS_PER_MINUTE;
  if (target.clock === 'business') return addBusinessTime(schedule, openedMs, durationMs, trace);
  // Elapsed time: one addition, never a walk over days.
  const due = openedMs + durationMs;
  checkSupportedRange(due, schedule.zone, 'the deadline');
  trace?.push({ kind: 'elapsed', from: openedMs, to: due, ms: durationMs });
  return due;
}
