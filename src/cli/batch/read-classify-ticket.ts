import { ENVS, IMPACTS, PRIORITY_IDS, WORKAROUNDS } from '../../classify/vocabulary';
import type { ClassifyInput } from '../../classify/types';
import { parseInstant } from '../../core/iso';
import { quoteValue } from '../../core/quote-value';
import type { Zone } from '../../core/zone';
import { SlaError } from '../../errors/sla-error';
import { findPlan } from '../../policy/lookup';
import type { Plan, Policy } from '../../policy/types';
import { MAX_INSTANT_CHARS } from './date-format';
import { bindColumns, DEFAULT_MAPPING, fieldLabel, type InputMapping, type MappedField } from './input-mapping';
import { refuseRepeated, repeatedNames } from './header-names';
import { shownValue } from './shown-value';

/**
 * The fields `sla classify --input` reads that `--map` can point at another
 * column; `text`, `requested`, `env`, `impact` and `workaround` are read under
 * their own names, since the input mapping knows only the fields of a
 * helpdesk export.
 */
export const CLASSIFY_MAPPED_FIELDS: readonly MappedField[] = ['subject', 'body', 'opened', 'plan', 'beta', 'id'];

/** One ticket of a classify batch: what `classify` reads, and the plan and opening a deadline needs, when the record has both. */
export interface ClassifyTicket {
  readonly input: ClassifyInput;
  /** The plan and the opening instant, when the record (or `--plan`) gives a plan and the record an opening. */
  readonly deadline: { readonly plan: Plan; readonly openedMs: number } | undefined;
}

/** The mapped fields a classify record is read from. */
const CLASSIFY_READS: ReadonlySet<MappedField> = new Set<MappedField>(['subject', 'body', 'opened', 'plan', 'beta']);

/** The fields read under their own names only. */
const OWN_NAMES = ['text', 'requested', 'env', 'impact', 'workaround'] as const;

function checkOwnNames(header: readonly string[]): void {
  const repeated = repeatedNames(header);
  for (const name of OWN_NAMES) refuseRepeated(repeated, name, `the field ${name}`, 'rename the repeated columns in the file');
}

const BETA_WORDS: ReadonlyMap<string, boolean> = new Map([['true', true], ['yes', true], ['1', true], ['false', false], ['no', false], ['0', false]]);

/** Absent, null and the empty string (an empty CSV cell) all mean "not given". */
const given = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/**
 * Reads ticket records (an NDJSON object, or a CSV row by its header) into
 * what `classify` takes: the text (`subject` and `body` joined by a line
 * break, or `text` for the whole ticket), and the record's own `requested`,
 * `env`, `impact`, `workaround` and `beta`, each checked as the single-ticket
 * command checks its flags but named as a field, with `INVALID_INPUT`, so that
 * a bad record becomes an error record. `plan` (else the default plan) and
 * `opened` give the deadline of the verdict. A plan is looked up once per
 * spelling, since a batch repeats the same few thousands of times.
 *
 * @example
 * new ClassifyTicketReader(policy, zone).read({ subject: 'Calls drop', body: 'About one call in ten.', requested: '1' }).input
 * //=> { text: 'Calls drop\nAbout one call in ten.', requested: 1, beta: false }
 */
export class ClassifyTicketReader {
  private readonly plans = new Map<string, Plan>();
  /** The column of each mapped field, as the input spells it (see {@link useColumns}). */
  private columns: Readonly<Record<MappedField, string>>;

  /**
   * @param defaultPlan The plan of records without one (`--plan`).
   * @param mapping The input column of each field (`--map`).
   */
  constructor(
    private readonly policy: Policy,
    private readonly zone: Zone,
    private readonly defaultPlan: Plan | undefined = undefined,
    private readonly mapping: InputMapping = DEFAULT_MAPPING,
  ) {
    this.columns = mapping.columns;
  }

  /**
   * Binds the mapping to a CSV header, once per file, before its first
   * record; throws `USAGE` when a column `--map` names is not there, or a
   * field read here would come from a column the header names more than once.
   */
  useColumns(header: readonly string[]): void {
    this.columns = bindColumns(this.mapping, header, undefined, CLASSIFY_READS);
    checkOwnNames(header);
  }

  /** Without a mapping the fields keep their own names: only a name the header gives more than once is refused. */
  checkColumns(header: readonly string[]): void {
    const repeated = repeatedNames(header);
    for (const field of CLASSIFY_READS) refuseRepeated(repeated, this.columns[field], `the field ${field}`, `map ${field} to a column named once with --map ${field}=Column, or rename the repeated columns in the file`);
    checkOwnNames(header);
  }

