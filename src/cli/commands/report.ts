import { resolve } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';
import { checkOutputPath, writeOutputFile } from '../../io/write-output-file';
import { inputMappingRequest, ticketReadingFrom, withInputMappingOptions, type InputMappingOptions } from '../batch/input-mapping-options';
import { INPUT_FORMATS, type InputFormat } from '../batch/read-records';
import { GROUP_DIMENSIONS, parseGroupBy, type GroupDimension } from '../batch/report-groups';
import { runReport } from '../batch/run-report';
import { choiceOption } from '../choice-option';
import { loadPolicy, withPolicyOptions, type PolicyOptions } from '../policy-options';
import { renderReportCsv } from '../render/report/report-csv';
import { renderReportHtml } from '../render/report/report-html';
import { reportToJson } from '../render/report/report-json';
import { renderReportText } from '../render/report/report-text';
import { momentFrom, nowFrom, rangeEndFrom } from '../moments';
import type { CommandContext } from '../command-context';

interface ReportOptions extends PolicyOptions, InputMappingOptions {
  from?: string;
  to?: string;
  by: GroupDimension[];
  json?: boolean;
  csv?: boolean;
  html?: string;
  now?: string;
  precise?: boolean;
  inputFormat?: InputFormat;
}

/**
 * Registers `sla report FILE|-`: how well the SLA was kept, per group, over a
 * batch of tickets with their first responses. With `--html FILE` the report
 * is also written as a web page: stdout still gets the text (or JSON, CSV)
 * a terminal user expects, and stderr one line naming the file.
 *
 * @example
 * registerReport(context) // sla report june.csv --by plan,priority --now 2025-07-01T09:00 --html june.html
 */
export function registerReport({ program, io, paint }: CommandContext): void {
  const command = withInputMappingOptions(
    program
      .command('report')
      .description('how well the SLA was kept: met, missed and breached tickets per group, with first-response times')
      .argument('<file>', 'tickets: NDJSON or CSV with a header ("-" for standard input)')
      .option('--from <date>', 'only tickets opened at or after this date (ISO 8601; a date alone is its midnight), or "now" (--now)')
      .option('--to <date>', 'only tickets opened before this date-time, or on or before this date (a date alone), or "now" (--now)')
      .addOption(
        new Option('--by <groups>', `group by a comma list of ${GROUP_DIMENSIONS.join(', ')} and input fields (e.g. team)`).argParser(parseGroupBy).default(['plan', 'priority'], 'plan,priority'),
      )
      .addOption(new Option('-j, --json', 'print JSON').conflicts('csv'))
      .option('--csv', 'print CSV: one row per group, then the total')
      .addOption(new Option('--html <file>', 'also write the report as one self-contained web page (tables and charts) to this file').argParser(parseHtmlFile))
      .option('-n, --now <iso>', 'the moment open tickets are judged at, or "now" (default: the clock)')
      .option('--precise', 'in text, show the milliseconds of times that have them (JSON and CSV always do)')
      .addOption(choiceOption('--input-format <format>', 'the input format (default: detected from the content)', INPUT_FORMATS)),
  );
  withPolicyOptions(command).action(async (file: string, options: ReportOptions) => {
    const { by, inputFormat } = options;
    const mapping = inputMappingRequest(options);
    const loaded = loadPolicy(options, io);
    const reading = ticketReadingFrom(mapping, loaded.policy, io);
    const zone = loaded.schedule.zone;
    // `now` in the range is the report's own now (`--now`, else the clock), as `--opened now` is elsewhere.
    const nowMs = nowFrom(options.now, zone, io);
    const fromMs = momentFrom(options.from, nowMs, zone);
    const toMs = options.to === undefined ? null : saysNow(options.to) ? nowMs : rangeEndFrom(options.to, zone, '--to');
    if (options.from !== undefined && options.to !== undefined && fromMs !== null && toMs !== null && toMs <= fromMs) {
      throw new SlaError('USAGE', `--to ${quoteValue(options.to)} is not after --from ${quoteValue(options.from)}: the range holds no time`);
    }
    // A path that cannot be written is refused before the input is read, not after.
    const html = options.html === undefined ? undefined : { file: options.html, path: resolve(io.cwd, options.html) };
    if (html !== undefined) checkOutputPath(html.path, html.file);

    const report = await runReport({ input: file, inputFormat, loaded, by, fromMs, toMs, nowMs, reading }, io);
    if (options.json) io.out(`${JSON.stringify(reportToJson(report, zone), null, 2)}\n`);
    else if (options.csv) io.out(renderReportCsv(report));
    else io.out(renderReportText(report, zone.name, paint, { precise: options.precise }));
    if (html !== undefined) {
      writeOutputFile(html.path, html.file, renderReportHtml(report, zone));
      const n = report.total.tickets;
      io.err(`sla: wrote ${quoteValue(html.file)}: the report as a web page (${n} ticket${n === 1 ? '' : 's'})\n`);
    }
    // The first failure is there exactly when a record failed.
    const first = report.firstFailure;
    if (first !== undefined) {
      throw new SlaError(
        'INVALID_INPUT',
        `${report.failed} of ${report.records} records could not be read or computed and are not counted (first at line ${first.line}: ${first.message})`,
      );
    }
  });
}

/** Whether a range option is the word `now`, in any case and with spaces around. */
const saysNow = (text: string): boolean => text.trim().toLowerCase() === 'now';

/**
 * Reads `--html FILE`: a file name; `-` is refused, since standard output
 * already has the report.
 *
 * @example
 * parseHtmlFile('june.html') //=> 'june.html'
 */
function parseHtmlFile(text: string): string {
  if (text === '-') throw new InvalidArgumentError('invalid --html "-": give a file name for the page (standard output has the text, JSON or CSV report)');
  return text;
}
