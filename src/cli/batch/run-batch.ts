import type { SlaStatus, WarnThreshold } from '../../core/sla-status';
import type { Zone } from '../../core/zone';
import { judgeTicket, type JudgeContext, type JudgedTicket } from '../../domain/judge-ticket';
import type { LoadedPolicy, PolicyRequest } from '../../domain/load-policy-with-calendars';
import type { Io } from '../io';
import { deadlineToJson } from '../render/deadline/deadline-json';
import { batchThreads, runThreadedBatch } from './batch-threads';
import type { InputMappingOptions } from './input-mapping-options';
import { runPipeline, type PipelineSummary, type RecordJudge } from './pipeline';
import { RecordReader, type InputFormat } from './read-records';
import { TicketReader, type TicketReading } from './read-ticket';
import { DEADLINE_RECORD_SHAPE } from '../render/deadline/deadline-shape';
import { DeadlineRecordText } from '../render/deadline/deadline-record-text';
import type { OutputFormat } from './record-writer';
import { recordSink, type RecordSinkShape } from './record-sink';

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
  /**
   * What the policy and `reading` were made from, as given: with them a large
   * input may be judged by worker threads, which each load the same policy and
   * make the same reading. Without them the batch runs on this thread.
   */
  readonly workers?: { readonly policy: PolicyRequest; readonly mapping: InputMappingOptions };
}

/** What a batch found, for the exit status. */
export interface BatchSummary extends PipelineSummary {
  /** Records per status. */
  readonly statuses: ReadonlyMap<SlaStatus, number>;
}

/** How one thread judges the records of `sla deadline --input` and turns them into output records. */
export interface DeadlineRecords {
  readonly tickets: TicketReader;
  readonly judge: RecordJudge<JudgedTicket>;
  readonly how: RecordSinkShape<JudgedTicket, ReturnType<typeof deadlineToJson>, SlaStatus>;
}

/**
 * The judge and the output records of a batch of deadlines: each record read
 * as a ticket and judged by the very function of the single-ticket command.
 * The main thread and every batch worker make theirs here, so that a record
 * comes out the same on any thread.
 *
 * @example
 * const { judge, how } = deadlineRecords(loaded, zone, nowMs, DEFAULT_WARN);
 * how.json(judge({ opened: '2025-06-02T10:00', plan: 'professional' })).deadline //=> '2025-06-02T19:00:00+02:00'
 */
export function deadlineRecords(loaded: Pick<LoadedPolicy, 'policy' | 'schedule'>, zone: Zone, nowMs: number, warn: WarnThreshold, reading?: TicketReading): DeadlineRecords {
  const { policy, schedule } = loaded;
  const tickets = new TicketReader(policy, schedule.zone, reading);
  const context: JudgeContext = { policy, schedule, nowMs, warn };
  const records = new DeadlineRecordText(zone);
  return {
    tickets,
    judge: (fields) => judgeTicket(context, tickets.read(fields)),
    how: {
      shape: DEADLINE_RECORD_SHAPE,
      json: ({ outcome, status }: JudgedTicket) => deadlineToJson(outcome, zone, status),
      recordJson: (out, lead, input, { outcome, status }: JudgedTicket) => records.write(out, lead, input, outcome, status),
      marks: ({ status }: JudgedTicket) => [status.status],
    },
  };
}

/**
 * Streams a batch of tickets through `sla deadline`: each record's deadline
 * and status are judged by the very function of the single-ticket command
 * and written as one output record per input record, in order, in large
 * chunks that wait for the reader (see {@link runPipeline}). A record that
 * cannot be read or computed becomes an error record; the run goes on. A
 * large NDJSON input written as NDJSON is judged by worker threads while this
 * thread reads and writes (see {@link runThreadedBatch}), with the same output.
 *
 * @example
 * const summary = await runBatch({ input: 'tickets.ndjson', inputFormat: undefined, format: 'ndjson', loaded, zone, nowMs, warn: DEFAULT_WARN }, io);
 * summary.failed //=> 0
 */
export async function runBatch(options: BatchOptions, io: Io): Promise<BatchSummary> {
  const { workers } = options;
  // Asked first, so that a bad SLA_BATCH_THREADS is refused whatever the formats.
  const threads = workers === undefined ? undefined : batchThreads(options.input, io);
  if (threads !== undefined && workers !== undefined && options.format === 'ndjson' && options.inputFormat !== 'csv') {
    const { zone, nowMs, warn } = options;
    const threaded = await runThreadedBatch(
      { input: options.input, threads, worker: { policy: workers.policy, zoneName: zone.name, nowMs, warn, mapping: workers.mapping, cwd: io.cwd } },
      io,
    );
    // Not NDJSON after all (a CSV file): the same input, read on from where it was looked at, on this thread.
    if ('summary' in threaded) return threaded.summary;
    return runOneThread(options, io, threaded.source);
  }
  return runOneThread(options, io);
}

async function runOneThread(options: BatchOptions, io: Io, source?: Parameters<typeof runPipeline>[0]['source']): Promise<BatchSummary> {
  const { tickets, judge, how } = deadlineRecords(options.loaded, options.zone, options.nowMs, options.warn, options.reading);
  // The mapping is bound to a CSV header once, before its first record.
  const records = new RecordReader(options.inputFormat, (columns) => tickets.useColumns(columns));
  const sink = recordSink(options.format, () => records.columns, how, io);
  const summary = await runPipeline({ input: options.input, records, ...(source !== undefined && { source }) }, judge, sink, io);
  return { ...summary, statuses: sink.counts };
}
