import { classify, type Classification, type Reading } from '../../classify';
import { computeDeadline, type DeadlineOutcome } from '../../domain/compute-deadline';
import type { LoadedPolicy } from '../../domain/load-policy-with-calendars';
import { findPriority } from '../../policy/lookup';
import type { Plan, Priority } from '../../policy/types';
import type { Io } from '../io';
import { classifyRecordJson } from '../render/classify/classify-record-json';
import { CLASSIFY_RECORD_SHAPE } from '../render/classify/classify-shape';
import { failOnMarks, type ClassifyFailOn } from './classify-fail-on';
import type { InputMapping } from './input-mapping';
import { runPipeline, type PipelineSummary } from './pipeline';
import { ClassifyTicketReader } from './read-classify-ticket';
import { RecordReader, type InputFormat } from './read-records';
import type { OutputFormat } from './record-writer';
import { recordSink } from './record-sink';

/** What a batch of classifications needs. */
export interface ClassifyBatchOptions {
  /** A file, or `-` for standard input. */
  readonly input: string;
  /** Undefined: detected from the content. */
  readonly inputFormat: InputFormat | undefined;
  readonly format: OutputFormat;
  readonly loaded: LoadedPolicy;
  /** The plan of records without one (`--plan`). */
  readonly defaultPlan: Plan | undefined;
  /** The input column of each field (`--map`); undefined reads each field under its own name. */
  readonly mapping: InputMapping | undefined;
  /** How each ticket's text is read (`sla classify --reading`). */
  readonly reading: Reading;
}

/** What a batch found, for the exit status. */
export interface ClassifyBatchSummary extends PipelineSummary {
  /** Verdicts per mark `--fail-on` can ask about (lowered, raised, to review, low confidence). */
  readonly marks: ReadonlyMap<ClassifyFailOn, number>;
}

/** A judged ticket of a classify batch: the verdict, and the deadline of its priority when the ticket has a plan and an opening. */
export interface ClassifiedTicket {
  readonly verdict: Classification;
  readonly outcome: DeadlineOutcome | undefined;
}

/**
 * Streams a batch of tickets through `sla classify`: each record's verdict is
 * the very `classify` of the single-ticket command, written as one output
 * record per input record, in order, in large chunks that wait for the reader
 * (see {@link runPipeline}). A record that cannot be read or classified
 * becomes an error record; the run goes on.
 *
 * @example
 * const summary = await runClassify({ input: 'tickets.ndjson', inputFormat: undefined, format: 'ndjson', loaded, defaultPlan: undefined, mapping: undefined }, io);
 * summary.marks.get('down') //=> 12
 */
export async function runClassify(options: ClassifyBatchOptions, io: Io): Promise<ClassifyBatchSummary> {
  const { policy, schedule } = options.loaded;
  const tickets = new ClassifyTicketReader(policy, schedule.zone, options.defaultPlan, options.mapping);
  // A mapping is bound to a CSV file's header once, before its first record (without one, the header is only checked); NDJSON has none.
  const records = new RecordReader(options.inputFormat, (header) => (options.mapping === undefined ? tickets.checkColumns(header) : tickets.useColumns(header)));
  const priorities = new Map<number, Priority>();
  const judge = (fields: Record<string, unknown>): ClassifiedTicket => {
    const { input, deadline } = tickets.read(fields);
    const verdict = classify({ ...input, reading: options.reading }, policy);
    if (deadline === undefined) return { verdict, outcome: undefined };
    let priority = priorities.get(verdict.priority);
    if (priority === undefined) {
      priority = findPriority(policy, String(verdict.priority));
      priorities.set(verdict.priority, priority);
    }
    const outcome = computeDeadline(policy, schedule, { ...deadline, priority, beta: Boolean(input.beta), explain: false });
    return { verdict, outcome };
  };
  const sink = recordSink(
    options.format,
    () => records.columns,
    { shape: CLASSIFY_RECORD_SHAPE, json: ({ verdict, outcome }: ClassifiedTicket) => classifyRecordJson(verdict, outcome, schedule.zone), marks: ({ verdict }: ClassifiedTicket) => failOnMarks(verdict) },
    io,
  );
  const summary = await runPipeline({ input: options.input, records }, judge, sink, io);
  return { ...summary, marks: sink.counts };
}
