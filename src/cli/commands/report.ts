import { Option, type Command } from 'commander';
import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';
import { INPUT_FORMATS, type InputFormat } from '../batch/read-records';
import { GROUP_DIMENSIONS, parseGroupBy, type GroupDimension } from '../batch/report-groups';
import { runReport } from '../batch/run-report';
import { choiceOption } from '../choice-option';
import type { Io } from '../io';
import type { Paint } from '../paint';
import { loadPolicy, withPolicyOptions, type PolicyOptions } from '../policy-options';
import { renderReportCsv } from '../render/report/report-csv';
import { reportToJson } from '../render/report/report-json';
import { renderReportText } from '../render/report/report-text';
import { instantOption, nowFrom, rangeEndFrom } from '../moments';

interface ReportOptions extends PolicyOptions {
  from?: string;
  to?: string;
  by: GroupDimension[];
  json?: boolean;
  csv?: boolean;
  now?: string;
  inputFormat?: InputFormat;
}

/**
 * Registers `sla report FILE|-`: how well the SLA was kept, per group, over a
 * batch of tickets with their first responses.
 *
 * @example
 * registerReport(program, io, paint) // sla report june.csv --by plan,priority --now 2025-07-01T09:00
 */
export function registerReport(program: Command, io: Io, paint: Paint): void {
  withPolicyOptions(
    program
      .command('report')
      .description('how well the SLA was kept: met, missed and breached tickets per group, with first-response times')
      .argument('<file>', 'tickets: NDJSON or CSV with a header ("-" for standard input)')
      .option('--from <date>', 'only tickets opened at or after this date (ISO 8601; a date alone is its midnight)')
      .option('--to <date>', 'only tickets opened before this date-time, or on or before this date (a date alone)')
      .addOption(
        new Option('--by <groups>', `group by a comma list of ${GROUP_DIMENSIONS.join(', ')}`).argParser(parseGroupBy).default(['plan', 'priority'], 'plan,priority'),
      )
      .addOption(new Option('--json', 'print JSON').conflicts('csv'))
      .option('--csv', 'print CSV: one row per group, then the total')
      .option('--now <iso>', 'the moment open tickets are judged at (default: the clock)')
      .addOption(choiceOption('--input-format <format>', 'the input format (default: detected from the content)', INPUT_FORMATS)),
  ).action(async (file: string, options: ReportOptions) => {
    const { by, inputFormat } = options;
    const loaded = loadPolicy(options, io);
    const zone = loaded.schedule.zone;
    const fromMs = instantOption(options.from, zone);
    const toMs = options.to === undefined ? null : rangeEndFrom(options.to, zone, '--to');
    if (fromMs !== null && toMs !== null && toMs <= fromMs) {
      throw new SlaError('USAGE', `--to ${quoteValue(options.to!)} is not after --from ${quoteValue(options.from!)}: the range holds no time`);
    }
    const nowMs = nowFrom(options.now, zone, io);

    const report = await runReport({ input: file, inputFormat, loaded, by, fromMs, toMs, nowMs }, io);
    if (options.json) io.out(`${JSON.stringify(reportToJson(report, zone), null, 2)}\n`);
    else if (options.csv) io.out(renderReportCsv(report));
    else io.out(renderReportText(report, zone.name, paint));
    if (report.failed > 0) {
      const first = report.firstFailure!;
      throw new SlaError(
        'INVALID_INPUT',
        `${report.failed} of ${report.records} records could not be read or computed and are not counted (first at line ${first.line}: ${first.message})`,
      );
    }
  });
}
