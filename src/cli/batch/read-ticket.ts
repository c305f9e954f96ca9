import { SlaError } from '../../errors/sla-error';
import { parseInstant } from '../../core/iso';
import { quoteValue } from '../../core/quote-value';
import type { Zone } from '../../core/zone';
import { findPlan, findPriority } from '../../policy/lookup';
import { normalizeWord } from '../../policy/normalize-word';
import type { Plan, Policy, Priority } from '../../policy/types';
import { dateReader, MAX_INSTANT_CHARS, type DateFormat, type DateReader } from './date-format';
import { bindColumns, DEFAULT_MAPPING, fieldLabel, type InputMapping, type MappedField } from './input-mapping';
import type { PlansLookup } from './plans-lookup';
import { shownValue } from './shown-value';

export { shownValue } from './shown-value';

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

/**
 * How records are read as an export writes them: the column of each field,
 * the date format, the helpdesk's priority words, and what a record without a
 * plan or priority gets. Everything is resolved before the first record, so
 * that each record costs a few property reads and map lookups.
 */
export interface TicketReading {
  readonly mapping?: InputMapping;
  readonly dateFormat?: DateFormat;
  /** How the date format is named in messages, e.g. `--date-format` or `--preset jira`. */
  readonly dateFormatLabel?: string;
  /** Helpdesk priority words (normalized) and the policy priority each stands for. */
  readonly priorityWords?: ReadonlyMap<string, Priority>;
  /** For records without a plan (and, with `plans`, without a customer). */
  readonly defaultPlan?: Plan;
  /** For records without a priority; the policy's default otherwise. */
  readonly defaultPriority?: Priority;
  /** The plan of each customer, for records without a plan. */
  readonly plans?: PlansLookup;
}

/** The fields {@link TicketReader.read} reads (and `customer`, with a plans file). */
const TICKET_READS: readonly MappedField[] = ['opened', 'priority', 'plan', 'responded', 'beta'];

const BETA_WORDS: ReadonlyMap<string, boolean> = new Map([['true', true], ['yes', true], ['1', true], ['false', false], ['no', false], ['0', false]]);

/** Absent, null and the empty string (an empty CSV cell) all mean "not given". */
const given = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/**
 * Reads ticket records (an NDJSON object, or a CSV row by its header) into
 * tickets: `opened` (required, ISO 8601; a wall time is in the policy's zone),
 * `priority` (optional: the policy's default), `plan` (required), `beta`
 * (optional: true/false, yes/no, 1/0) and `responded` (optional, ISO 8601).
 * With a {@link TicketReading}, each field comes from its mapped column, dates
 * in the given format, priorities through the helpdesk's words, and plans from
 * defaults or a customer's entry in a plans file. Priority and plan words are
 * looked up once per spelling, since a batch repeats the same few thousands of
 * times.
 *
 * @example
 * new TicketReader(policy, zone).read({ id: 'T-1', opened: '2025-06-02T10:00:00+02:00', priority: 1, plan: 'professional' }).plan.id
 * //=> 'professional'
 */
export class TicketReader {
  private readonly priorities = new Map<string, Priority>();
  private readonly plans = new Map<string, Plan>();
  private readonly defaultPriority: Priority;
  private readonly mapping: InputMapping;
  /** The column of each field, as the input spells it (see {@link useColumns}). */
  private columns: Readonly<Record<MappedField, string>>;
  private readonly readDate: DateReader | undefined;
  private readonly dateHint: string;

  constructor(
    private readonly policy: Policy,
    private readonly zone: Zone,
    private readonly reading: TicketReading = {},
  ) {
    this.defaultPriority = reading.defaultPriority ?? policy.defaultPriority;
    this.mapping = reading.mapping ?? DEFAULT_MAPPING;
    this.columns = this.mapping.columns;
    const format = reading.dateFormat;
    // ISO 8601 keeps the core's reader, and its fast path, as it always had.
    this.readDate = format === undefined || format.kind === 'iso' ? undefined : dateReader(format, zone, reading.dateFormatLabel);
    this.dateHint =
      format === undefined || format.kind === 'iso'
        ? 'ISO 8601, e.g. 2025-06-02T10:00:00+02:00'
        : format.kind === 'pattern'
          ? `${reading.dateFormatLabel ?? '--date-format'} ${quoteValue(format.pattern)}, e.g. ${quoteValue(format.sample)}`
          : `--date-format ${format.kind}`;
  }

  /**
   * Binds the mapping to a CSV header, once per file, before its first record:
   * each field's column as the header spells it. Throws `USAGE` when a column
   * the mapping must find is not there, or a field read here (or in `alsoRead`,
   * such as a report's `id`) would come from a column the header names more
   * than once (see `bindColumns`).
   */
  useColumns(header: readonly string[], alsoRead: readonly MappedField[] = []): void {
    const needed = new Map<MappedField, string>();
    if (this.reading.plans !== undefined) needed.set('customer', '--plans');
    this.columns = bindColumns(this.mapping, header, needed, new Set([...TICKET_READS, ...alsoRead]));
  }

