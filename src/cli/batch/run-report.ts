import { quoteValue } from '../../core/quote-value';
import { DEFAULT_WARN } from '../../core/sla-status';
import { judgeTicket, type JudgeContext, type JudgedTicket } from '../../domain/judge-ticket';
import type { LoadedPolicy } from '../../domain/load-policy-with-calendars';
import { SlaError } from '../../errors/sla-error';
import type { Io } from '../io';
import { runPipeline, type RecordSink } from './pipeline';
import { RecordReader, type InputFormat } from './read-records';
import { TicketReader, type TicketReading } from './read-ticket';
import { refuseRepeated, repeatedNames } from './header-names';
import { isMappedField } from './input-mapping';
import { isBuiltIn, ReportGroups, type GroupDimension, type GroupStats } from './report-groups';
import { WeekCounter, type WeekCounts } from './report-weeks';

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
  /** How records are read (`--map`, `--preset`, ...); as written without. */
  readonly reading?: TicketReading;
}

/** A report's figures, for the renderers. */
export interface ReportModel {
  readonly by: readonly GroupDimension[];
  readonly fromMs: number | null;
  readonly toMs: number | null;
  readonly nowMs: number;
  readonly groups: readonly GroupStats[];
  readonly total: GroupStats;
  /** The counts per ISO week of the opening, whatever `by` is, in time order: the weekly trend. */
  readonly weeks: readonly WeekCounts[];
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
  // The warning threshold plays no part in a report: at-risk tickets are open, like on-track ones.
  const tickets = new TicketReader(policy, schedule.zone, options.reading);
  // A field dimension that names a mapped field (`customer`) reads its column; any other name, the field itself.
  const columnOf = (name: string): string => (isMappedField(name) ? tickets.columnOf(name) : name);
  const records = new RecordReader(options.inputFormat, (columns) => {
    // The id names the worst overruns.
    tickets.useColumns(columns, ['id']);
    checkGroupColumns(by, columnOf, columns);
  });
  const context: JudgeContext = { policy, schedule, nowMs, warn: DEFAULT_WARN };
  // A ticket opened outside the range is read (a bad record is still counted as one) but not judged: null.
  const judge = (fields: Record<string, unknown>): JudgedTicket | null => {
    const ticket = tickets.read(fields);
    const opened = ticket.openedMs;
    return (fromMs !== null && opened < fromMs) || (toMs !== null && opened >= toMs) ? null : judgeTicket(context, ticket);
  };
  const sink = reportSink(new ReportGroups(policy, schedule, by, columnOf), () => tickets.columnOf('id'), new WeekCounter(schedule));
  const summary = await runPipeline({ input: options.input, records }, judge, sink, io);
  const { records: count, failed, firstFailure } = summary;
  return { by, fromMs, toMs, nowMs, ...sink.groups.result(), weeks: sink.weeks.result(), records: count, outside: sink.outside, failed, firstFailure };
}

/** The sink of `sla report`: judged tickets into their groups and weeks, and a count of those outside the range. */
interface ReportSink extends RecordSink<JudgedTicket | null> {
  readonly groups: ReportGroups;
  readonly weeks: WeekCounter;
  readonly outside: number;
}

/**
 * Counts each judged ticket into the report's groups; nothing is written
 * until the whole input is read, so there is nothing to flush.
 *
 * @example
 * const sink = reportSink(new ReportGroups(policy, schedule, ['plan']), () => 'id', new WeekCounter(schedule));
 * sink.accept(judged, { id: 'T-1' }, 2);
 */
function reportSink(groups: ReportGroups, idColumn: () => string, weeks: WeekCounter): ReportSink {
  const sink = {
    groups,
    weeks,
    outside: 0,
    accept(judged: JudgedTicket | null, fields: Record<string, unknown>, line: number) {
      if (judged === null) sink.outside++;
      else {
        groups.add(judged, fields[idColumn()], line, fields);
        weeks.add(judged);
      }
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

/**
 * Refuses (`USAGE`) a `--by` field that a CSV header does not have, naming its
 * columns: every ticket would land in one group without a value; and one it
 * names more than once, whose values cannot be told apart.
 *
 * @example
 * checkGroupColumns(['plan', 'team'], (name) => name, ['id', 'opened', 'plan']) // throws: --by team names a column the input does not have
 */
function checkGroupColumns(by: readonly GroupDimension[], columnOf: (name: string) => string, header: readonly string[]): void {
  const repeated = repeatedNames(header);
  for (const dimension of by) {
    if (isBuiltIn(dimension)) continue;
    if (header.includes(columnOf(dimension))) {
      refuseRepeated(repeated, columnOf(dimension), `--by ${dimension}`, 'group by a column named once, or rename the repeated columns in the file');
      continue;
    }
    throw new SlaError(
      'USAGE',
      `--by ${dimension} names a column the input does not have: its columns are ${header.map((c) => quoteValue(c)).join(', ')}; give plan, priority, month, week or one of them`,
    );
  }
}
