import { SlaError } from '../../errors/sla-error';
import type { Io } from '../io';
import type { CommandResult } from '../sla-command';
import { openInput } from './open-input';
import { Progress } from './progress';
import type { RecordReader } from './read-records';

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
  const source = openInput(from.input, io);
  const progress = new Progress(io.stderrIsTTY === true, (s) => io.err(s), () => io.now(), source.size);
  let count = 0;
  let failed = 0;
  let firstFailure: PipelineSummary['firstFailure'];

  try {
    for await (const batch of from.records.batches(source.chunks)) {
      for (const record of batch) {
        count++;
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
          failed++;
          firstFailure ??= { line, message: problem.message };
          sink.reject(problem, fields, line);
        }
        if (sink.full) await sink.flush();
      }
      // The end of a read: what is done goes out now, so that a slow feed sees each record soon.
      await sink.flush();
      progress.update(source.bytesRead(), count);
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
  return { records: count, failed, firstFailure };
}