  /** The column a field is read from, as the input spells it: for `--by`, and the id of a report's overruns. */
  columnOf(field: MappedField): string {
    return this.columns[field];
  }

  /** One record as a ticket; throws an {@link SlaError} naming the field that is wrong. */
  read(fields: Record<string, unknown>): Ticket {
    const c = this.columns;
    const opened = fields[c.opened];
    const priority = fields[c.priority];
    const beta = fields[c.beta];
    const responded = fields[c.responded];
    if (!given(opened)) throw new SlaError('INVALID_INPUT', `${fieldLabel('opened', c.opened)}: is required (${this.dateHint})`);
    const plan = this.planOf(fields);
    return {
      openedMs: this.instant('opened', opened),
      priority: given(priority) ? this.priority(priority) : this.defaultPriority,
      plan,
      beta: given(beta) ? readBeta(beta, c.beta) : false,
      respondedMs: given(responded) ? this.instant('responded', responded) : null,
    };
  }

  /** The record's plan; else, with a plans file, its customer's; else the default plan. */
  private planOf(fields: Record<string, unknown>): Plan {
    const c = this.columns;
    const plan = fields[c.plan];
    if (given(plan)) return this.plan(plan);
    const lookup = this.reading.plans;
    if (lookup !== undefined) {
      const customer = fields[c.customer];
      if (given(customer)) {
        const label = fieldLabel('customer', c.customer);
        if (typeof customer !== 'string') throw new SlaError('INVALID_INPUT', `${label}: must be a customer name, got ${shownValue(customer)}`);
        const found = lookup.find(customer);
        if (found === undefined) {
          // A default plan is for records without a customer: a customer missing from the file is more likely a gap in the file than a default.
          throw new SlaError('UNKNOWN_PLAN', `${label}: ${quoteValue(customer)} has no plan in the plans file ${quoteValue(lookup.label)}: add it there, or give the record a plan`);
        }
        return found;
      }
    }
    const fallback = this.reading.defaultPlan;
    if (fallback !== undefined) return fallback;
    const accepted = `one of ${this.policy.plans.map((p) => p.id).join(', ')}`;
    if (lookup !== undefined) {
      throw new SlaError('INVALID_INPUT', `${fieldLabel('plan', c.plan)}: is required (${accepted}), or a customer in ${fieldLabel('customer', c.customer)} to look up in the plans file, or --plan for all records without one`);
    }
    throw new SlaError('INVALID_INPUT', `${fieldLabel('plan', c.plan)}: is required (${accepted})`);
  }

  private instant(name: 'opened' | 'responded', value: unknown): number {
    try {
      if (this.readDate !== undefined) return this.readDate(value);
      if (typeof value !== 'string') throw new SlaError('INVALID_INPUT', `must be an ISO 8601 date-time string, got ${shownValue(value)}`);
      if (value.length > MAX_INSTANT_CHARS) {
        // Refused before parsing, so that the message quotes it cut, however long the field.
        throw new SlaError('INVALID_DATE', `invalid date-time ${quoteValue(value)} (too long for a date-time)`);
      }
      return parseInstant(value, this.zone);
    } catch (err) {
      throw prefixed(fieldLabel(name, this.columns[name]), err);
    }
  }

  private priority(value: unknown): Priority {
    const label = fieldLabel('priority', this.columns.priority);
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new SlaError('INVALID_INPUT', `${label}: must be a priority id, name or alias, got ${shownValue(value)}`);
    }
    const key = String(value);
    let found = this.priorities.get(key);
    if (!found) {
      const words = this.reading.priorityWords;
      found = words?.get(normalizeWord(key));
      if (!found) {
        try {
          found = findPriority(this.policy, key);
        } catch (err) {
          if (words === undefined || words.size === 0 || !(err instanceof SlaError)) throw prefixed(label, err);
          throw new SlaError(err.code, `${label}: ${err.message}, or a word of the priority map: ${[...words.keys()].join(', ')}`);
        }
      }
      this.priorities.set(key, found);
    }
    return found;
  }

  private plan(value: unknown): Plan {
    if (typeof value !== 'string') throw new SlaError('INVALID_INPUT', `${fieldLabel('plan', this.columns.plan)}: must be a plan id, name or alias, got ${shownValue(value)}`);
    let found = this.plans.get(value);
    if (!found) {
      try {
        found = findPlan(this.policy, value);
      } catch (err) {
        throw prefixed(fieldLabel('plan', this.columns.plan), err);
      }
      this.plans.set(value, found);
    }
    return found;
  }
}

function readBeta(value: unknown, column: string): boolean {
  if (typeof value === 'boolean') return value;
  const word = typeof value === 'string' ? BETA_WORDS.get(value.trim().toLowerCase()) : undefined;
  if (word === undefined) throw new SlaError('INVALID_INPUT', `${fieldLabel('beta', column)}: must be true or false (also yes/no, 1/0), got ${shownValue(value)}`);
  return word;
}

/** The same error with the field it concerns in front, keeping its code. */
function prefixed(field: string, err: unknown): unknown {
  return err instanceof SlaError ? new SlaError(err.code, `${field}: ${err.message}`, err.details) : err;
}
