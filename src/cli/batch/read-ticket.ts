import { SlaError } from '../../core/errors';
import { parseInstant } from '../../core/iso';
import { quoteValue } from '../../core/quote-value';
import type { Zone } from '../../core/zone';
import { findPlan, findPriority } from '../../policy/lookup';
import type { Plan, Policy, Priority } from '../../policy/types';

/** The fields of a ticket that `sla` reads; any others are passed through. */
export const TICKET_FIELDS = ['id', 'opened', 'priority', 'plan', 'beta', 'responded'] as const;

/** One ticket of a batch, resolved against the policy. */
export interface Ticket {
  readonly openedMs: number;
  readonly priority: Priority;
  readonly plan: Plan;
  readonly beta: boolean;
  readonly respondedMs: number | null;
}

const BETA_WORDS: ReadonlyMap<string, boolean> = new Map([['true', true], ['yes', true], ['1', true], ['false', false], ['no', false], ['0', false]]);

/** Longer than any ISO 8601 date-time, even with a zone name in brackets. */
const MAX_INSTANT_CHARS = 100;

/** Absent, null and the empty string (an empty CSV cell) all mean "not given". */
const given = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/**
 * Reads ticket records (an NDJSON object, or a CSV row by its header) into
 * tickets: `opened` (required, ISO 8601; a wall time is in the policy's zone),
 * `priority` (optional: the policy's default), `plan` (required), `beta`
 * (optional: true/false, yes/no, 1/0) and `responded` (optional, ISO 8601).
 * Priority and plan words are looked up once per spelling, since a batch
 * repeats the same few thousands of times.
 *
 * @example
 * new TicketReader(policy, zone).read({ id: 'T-1', opened: '2025-06-02T10:00:00+02:00', priority: 1, plan: 'professional' }).plan.id
 * //=> 'professional'
 */
export class TicketReader {
  private readonly priorities = new Map<string, Priority>();
  private readonly plans = new Map<string, Plan>();
  private readonly defaultPriority: Priority;

  constructor(
    private readonly policy: Policy,
    private readonly zone: Zone,
  ) {
    this.defaultPriority = findPriority(policy, String(policy.defaultPriority));
  }

  /** One record as a ticket; throws an {@link SlaError} naming the field that is wrong. */
  read(fields: Record<string, unknown>): Ticket {
    const { opened, priority, plan, beta, responded } = fields;
    if (!given(opened)) throw new SlaError('INVALID_INPUT', 'opened: is required (ISO 8601, e.g. 2025-06-02T10:00:00+02:00)');
    if (!given(plan)) throw new SlaError('INVALID_INPUT', `plan: is required (one of ${this.policy.plans.map((p) => p.id).join(', ')})`);
    return {
      openedMs: this.instant('opened', opened),
      priority: given(priority) ? this.priority(priority) : this.defaultPriority,
      plan: this.plan(plan),
      beta: given(beta) ? readBeta(beta) : false,
      respondedMs: given(responded) ? this.instant('responded', responded) : null,
    };
  }

  private instant(name: string, value: unknown): number {
    if (typeof value !== 'string') throw new SlaError('INVALID_INPUT', `${name}: must be an ISO 8601 date-time string, got ${shownValue(value)}`);
    if (value.length > MAX_INSTANT_CHARS) {
      // Refused before parsing, so that the message quotes it cut, however long the field.
      throw new SlaError('INVALID_DATE', `${name}: invalid date-time ${quoteValue(value)} (too long for a date-time)`);
    }
    try {
      return parseInstant(value, this.zone);
    } catch (err) {
      throw prefixed(name, err);
    }
  }

  private priority(value: unknown): Priority {
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new SlaError('INVALID_INPUT', `priority: must be a priority id, name or alias, got ${shownValue(value)}`);
    }
    const key = String(value);
    let found = this.priorities.get(key);
    if (!found) {
      try {
        found = findPriority(this.policy, key);
      } catch (err) {
        throw prefixed('priority', err);
      }
      this.priorities.set(key, found);
    }
    return found;
  }

  private plan(value: unknown): Plan {
    if (typeof value !== 'string') throw new SlaError('INVALID_INPUT', `plan: must be a plan id, name or alias, got ${shownValue(value)}`);
    let found = this.plans.get(value);
    if (!found) {
      try {
        found = findPlan(this.policy, value);
      } catch (err) {
        throw prefixed('plan', err);
      }
      this.plans.set(value, found);
    }
    return found;
  }
}

function readBeta(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const word = typeof value === 'string' ? BETA_WORDS.get(value.trim().toLowerCase()) : undefined;
  if (word === undefined) throw new SlaError('INVALID_INPUT', `beta: must be true or false (also yes/no, 1/0), got ${shownValue(value)}`);
  return word;
}

/** The same error with the field it concerns in front, keeping its code. */
function prefixed(field: string, err: unknown): unknown {
  return err instanceof SlaError ? new SlaError(err.code, `${field}: ${err.message}`, err.details) : err;
}

/**
 * A record's value as a message shows it: a string quoted and cut (a 1 MB
 * field gives a short message), a number, boolean or null as written, and an
 * object or array by its kind, never its content.
 *
 * @example
 * shownValue('yesterday') //=> '"yesterday"'
 * shownValue({ a: 1 }) //=> 'an object'
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return quoteValue(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value); // a number, boolean or null: short
}
