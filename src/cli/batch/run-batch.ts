import type { SlaStatus, WarnThreshold } from '../../core/sla-status';
import type { Zone } from '../../core/zone';
import { judgeTicket, type JudgeContext, type JudgedTicket } from '../../domain/judge-ticket';
import type { LoadedPolicy } from '../../domain/load-policy-with-calendars';
import type { Io } from '../io';
import { deadlineToJson } from '../render/deadline/deadline-json';
import { ChunkedOutput } from './chunked-output';
import { runPipeline, type PipelineSummary, type RecordSink } from './pipeline';
import { RecordReader, type InputFormat } from './read-records';
import { TicketReader } from './read-ticket';
import { DEADLINE_RECORD_SHAPE } from '../render/deadline/deadline-shape';
import { recordWriter, type OutputFormat } from './record-writer';

/** What a batch of deadlines needs. */
export interface BatchOptions {
  /** A file, or `-` for standard input. */
  readonly input: string;
  /** Undefined: detected from the content. */
  readonly inputFormat: InputFormat | undefined;
  readonly format: OutputFormat;
  readonly loaded: LoadedPolicy;
  /** The zone instants are printed in. */
  readonly zone: Zone;
  readonly nowMs: number;
  readonly warn: WarnThreshold;
}

/** What a batch found, for the exit status. */
export interface BatchSummary extends PipelineSummary {
  /** Records per status. */
  readonly statuses: ReadonlyMap<SlaStatus, number>;
}

/**
 * Streams a batch of tickets through `sla deadline`: each record's deadline
 * and status are judged by the very function of the single-ticket command
 * and written as one output record per input record, in order, in large
 * chunks that wait for the reader (see {@link runPipeline}). A record that
 * cannot be read or computed becomes an error record; the run goes on.
 *
 * @example
 * const summary = await runBatch({ input: 'tickets.ndjson', inputFormat: undefined, format: 'ndjson', loaded, zone, nowMs, warn: DEFAULT_WARN }, io);
 * summary.failed //=> 0
 */
export async function runBatch(options: BatchOptions, io: Io): Promise<BatchSummary> {
  const { policy, schedule } = options.loaded;
  const { zone, nowMs, warn } = options;
  const records = new RecordReader(options.inputFormat);
  const tickets = new TicketReader(policy, schedule.zone);
  const context: JudgeContext = { policy, schedule, nowMs, warn };
  const sink = deadlineRecordSink(options.format, () => records.columns, zone, io);
  const summary = await runPipeline({ input: options.input, records }, (fields) => judgeTicket(context, tickets.read(fields)), sink, io);
  return { ...summary, statuses: sink.statuses };
}

/** The sink of `sla deadline --input`: each result as an output record, and a count per status for `--fail-on`. */
interface DeadlineRecordSink extends RecordSink<JudgedTicket> {
  readonly statuses: ReadonlyMap<SlaStatus, number>;
}

/**
 * Writes judged tickets as records of a format, in chunks that go out when
 * full or when the pipeline asks; `columns` is the input's CSV header once read.
 *
 * @example
 * const sink = deadlineRecordSink('ndjson', () => undefined, zone, io);
 * sink.accept(judged, { id: 'T-1' }, 2);
 */
function deadlineRecordSink(format: OutputFormat, columns: () => readonly string[] | undefined, zone: Zone, io: Io): DeadlineRecordSink {
  const writer = recordWriter(format, columns, DEADLINE_RECORD_SHAPE);
  const write = io.write?.bind(io) ?? (async (text: string) => io.out(text));
  const out = new ChunkedOutput(write);
  const statuses = new Map<SlaStatus, number>();
  return {
    statuses,
    accept({ outcome, status }, fields) {
      statuses.set(status.status, (statuses.get(status.status) ?? 0) + 1);
      out.push(writer.result(fields, deadlineToJson(outcome, zone, status)));
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
