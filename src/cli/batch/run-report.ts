import { DEFAULT_WARN } from '../../core/sla-status';
import { judgeTicket, type JudgeContext, type JudgedTicket } from '../../domain/judge-ticket';
import type { LoadedPolicy } from '../../domain/load-policy-with-calendars';
import type { Io } from '../io';
import { runPipeline, type RecordSink } from './pipeline';
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
 * Reads a batch of tickets and sums them up per group, one chunk at a time
 * (see {@link runPipeline}): tickets opened in the range are judged at `now`
 * (see `slaStatus`) and counted; bad records are counted apart, with the
 * first for the message.
 *
 * @example
 * const report = await runReport({ input: 'june.csv', inputFormat: undefined, loaded, by: ['plan'], fromMs: null, toMs: null, nowMs }, io);
 * report.total.percentMet //=> 92.5
 */
export async function runReport(options: ReportOptions, io: Io): Promise<ReportModel> {
  const { policy, schedule } = options.loaded;
  const { fromMs, toMs, nowMs, by } = options;
  const records = new RecordReader(options.inputFormat);
  // The warning threshold plays no part in a report: at-risk tickets are open, like on-track ones.
  const tickets = new TicketReader(policy, schedule.zone);
  const context: JudgeContext = { policy, schedule, nowMs, warn: DEFAULT_WARN };
  // A ticket opened outside the range is read (a bad record is still counted as one) but not judged: null.
  const judge = (fields: Record<string, unknown>): JudgedTicket | null => {
    const ticket = tickets.read(fields);
    const opened = ticket.openedMs;
    return (fromMs !== null && opened < fromMs) || (toMs !== null && opened >= toMs) ? null : judgeTicket(context, ticket);
  };
  const sink = reportSink(new ReportGroups(policy, schedule, by));
  const summary = await runPipeline({ input: options.input, records }, judge, sink, io);
  const { records: count, failed, firstFailure } = summary;
  return { by, fromMs, toMs, nowMs, ...sink.groups.result(), records: count, outside: sink.outside, failed, firstFailure };
}

/** The sink of `sla report`: judged tickets into their groups, and a count of those outside the range. */
interface ReportSink extends RecordSink<JudgedTicket | null> {
  readonly groups: ReportGroups;
  readonly outside: number;
}

/**
 * Counts each judged ticket into the report's groups; nothing is written
 * until the whole input is read, so there is nothing to flush.
 *
 * @example
 * const sink = reportSink(new ReportGroups(policy, schedule, ['plan']));
 * sink.accept(judged, { id: 'T-1' }, 2);
 */
function reportSink(groups: ReportGroups): ReportSink {
  const sink = {
    groups,
    outside: 0,
    accept(judged: JudgedTicket | null, fields: Record<string, unknown>, line: number) {
      if (judged === null) sink.outside++;
      else groups.add(judged, fields.id, line);
    },
    reject() {
      // Counted by the pipeline, with the first for the message; a report has no error records.
    },
    full: false,
    flush: () => Promise.resolve(),
    end() {},
  };
  return sink;
}
