import { classify, type Classification } from '../../classify';
import type { Zone } from '../../core/zone';
import { computeDeadline, type DeadlineOutcome } from '../../domain/compute-deadline';
import type { LoadedPolicy } from '../../domain/load-policy-with-calendars';
import { findPriority } from '../../policy/lookup';
import type { Plan, Priority } from '../../policy/types';
import type { Io } from '../io';
import { classifyRecordJson } from '../render/classify/classify-record-json';
import { CLASSIFY_RECORD_SHAPE } from '../render/classify/classify-shape';
import { ChunkedOutput } from './chunked-output';
import { failOnMarks, type ClassifyFailOn } from './classify-fail-on';
import type { InputMapping } from './input-mapping';
import { runPipeline, type PipelineSummary, type RecordSink } from './pipeline';
import { ClassifyTicketReader } from './read-classify-ticket';
import { RecordReader, type InputFormat } from './read-records';
import { recordWriter, type OutputFormat } from './record-writer';

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
  // A mapping is bound to a CSV file's header once, before its first record; NDJSON has none.
  const records = new RecordReader(options.inputFormat, options.mapping === undefined ? undefined : (header) => tickets.useColumns(header));
  const priorities = new Map<number, Priority>();
  const judge = (fields: Record<string, unknown>): ClassifiedTicket => {
    const { input, deadline } = tickets.read(fields);
    const verdict = classify(input, policy);
    if (deadline === undefined) return { verdict, outcome: undefined };
    let priority = priorities.get(verdict.priority);
    if (priority === undefined) {
      priority = findPriority(policy, String(verdict.priority));
      priorities.set(verdict.priority, priority);
    }
    const outcome = computeDeadline(policy, schedule, { ...deadline, priority, beta: Boolean(input.beta), explain: false });
    return { verdict, outcome };
  };
  const sink = classifyRecordSink(options.format, () => records.columns, schedule.zone, io);
  const summary = await runPipeline({ input: options.input, records }, judge, sink, io);
  return { ...summary, marks: sink.marks };
}

/** The sink of `sla classify --input`: each verdict as an output record, and a count per mark for `--fail-on`. */
interface ClassifyRecordSink extends RecordSink<ClassifiedTicket> {
  readonly marks: ReadonlyMap<ClassifyFailOn, number>;
}

/**
 * Writes verdicts as records of a format, in chunks that go out when full or
 * when the pipeline asks; `columns` is the input's CSV header once read.
 *
 * @example
 * const sink = classifyRecordSink('ndjson', () => undefined, zone, io);
 * sink.accept({ verdict, outcome: undefined }, { id: 'T-1' }, 2);
 */
function classifyRecordSink(format: OutputFormat, columns: () => readonly string[] | undefined, zone: Zone, io: Io): ClassifyRecordSink {
  const writer = recordWriter(format, columns, CLASSIFY_RECORD_SHAPE);
  const write = io.write?.bind(io) ?? (async (text: string) => io.out(text));
  const out = new ChunkedOutput(write);
  const marks = new Map<ClassifyFailOn, number>();
  return {
    marks,
    accept({ verdict, outcome }, fields) {
      for (const mark of failOnMarks(verdict)) marks.set(mark, (marks.get(mark) ?? 0) + 1);
      out.push(writer.result(fields, classifyRecordJson(verdict, outcome, zone)));
    },
    reject(problem, fields, line) {
      out.push(writer.error(fields, { code: problem.code, message: problem.message, line }));
    },
    get full() {
      return out.full;
    },
    flush: () => out.flush(),
    end() {
      out.push(writer.end());
    },
  };
}
