import { SlaError } from '../errors/sla-error';
import { businessTimeBetween } from './business-time-between';
import type { Target } from './deadline';
import type { Schedule } from './schedule';
import { MS_PER_MINUTE } from './units';

/**
 * Where a ticket stands at a moment: open and `on-track` or `at-risk` (less
 * than the warning threshold left) or `breached` (more time used than the
 * target allows); answered and `met` or `missed`; or `not-covered` (no target).
 */
export type SlaStatus = 'on-track' | 'at-risk' | 'breached' | 'met' | 'missed' | 'not-covered';

/** Every status, in the order a ticket can pass through them. */
export const SLA_STATUSES: readonly SlaStatus[] = Object.freeze(['on-track', 'at-risk', 'breached', 'met', 'missed', 'not-covered']);

/**
 * When an open ticket is at risk: with less than a share of its target left
 * (`{ percent: 25 }`), or less than a fixed time on the target's clock (`{ ms }`).
 */
export type WarnThreshold = { readonly percent: number } | { readonly ms: number };

/** The default warning threshold: a quarter of the target. */
export const DEFAULT_WARN: WarnThreshold = Object.freeze({ percent: 25 });

/** What {@link slaStatus} needs to know about one ticket on one plan. */
export interface StatusInput {
  /** The target when the ticket is covered; null when it is not. */
  readonly target: Target | null;
  readonly openedMs: number;
  /** The first response, or null while there is none. */
  readonly respondedMs: number | null;
  /** The moment the status is taken at. */
  readonly nowMs: number;
  readonly warn: WarnThreshold;
}

/**
 * A ticket's status and how much of its target it has used: a covered ticket
 * has both times, one that is not covered has neither. Narrow on `status` to
 * read them.
 */
export type StatusResult =
  | {
      readonly status: Exclude<SlaStatus, 'not-covered'>;
      /**
       * Time used from opening to the response, or to `now` while open, on the
       * target's clock: business time for a business target, elapsed time for a
       * 24/7 one. Never negative.
       */
      readonly elapsedMs: number;
      /** The target minus `elapsedMs`: negative when overdue. */
      readonly remainingMs: number;
      /** Whether the response counted: false when there is none, or when it comes after `now`. */
      readonly answered: boolean;
    }
  | { readonly status: 'not-covered'; readonly elapsedMs: null; readonly remainingMs: null; readonly answered: boolean };

/**
 * A ticket's status at `nowMs`. A response is on time when the time used from
 * opening to response is at most the target, so a target that runs out at
 * 17:00 is still met by a response at 17:30: no business time passed after the
 * deadline. In the same way an open ticket is breached only once the time used
 * exceeds the target. A response after `nowMs` has not happened yet at that
 * moment, so the ticket is open. A response before the opening is an error.
 *
 * @example
 * // Due Mon 2 June 2025 13:00 CEST (3 business hours from 10:00); at 11:40 it has 1 h 20 min left.
 * slaStatus(schedule, { target: { minutes: 180, clock: 'business' }, openedMs: Date.parse('2025-06-02T10:00:00+02:00'),
 *   respondedMs: null, nowMs: Date.parse('2025-06-02T11:40:00+02:00'), warn: DEFAULT_WARN })
 * //=> { status: 'on-track', elapsedMs: 6_000_000, remainingMs: 4_800_000, answered: false }
 */
export function slaStatus(schedule: Schedule, input: StatusInput): StatusResult {
  const { target, openedMs, respondedMs, nowMs, warn } = input;
  if (respondedMs !== null && respondedMs < openedMs) {
    throw new SlaError('INVALID_INPUT', 'the response is before the opening: a first response comes after the ticket is opened');
  }
  const answered = respondedMs !== null && respondedMs <= nowMs;
  if (target === null) return { status: 'not-covered', elapsedMs: null, remainingMs: null, answered };
  const until = answered ? respondedMs : nowMs;
  const elapsedMs = until <= openedMs ? 0 : target.clock === 'business' ? businessTimeBetween(schedule, openedMs, until) : until - openedMs;
  const targetMs = target.minutes * MS_PER_MINUTE;
  const remainingMs = targetMs - elapsedMs;
  let status: Exclude<SlaStatus, 'not-covered'>;
  if (answered) status = remainingMs >= 0 ? 'met' : 'missed';
  else if (remainingMs < 0) status = 'breached';
  else status = remainingMs < warnMs(warn, targetMs) ? 'at-risk' : 'on-track';
  return { status, elapsedMs, remainingMs, answered };
}

/**
 * The time left below which an open ticket is at risk, for a target of `targetMs`.
 *
 * @example
 * warnMs({ percent: 25 }, 10_800_000) //=> 2_700_000
 * warnMs({ ms: 1_800_000 }, 10_800_000) //=> 1_800_000
 */
export function warnMs(warn: WarnThreshold, targetMs: number): number {
  return 'percent' in warn ? (targetMs * warn.percent) / 100 : warn.ms;
}
