import { SlaError } from '../../core/errors';
import type { SlaStatus, WarnThreshold } from '../../core/sla-status';
import type { Zone } from '../../core/zone';
import type { Io } from '../io';
import type { LoadedPolicy } from '../policy-options';
import { deadlineToJson } from '../render/deadline-json';
import { ChunkedOutput } from './chunked-output';
import { judgeTicket, type JudgeContext } from './judge-ticket';
import { openInput } from './open-input';
import { Progress } from './progress';
import { RecordReader, type InputFormat } from './read-records';
import { TicketReader } from './read-ticket';
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
export interface BatchSummary {
  readonly records: number;
  /** Records without a result. */
  readonly failed: number;
  /** The first of them, for the message. */
  readonly firstFailure: { readonly line: number; readonly message: string } | undefined;
  /** Records per status. */
  readonly statuses: ReadonlyMap<SlaStatus, number>;
}

/**
 * Streams a batch of tickets through `sla deadline`: reads the input a chunk
 * at a time, computes each record's deadline and status with the very
 * functions of the single-ticket command, and writes one output record per
 * input record, in order, in large chunks that wait for the reader. A record
 * that cannot be read or computed becomes an error record; the run goes on.
 *
 * @example
 * const summary = await runBatch({ input: 'tickets.ndjson', inputFormat: undefined, format: 'ndjson', loaded, zone, nowMs, warn: DEFAULT_WARN }, io);
 * summary.failed //=> 0
 */
export async function runBatch(options: BatchOptions, io: Io): Promise<BatchSummary> {
  const { policy, schedule } = options.loaded;
  const { zone, nowMs, warn } = options;
  const source = openInput(options.input, io);
  const records = new RecordReader(options.inputFormat);
  const tickets = new TicketReader(policy, schedule.zone);
  const judge: JudgeContext = { policy, schedule, nowMs, warn };
  const writer = recordWriter(options.format, () => records.columns);
  const write = io.write?.bind(io) ?? (async (text: string) => io.out(text));
  const out = new ChunkedOutput(write);
  const progress = new Progress(io.stderrIsTTY === true, (s) => io.err(s), () => io.now(), source.size);
  const statuses = new Map<SlaStatus, number>();
  let count = 0;
  let failed = 0;
  let firstFailure: BatchSummary['firstFailure'];

  try {
    for await (const batch of records.batches(source.chunks)) {
      for (const record of batch) {
        count++;
        const { fields, line } = record;
        let problem = record.problem;
        if (fields) {
          try {
            const { outcome, status } = judgeTicket(judge, tickets.read(fields));
            statuses.set(status.status, (statuses.get(status.status) ?? 0) + 1);
            out.push(writer.result(fields, deadlineToJson(outcome, zone, status)));
          } catch (err) {
            if (!(err instanceof SlaError)) throw err;
            problem = err;
          }
        }
        if (problem) {
          failed++;
          firstFailure ??= { line, message: problem.message };
          out.push(writer.error(fields, { code: problem.code, message: problem.message, line }));
        }
        if (out.full) await out.flush();
      }
      // The end of a read: what is done goes out now, so that a slow feed (`tail -f`) sees each record soon.
      await out.flush();
      progress.update(source.bytesRead(), count);
    }
    out.push(writer.end());
    await out.flush();
  } catch (err) {
    // A failure part way (an unreadable input, a bug) still lets the records computed before it out.
    if (!(err instanceof SlaError && err.code === 'OUTPUT_FAILED')) await out.flush().catch(() => undefined);
    throw err;
  } finally {
    progress.done();
  }
  return { records: count, failed, firstFailure, statuses };
}
