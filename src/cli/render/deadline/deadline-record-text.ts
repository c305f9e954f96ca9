import type { Target } from '../../../core/deadline';
import type { Zone } from '../../../core/zone';
import type { DeadlineOutcome, TicketStatus } from '../../compute-deadline';
import { jsonString, jsonValue } from '../../batch/json-text';
import { toMinutes } from '../shared/format-duration';
import { deadlineToJson } from './deadline-json';
import { batchRecord, OUTPUT_FIELDS } from './deadline-record';
import { IsoInstantWriter } from './iso-instant-writer';
import { TextBuilder } from '../../batch/text-builder';
import { RESULT_FIELDS, type ResultField } from './record-fields';

/** What a record's result fields are written from: the outcome and status of one ticket, and the writers of the run. */
interface RecordParts {
  readonly outcome: DeadlineOutcome;
  readonly status: TicketStatus;
  readonly iso: IsoInstantWriter;
  readonly texts: TextCache;
}

/** Texts that repeat from record to record (names, ids, reasons, targets), each made into JSON once. */
class TextCache {
  private readonly strings = new Map<string, string>();
  private readonly targets = new WeakMap<Target, string>();

  string(text: string): string {
    let json = this.strings.get(text);
    if (json === undefined) {
      json = jsonString(text);
      // A reason names its plan and priority: a few dozen at most, unless a policy is unusual.
      if (this.strings.size > 10_000) this.strings.clear();
      this.strings.set(text, json);
    }
    return json;
  }

  target(target: Target | null): string {
    if (target === null) return 'null';
    let json = this.targets.get(target);
    if (json === undefined) {
      json = JSON.stringify(target);
      this.targets.set(target, json);
    }
    return json;
  }
}

/**
 * How one result field is written: whether the record has it (all but
 * `responded` always do), and its value. A `fixed` field's value depends on
 * nothing but the ticket's priority, plan and coverage and the zone, so that
 * a run of them is written once per coverage and then copied.
 */
interface FieldWriter {
  readonly fixed?: boolean;
  readonly given?: (parts: RecordParts) => boolean;
  readonly write: (out: TextBuilder, parts: RecordParts) => void;
}

const minutes = (out: TextBuilder, ms: number | null): void => out.ascii(jsonValue(toMinutes(ms)));

/**
 * How each result field's value is written, as `deadlineToJson` sets it, keyed
 * by every field of a batch record's result: a field added to the result does
 * not compile until it is written here too, and
 * `test/cli/batch/deadline-record-text.test.ts` compares the text with
 * `JSON.stringify` of the record.
 */
const FIELD_WRITERS: { readonly [F in ResultField]-?: FieldWriter } = {
  opened: { write: (out, p) => p.iso.writeQuoted(out, p.outcome.openedMs) },
  priority: { fixed: true, write: (out, p) => out.ascii(jsonValue(p.outcome.priority.id)) },
  priorityName: { fixed: true, write: (out, p) => out.text(p.texts.string(p.outcome.priority.name)) },
  plan: { fixed: true, write: (out, p) => out.text(p.texts.string(p.outcome.plan.id)) },
  covered: { fixed: true, write: (out, p) => out.ascii(p.outcome.coverage.covered ? 'true' : 'false') },
  target: { fixed: true, write: (out, p) => out.text(p.texts.target(p.outcome.coverage.target)) },
  deadline: { write: (out, p) => (p.outcome.deadlineMs === null ? out.ascii('null') : p.iso.writeQuoted(out, p.outcome.deadlineMs)) },
  reason: { fixed: true, write: (out, p) => out.text(p.outcome.coverage.reason === null ? 'null' : p.texts.string(p.outcome.coverage.reason)) },
  timezone: { fixed: true, write: (out, p) => out.text(p.texts.string(p.iso.zone.name)) },
  responded: { given: (p) => p.status.respondedMs !== null, write: (out, p) => p.iso.writeQuoted(out, p.status.respondedMs ?? 0) },
  status: { write: (out, p) => out.text(p.texts.string(p.status.status)) },
  elapsed: { write: (out, p) => minutes(out, p.status.elapsedMs) },
  remaining: { write: (out, p) => minutes(out, p.status.remainingMs) },
};

