import { SlaError } from '../../core/errors';
import { DEFAULT_WARN } from '../../core/sla-status';
import type { Io } from '../io';
import type { LoadedPolicy } from '../policy-options';
import { judgeTicket, type JudgeContext } from './judge-ticket';
import { openInput } from './open-input';
import { Progress } from './progress';
import { RecordReader, type InputFormat } from './read-records';
import { TicketReader } from './read-ticket';
import { ReportGroups, type GroupDimension, type GroupStats } from './report-groups';

/** What a report needs. */
export interface ReportOptions {
  /** A file, or `-` for standard input. */
  readonly input: string;
  readonly inputFormat: InputFormat | undefined;
  readonly loaded: LoadedPolicy;
  readonly by: readonly GroupDimension[];
  /** Tickets opened at or after this instant; null for no bound. */
  readonly fromMs: number | null;
  /** Tickets opened before this instant; null for no bound. */
  readonly toMs: number | null;
  readonly nowMs: number;
}

/** A report's figures, for the renderers. */
export interface ReportModel {
  readonly by: readonly GroupDimension[];
  readonly fromMs: number | null;
  readonly toMs: number | null;
  readonly nowMs: number;
  readonly groups: readonly GroupStats[];
  readonly total: GroupStats;
  /** Input records read, in range or not, good or bad. */
  readonly records: number;
  /** Good records opened outside `--from`/`--to`. */
  readonly outside: number;
  /** Records that could not be read or computed. */
  readonly failed: number;
  readonly firstFailure: { readonly line: number; readonly message: string } | undefined;
}

/**
 * Reads a batch of tickets and sums them up per group, one chunk at a time:
 * tickets opened in the range are judged at `now` (see `slaStatus`) and
 * counted; bad records are counted apart, with the first for the message.
 *
 * @example
 * const report = await runReport({ input: 'june.csv', inputFormat: undefined, loaded, by: ['plan'], fromMs: null, toMs: null, nowMs }, io);
 * report.total.percentMet //=> 92.5
 */
export async function runReport(options: ReportOptions, io: Io): Promise<ReportModel> {
  const { policy, schedule } = options.loaded;
  const { fromMs, toMs, nowMs, by } = options;
  const source = openInput(options.input, io);
  const records = new RecordReader(options.inputFormat);
  // The warning threshold plays no part in a report: at-risk tickets are open, like on-track ones.
  const tickets = new TicketReader(policy, schedule.zone);
  const judge: JudgeContext = { policy, schedule, nowMs, warn: DEFAULT_WARN };
  const groups = new ReportGroups(policy, schedule, by);
  const progress = new Progress(io.stderrIsTTY === true, (s) => io.err(s), () => io.now(), source.size);
  let count = 0;
  let outside = 0;
  let failed = 0;
  let firstFailure: ReportModel['firstFailure'];
  try {
    for await (const batch of records.batches(source.chunks)) {
      for (const record of batch) {
        count++;
        let problem = record.problem;
        if (record.fields) {
          try {
            const ticket = tickets.read(record.fields);
            const opened = ticket.openedMs;
            if ((fromMs !== null && opened < fromMs) || (toMs !== null && opened >= toMs)) outside++;
            else groups.add(judgeTicket(judge, ticket), record.fields.id, record.line);
          } catch (err) {
            if (!(err instanceof SlaError)) throw err;
            problem = err;
          }
        }
        if (problem) {
          failed++;
          firstFailure ??= { line: record.line, message: problem.message };
        }
      }
      progress.update(source.bytesRead(), count);
    }
  } finally {
    progress.done();
  }
  return { by, fromMs, toMs, nowMs, ...groups.result(), records: count, outside, failed, firstFailure };
}