  /** One record as a ticket to classify; throws an {@link SlaError} naming the field that is wrong. */
  read(fields: Record<string, unknown>): ClassifyTicket {
    const c = this.columns;
    const subject = this.words(fields, 'subject', c.subject);
    const body = this.words(fields, 'body', c.body);
    const whole = this.words(fields, 'text', 'text');
    if (body !== undefined && whole !== undefined) {
      throw new SlaError('INVALID_INPUT', `${fieldLabel('body', c.body)} and text: give one of them (text is the whole ticket, body the words under the subject)`);
    }
    const text = [subject, body ?? whole].filter((part) => part !== undefined).join('\n');
    const impact = fields.impact;
    // With its impact given, a record is judged by its fields and needs no words; without, there is nothing to read.
    if (text.trim() === '' && !given(impact)) {
      throw new SlaError('INVALID_INPUT', `${fieldLabel('subject', c.subject)}, ${fieldLabel('body', c.body)} or text: is required (the words of the ticket), or impact`);
    }
    const input: ClassifyInput = {
      text,
      ...(given(fields.env) && { env: pick('env', fields.env, ENVS) }),
      ...(given(impact) && { impact: pick('impact', impact, IMPACTS) }),
      ...(given(fields.workaround) && { workaround: pick('workaround', fields.workaround, WORKAROUNDS) }),
      requested: given(fields.requested) ? pick('requested', fields.requested, PRIORITY_IDS) : null,
      beta: given(fields[c.beta]) ? readBeta(fields[c.beta], c.beta) : false,
    };
    return { input, deadline: this.deadlineOf(fields) };
  }

  /** The plan and opening of a deadline: both, or none when the record has no opening or no plan is known. */
  private deadlineOf(fields: Record<string, unknown>): ClassifyTicket['deadline'] {
    const c = this.columns;
    const planValue = fields[c.plan];
    const plan = given(planValue) ? this.plan(planValue) : this.defaultPlan;
    const opened = fields[c.opened];
    if (plan === undefined || !given(opened)) return undefined;
    return { plan, openedMs: this.opened(opened) };
  }

  /** A text field: a string (or a number, written as it is), undefined when not given. */
  private words(fields: Record<string, unknown>, field: MappedField | 'text', column: string): string | undefined {
    const value = fields[column];
    if (!given(value)) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    throw new SlaError('INVALID_INPUT', `${field === 'text' || field === column ? field : fieldLabel(field, column)}: must be text, got ${shownValue(value)}`);
  }

  private opened(value: unknown): number {
    const label = fieldLabel('opened', this.columns.opened);
    if (typeof value !== 'string') throw new SlaError('INVALID_INPUT', `${label}: must be an ISO 8601 date-time string, got ${shownValue(value)}`);
    if (value.length > MAX_INSTANT_CHARS) {
      // Refused before parsing, so that the message quotes it cut, however long the field.
      throw new SlaError('INVALID_DATE', `${label}: invalid date-time ${quoteValue(value)} (too long for a date-time)`);
    }
    try {
      return parseInstant(value, this.zone);
    } catch (err) {
      throw err instanceof SlaError ? new SlaError(err.code, `${label}: ${err.message}`, err.details) : err;
    }
  }

  private plan(value: unknown): Plan {
    const label = fieldLabel('plan', this.columns.plan);
    if (typeof value !== 'string') throw new SlaError('INVALID_INPUT', `${label}: must be a plan id, name or alias, got ${shownValue(value)}`);
    let found = this.plans.get(value);
    if (!found) {
      try {
        found = findPlan(this.policy, value);
      } catch (err) {
        throw err instanceof SlaError ? new SlaError(err.code, `${label}: ${err.message}`, err.details) : err;
      }
      this.plans.set(value, found);
    }
    return found;
  }
}

/**
 * One of a field's accepted values, trimmed and compared in lower case as the
 * single-ticket command's flags are; otherwise `INVALID_INPUT` naming the
 * field, the value and every accepted value. A number is compared as written,
 * so `requested` 1 and "1" are the same and 1.0 (in NDJSON, the number 1) is too.
 */
function pick<T extends string | number>(field: string, value: unknown, accepted: readonly T[]): T {
  if (typeof value === 'string' || typeof value === 'number') {
    const wanted = String(value).trim().toLowerCase();
    const found = accepted.find((a) => String(a) === wanted);
    if (found !== undefined) return found;
  }
  throw new SlaError('INVALID_INPUT', `${field}: unknown value ${shownValue(value)}: accepted are ${accepted.join(', ')}`);
}

function readBeta(value: unknown, column: string): boolean {
  if (typeof value === 'boolean') return value;
  const word = typeof value === 'string' || typeof value === 'number' ? BETA_WORDS.get(String(value).trim().toLowerCase()) : undefined;
  if (word === undefined) throw new SlaError('INVALID_INPUT', `${fieldLabel('beta', column)}: must be true or false (also yes/no, 1/0), got ${shownValue(value)}`);
  return word;
}