/**
 * The result fields in output order, as steps: a field written per record,
 * or a run of fixed fields (with their names), written once per coverage.
 */
type Step =
  | { readonly kind: 'field'; readonly head: string; readonly first: string; readonly writer: FieldWriter }
  | { readonly kind: 'fixed'; readonly index: number; readonly fields: ReadonlyArray<{ readonly head: string; readonly writer: FieldWriter }> };

const STEPS: readonly Step[] = (() => {
  const steps: Step[] = [];
  let fixedRuns = 0;
  for (const field of RESULT_FIELDS) {
    const writer = FIELD_WRITERS[field];
    const head = `,${jsonString(field)}:`;
    const last = steps[steps.length - 1];
    if (writer.fixed !== true) steps.push({ kind: 'field', head, first: head.slice(1), writer });
    else if (last !== undefined && last.kind === 'fixed') steps[steps.length - 1] = { ...last, fields: [...last.fields, { head, writer }] };
    else steps.push({ kind: 'fixed', index: fixedRuns++, fields: [{ head, writer }] });
  }
  return steps;
})();

/** The texts of the runs of fixed fields for one coverage, each with its leading comma, and what they were made for. */
interface FixedTexts {
  readonly coverage: DeadlineOutcome['coverage'];
  readonly priority: DeadlineOutcome['priority'];
  readonly plan: DeadlineOutcome['plan'];
  readonly runs: readonly string[];
  /** Each run as ASCII bytes, with its comma and without; undefined for a run past ASCII. */
  readonly bytes: ReadonlyArray<{ readonly comma: Uint8Array; readonly bare: Uint8Array } | undefined>;
}

/** How many coverages' texts are looked for in a short list before the map: a policy has a dozen or so. */
const RECENT_COVERAGES = 16;

/** The input fields a record passes through, and the text before each value (`"id":`, `,"team":`). */
interface PassThrough {
  /** The record's own keys, as `Object.keys` gave them. */
  readonly keys: readonly string[];
  /** The keys kept (all but those the result sets), each with its text. */
  readonly kept: ReadonlyArray<{ readonly key: string; readonly head: string }>;
}

/** Which of `keys` a record keeps, and the texts before their values. */
function passThrough(keys: readonly string[]): PassThrough {
  const kept = keys.filter((key) => !OUTPUT_FIELDS.has(key)).map((key, i) => ({ key, head: `${i === 0 ? '' : ','}${jsonString(key)}:` }));
  return { keys, kept };
}

/** Whether two key lists are the same, in the same order. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Writes an input field's value as JSON.stringify does. */
function writeValue(out: TextBuilder, value: unknown): void {
  if (typeof value === 'string') {
    if (!out.plainJsonString(value)) out.text(JSON.stringify(value));
  } else if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    out.ascii(jsonValue(value));
  } else {
    out.text(jsonValue(value));
  }
}

/**
 * Writes batch records of `sla deadline --input` as JSON text straight from
 * the outcome and status, with no record object in between: the same text as
 * `JSON.stringify(batchRecord(input, deadlineToJson(outcome, zone, status)))`,
 * byte for byte, at a fraction of the cost, for batches of millions.
 *
 * @example
 * const records = new DeadlineRecordText(getZone('Europe/Amsterdam'));
 * records.write(out, '', { id: 'T-1', opened: '2025-06-02T10:00' }, outcome, status);
 * out.take() //=> '{"id":"T-1","opened":"2025-06-02T10:00:00+02:00","priority":1,...,"remaining":60}'
 */
export class DeadlineRecordText {
  private readonly iso: IsoInstantWriter;
  private readonly texts = new TextCache();
  /** The fixed fields' texts by coverage (the domain keeps one coverage per policy, plan, priority and beta). */
  private readonly fixed = new WeakMap<object, FixedTexts>();
  /** The texts last used, looked for first. */
  private readonly recent: FixedTexts[] = [];
  /** The fields of the last record: a batch's records nearly all have the same. */
  private fields: PassThrough = passThrough([]);

  constructor(zone: Zone) {
    this.iso = new IsoInstantWriter(zone);
  }

