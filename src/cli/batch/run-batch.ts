import type { SlaStatus, WarnThreshold } from '../../core/sla-status';
import type { Zone } from '../../core/zone';
import { judgeTicket, type JudgeContext, type JudgedTicket } from '../../domain/judge-ticket';
import type { LoadedPolicy } from '../../domain/load-policy-with-calendars';
import type { Io } from '../io';
import { deadlineToJson } from '../render/deadline/deadline-json';
import { runPipeline, type PipelineSummary } from './pipeline';
import { RecordReader, type InputFormat } from './read-records';
import { TicketReader, type TicketReading } from './read-ticket';
import { DEADLINE_RECORD_SHAPE } from '../render/deadline/deadline-shape';
import type { OutputFormat } from './record-writer';
import { recordSink } from './record-sink';

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
  /** How records are read (`--map`, `--preset`, ...); as written without. */
  readonly reading?: TicketReading;
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
  const tickets = new TicketReader(policy, schedule.zone, options.reading);
  // The mapping is bound to a CSV header once, before its first record.
  const records = new RecordReader(options.inputFormat, (columns) => tickets.useColumns(columns));
  const context: JudgeContext = { policy, schedule, nowMs, warn };
  const sink = recordSink(
    options.format,
    () => records.columns,
    { shape: DEADLINE_RECORD_SHAPE, json: ({ outcome, status }: JudgedTicket) => deadlineToJson(outcome, zone, status), marks: ({ status }: JudgedTicket) => [status.status] },
    io,
  );
  const summary = await runPipeline({ input: options.input, records }, (fields) => judgeTicket(context, tickets.read(fields)), sink, io);
  return { ...summary, statuses: sink.counts };
}
