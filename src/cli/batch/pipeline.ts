import { SlaError } from '../../errors/sla-error';
import type { Io } from '../io';
import type { CommandResult } from '../sla-command';
import { openInput } from './open-input';
import { Progress } from './progress';
import type { InputSource } from './open-input';
import type { RawRecord, RecordReader } from './read-records';

/** Turns one record's fields into its result; throws an `SlaError` for a record that cannot be judged. */
export type RecordJudge<T> = (fields: Record<string, unknown>) => T;

/**
 * Where a pipeline hands each record's result, one at a time and in input
 * order: the record writer of `sla deadline --input`, the groups of `sla report`.
 */
export interface RecordSink<T> {
  /**
   * A judged record. An `SlaError` thrown here (a result that cannot be
   * written) makes the record an error record like one that could not be judged.
   */
  accept(result: T, fields: Record<string, unknown>, line: number): void;
  /** A record that could not be read or judged; `fields` when it was read. */
  reject(problem: SlaError, fields: Record<string, unknown> | undefined, line: number): void;
  /** Whether the sink holds enough to wait for its reader before taking more. */
  readonly full: boolean;
  /** Hands on what the sink holds: when full, after each read of the input, at the end, and after a failure. */
  flush(): Promise<void>;
  /** After the last record, before the last flush. */
  end(): void;
}

/** What a pipeline saw, besides what its sink kept. */
export interface PipelineSummary {
  /** Input records read, good or bad. */
  readonly records: number;
  /** Records without a result. */
  readonly failed: number;
  /** The first of them, for the message. */
  readonly firstFailure: { readonly line: number; readonly message: string } | undefined;
}

/**
 * How a batch command ends, after all its output: exit 2 (`INVALID_INPUT`, naming the count and
 * the first bad line) when records failed, whatever else it found; else a verdict (exit 1) when
 * `--fail-on` names a mark that a record carried. `verb` says what a record could not be
 * (`computed`, `classified`).
 *
 * @example
 * endOfBatch({ records: 3, failed: 0, firstFailure: undefined }, 'computed', statuses.keys(), new Set(['breached'])) //=> 'ok'
 */
export function endOfBatch<K>(summary: PipelineSummary, verb: string, marks: Iterable<K>, failOn: ReadonlySet<K> | undefined): CommandResult {
  const first = summary.firstFailure;
  if (first !== undefined) {
    throw new SlaError(
      'INVALID_INPUT',
      `${summary.failed} of ${summary.records} records could not be read or ${verb}: each is in the output with an "error" field (first at line ${first.line}: ${first.message})`,
    );
  }
  if (failOn === undefined) return 'ok';
  for (const mark of marks) if (failOn.has(mark)) return 'verdict';
  return 'ok';
}

/** What a pipeline reads: a file or `-`, and the reader that splits it into records. */
export interface PipelineInput {
  /** A file, or `-` for standard input. */
  readonly input: string;
  /** The reader, which also knows a CSV input's header once read. */
  readonly records: RecordReader;
  /** The input already opened (and perhaps partly looked at), instead of opening `input`. */
  readonly source?: InputSource;
}

/**
 * Streams a batch of tickets: reads the input a chunk at a time, splits it
 * into records, judges each and hands each result, in input order, to the
 * sink; a record that cannot be read or judged goes to the sink as a problem
 * and the run goes on. The sink is flushed when full and after each read, so
 * that a slow feed (`tail -f`) sees each record soon, and memory stays flat
 * however long the input. Progress is drawn on a terminal's stderr.
 *
 * @example
 * const summary = await runPipeline({ input: 'tickets.ndjson', records: new RecordReader() }, (fields) => judgeTicket(context, tickets.read(fields)), sink, io);
 * summary.failed //=> 0
 */
export async function runPipeline<T>(from: PipelineInput, judge: RecordJudge<T>, sink: RecordSink<T>, io: Io): Promise<PipelineSummary> {
  const source = from.source ?? openInput(from.input, io);
  const progress = new Progress(io.stderrIsTTY === true, (s) => io.err(s), () => io.now(), source.size);
  const tally = newTally();

  try {
    for await (const batch of from.records.batches(source.chunks)) {
      for (const record of batch) {
        passRecord(record, judge, sink, tally);
        if (sink.full) await sink.flush();
      }
      // The end of a read: what is done goes out now, so that a slow feed sees each record soon.
      await sink.flush();
      progress.update(source.bytesRead(), tally.records);
    }
    sink.end();
    await sink.flush();
  } catch (err) {
    // A failure part way (an unreadable input, a bug) still lets the results before it out; a failed output cannot take them.
    if (!(err instanceof SlaError && err.code === 'OUTPUT_FAILED')) await sink.flush().catch(() => undefined);
    throw err;
  } finally {
    progress.done();
  }
  return { ...tally };
}

/** What a pipeline has counted so far: {@link PipelineSummary}, as it grows. */
export interface PipelineTally {
  records: number;
  failed: number;
  firstFailure: PipelineSummary['firstFailure'];
}

/**
 * An empty tally.
 *
 * @example
 * newTally() //=> { records: 0, failed: 0, firstFailure: undefined }
 */
export function newTally(): PipelineTally {
  return { records: 0, failed: 0, firstFailure: undefined };
}

/**
 * Hands one record to the sink, as every batch does it (on the main thread and
 * in a batch worker alike): judged when it was read, else, or when the judge
 * or the sink refuses it with an `SlaError`, as a problem; counted in `tally`.
 * Any other error is a bug and goes up.
 *
 * @example
 * passRecord({ line: 2, fields: { id: 'T-1', opened: '2025-06-02T10:00', plan: 'basic' } }, judge, sink, tally);
 * tally.records //=> 1
 */
export function passRecord<T>(record: RawRecord, judge: RecordJudge<T>, sink: RecordSink<T>, tally: PipelineTally): void {
  tally.records++;
  const { fields, line } = record;
  let problem = record.problem;
  if (fields) {
    try {
      sink.accept(judge(fields), fields, line);
    } catch (err) {
      if (!(err instanceof SlaError)) throw err;
      problem = err;
    }
  }
  if (problem) {
    tally.failed++;
    tally.firstFailure ??= { line, message: problem.message };
    sink.reject(problem, fields, line);
  }
}