  /**
   * Writes `lead`, then the record, into `out`. Throws (before writing anything) what
   * `deadlineToJson` throws for it: an instant outside the supported range.
   */
  write(out: TextBuilder, lead: string, input: Readonly<Record<string, unknown>>, outcome: DeadlineOutcome, status: TicketStatus): void {
    const iso = this.iso;
    // An explained outcome carries its steps, which a batch never asks for: the record object writes them.
    if (outcome.trace !== undefined) {
      const text = JSON.stringify(batchRecord(input, deadlineToJson(outcome, iso.zone, status)));
      out.text(lead);
      out.text(text);
      return;
    }
    // Checked in the order deadlineToJson writes them, so that the same one is refused.
    iso.check(outcome.openedMs);
    if (outcome.deadlineMs !== null) iso.check(outcome.deadlineMs);
    if (status.respondedMs !== null) iso.check(status.respondedMs);
    out.text(lead);
    out.ascii('{');
    // The own keys, in the order for...in gives them: a record inherits none, and for...in is slow over a prototype without an enum cache.
    const keys = Object.keys(input);
    if (!sameKeys(keys, this.fields.keys)) this.fields = passThrough(keys);
    const kept = this.fields.kept;
    let comma = false;
    for (let i = 0; i < kept.length; i++) {
      const field = kept[i];
      if (field === undefined) break;
      const value = input[field.key];
      if (value === undefined) continue; // as JSON.stringify leaves it out
      // The first field's head has no comma; another's does, unless every field before it was left out.
      out.text(comma || i === 0 ? field.head : field.head.slice(1));
      writeValue(out, value);
      comma = true;
    }
    const parts: RecordParts = { outcome, status, iso, texts: this.texts };
    const fixed = this.fixedTexts(parts);
    for (const step of STEPS) {
      if (step.kind === 'fixed') {
        // A run starts with its comma, which the first field of a record goes without.
        const bytes = fixed.bytes[step.index];
        if (bytes !== undefined) out.asciiBytes(comma ? bytes.comma : bytes.bare);
        else {
          const run = fixed.runs[step.index] ?? '';
          out.text(comma ? run : run.slice(1));
        }
        comma = true;
        continue;
      }
      const writer = step.writer;
      if (writer.given !== undefined && !writer.given(parts)) continue;
      out.ascii(comma ? step.head : step.first);
      writer.write(out, parts);
      comma = true;
    }
    out.ascii('}');
  }

  /** The texts of the fixed fields of an outcome's coverage, made on its first record. */
  private fixedTexts(parts: RecordParts): FixedTexts {
    const { outcome } = parts;
    const recent = this.recent;
    for (let i = 0; i < recent.length; i++) {
      const texts = recent[i];
      if (texts !== undefined && texts.coverage === outcome.coverage && texts.priority === outcome.priority && texts.plan === outcome.plan) return texts;
    }
    let texts = this.fixed.get(outcome.coverage);
    if (texts === undefined || texts.priority !== outcome.priority || texts.plan !== outcome.plan) {
      const runs: string[] = [];
      for (const step of STEPS) {
        if (step.kind !== 'fixed') continue;
        const out = new TextBuilder();
        for (const { head, writer } of step.fields) {
          out.ascii(head);
          writer.write(out, parts);
        }
        runs[step.index] = out.take();
      }
      const bytes = runs.map((run) => {
        if (!/^[\x00-\x7f]*$/.test(run)) return undefined;
        const comma = Uint8Array.from(run, (c) => c.charCodeAt(0));
        return { comma, bare: comma.subarray(1) };
      });
      texts = { coverage: outcome.coverage, priority: outcome.priority, plan: outcome.plan, runs, bytes };
      this.fixed.set(outcome.coverage, texts);
    }
    if (recent.length >= RECENT_COVERAGES) recent.shift();
    recent.push(texts);
    return texts;
  }

  /** The record's text, as {@link write} writes it. */
  text(input: Readonly<Record<string, unknown>>, outcome: DeadlineOutcome, status: TicketStatus): string {
    const out = new TextBuilder();
    this.write(out, '', input, outcome, status);
    return out.take();
  }
}
