import { businessTimeBetween } from '../core/business-time-between';
import { deadlineFor } from '../core/deadline';
import type { Schedule } from '../core/schedule';
import type { TraceStep } from '../core/trace';
import { coverage, type Covered, type NotCovered } from '../policy/lookup';
import type { Plan, Policy, Priority } from '../policy/types';

/**
 * One ticket's deadline on one plan, in instants: what every renderer starts
 * from. A covered ticket has a deadline and its times; one that is not has
 * none, and says why in its coverage. Narrow on `covered` (or on
 * `deadlineMs === null`) to read them.
 */
export type DeadlineOutcome = CoveredOutcome | NotCoveredOutcome;

/** What every {@link DeadlineOutcome} holds. */
interface OutcomeFields {
  readonly openedMs: number;
  readonly priority: Priority;
  readonly plan: Plan;
}

/** A covered ticket's deadline. */
export interface CoveredOutcome extends OutcomeFields {
  readonly covered: true;
  readonly coverage: Covered;
  readonly deadlineMs: number;
  /** Business time from opening to deadline (ms). */
  readonly businessMs: number;
  /** Elapsed time from opening to deadline (ms). */
  readonly elapsedMs: number;
  /** The explanation, when asked for. */
  readonly trace: readonly TraceStep[] | undefined;
}

/** A ticket without a guaranteed response: no deadline, no times, no explanation. */
export interface NotCoveredOutcome extends OutcomeFields {
  readonly covered: false;
  readonly coverage: NotCovered;
  readonly deadlineMs: null;
  readonly businessMs: null;
  readonly elapsedMs: null;
  readonly trace: undefined;
}

/** Each policy's coverages, by beta, plan id and priority id: a batch asks for the same few millions of times. */
const coverages = new WeakMap<Policy, Array<Map<string, Map<number, Covered | NotCovered>>>>();

/** The policy's coverage of a priority on a plan (see `coverage`), worked out once per policy and kept. */
function coverageOf(policy: Policy, priority: Priority, plan: Plan, beta: boolean): Covered | NotCovered {
  let byBeta = coverages.get(policy);
  if (byBeta === undefined) {
    byBeta = [new Map(), new Map()];
    coverages.set(policy, byBeta);
  }
  const byPlan = byBeta[beta ? 1 : 0] ?? new Map<string, Map<number, Covered | NotCovered>>();
  let byPriority = byPlan.get(plan.id);
  if (byPriority === undefined) {
    byPriority = new Map();
    byPlan.set(plan.id, byPriority);
  }
  let found = byPriority.get(priority.id);
  if (found === undefined) {
    found = coverage(policy, priority.id, plan.id, { beta });
    byPriority.set(priority.id, found);
  }
  return found;
}

/** What a deadline needs besides the policy. */
export interface DeadlineRequest {
  readonly openedMs: number;
  readonly priority: Priority;
  readonly plan: Plan;
  readonly beta: boolean;
  readonly explain: boolean;
}

/**
 * A ticket's deadline on one plan, or why it has none.
 *
 * @example
 * computeDeadline(policy, schedule, { openedMs: Date.parse('2025-06-02T10:00:00+02:00'), priority, plan, beta: false, explain: false }).deadlineMs
 * //=> Date.parse('2025-06-02T13:00:00+02:00')
 */
export function computeDeadline(policy: Policy, schedule: Schedule, request: DeadlineRequest): DeadlineOutcome {
  const { openedMs, priority, plan, beta, explain } = request;
  const cover = coverageOf(policy, priority, plan, beta);
  if (!cover.covered) {
    return { openedMs, priority, plan, covered: false, coverage: cover, deadlineMs: null, businessMs: null, elapsedMs: null, trace: undefined };
  }
  const trace: TraceStep[] | undefined = explain ? [] : undefined;
  const deadlineMs = deadlineFor(schedule, cover.target, openedMs, trace);
  // For a business target the business time is the target itself; only a 24/7 one needs counting.
  const businessMs =
    cover.target.clock === 'business' ? cover.target.minutes * 60_000 : businessTimeBetween(schedule, openedMs, deadlineMs);
  return { openedMs, priority, plan, covered: true, coverage: cover, deadlineMs, businessMs, elapsedMs: deadlineMs - openedMs, trace };
}
