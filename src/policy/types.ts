import type { Interval } from '../core/schedule';
import type { Target } from '../core/deadline';
import type { Week } from '../core/week';

/** A ticket priority, e.g. `{ id: 1, name: 'Business Critical' }`; a lower id is more urgent. */
export interface Priority {
  readonly id: number;
  readonly name: string;
  /** Other words accepted for it on the command line, e.g. `critical`. */
  readonly aliases: readonly string[];
}

/** A support plan, e.g. `{ id: 'professional', name: 'Professional' }`. */
export interface Plan {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** A validated, frozen SLA policy. */
export interface Policy {
  readonly name: string;
  /** Canonical IANA zone of the business hours. */
  readonly timezone: string;
  /** Business hours per weekday, index 0 = Sunday. */
  readonly hours: Week<readonly Interval[]>;
  /** Holiday calendar names or paths. */
  readonly holidays: readonly string[];
  /** Most urgent first. */
  readonly priorities: readonly Priority[];
  /** The priority of a ticket that names none: one of `priorities`. */
  readonly defaultPriority: Priority;
  /** In the order listed: from the least to the most service. */
  readonly plans: readonly Plan[];
  /** Target per plan id, then per priority id; null means no guaranteed response. */
  readonly targets: ReadonlyMap<string, ReadonlyMap<number, Target | null>>;
  /** Why beta and developer-preview products get no guarantee. */
  readonly notCovered: string;
  /** Where it came from: a file path, or `built-in`. */
  readonly source: string;
}
