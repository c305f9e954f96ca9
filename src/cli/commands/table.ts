import type { Command } from 'commander';
import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';
import type { Io } from '../io';
import type { Paint } from '../paint';
import { loadPolicy, withAnyPathOption } from '../policy-options';
import { parseLang } from '../render/shared/labels';
import { renderTableCsv } from '../render/table/table-csv';
import { tableToJson } from '../render/table/table-json';
import { renderTableMarkdown } from '../render/table/table-markdown';
import { tableModel } from '../render/table/table-model';
import { renderTableText } from '../render/table/table-text';

/** The output formats of `sla table`. */
export const TABLE_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
type TableFormat = (typeof TABLE_FORMATS)[number];

interface TableOptions {
  policy?: string;
  allowAnyPath?: boolean;
  format?: string;
  json?: boolean;
  lang: string;
}

/**
 * The format asked for: `--format`, or `json` for `--json`. The default is
 * `table` on a terminal and in a pipe alike, so that output never changes
 * with where it goes; scripts ask for a format.
 *
 * @example
 * tableFormat({ json: true, lang: 'en' }) //=> 'json'
 */
export function tableFormat(options: Pick<TableOptions, 'format' | 'json'>): TableFormat {
  const asked = options.format?.trim().toLowerCase();
  if (asked !== undefined && !(TABLE_FORMATS as readonly string[]).includes(asked)) {
    throw new SlaError('USAGE', `invalid --format ${quoteValue(options.format!)}: accepted are ${TABLE_FORMATS.join(', ')}`);
  }
  if (options.json && asked !== undefined && asked !== 'json') {
    throw new SlaError('USAGE', `--json and --format ${asked} ask for different formats: give one of them`);
  }
  return options.json ? 'json' : ((asked as TableFormat | undefined) ?? 'table');
}

/**
 * Registers `sla table`: the policy's response-time matrix, as the policy document shows it.
 *
 * @example
 * registerTable(program, io, paint) // sla table --format markdown --lang nl
 */
export function registerTable(program: Command, io: Io, paint: Paint): void {
  withAnyPathOption(
    program
      .command('table')
      .description('the response-time matrix of the policy: priorities by plans, with its footnotes')
      .option('--policy <file>', 'policy JSON file (default: the built-in policy)'),
  )
    .option('--format <format>', `output format: ${TABLE_FORMATS.join('|')} (default: table)`)
    .option('--json', 'print JSON: the same as --format json')
    .option('--lang <lang>', 'language of the labels: en|nl', 'en')
    .action((options: TableOptions) => {
      const format = tableFormat(options);
      const lang = parseLang(options.lang);
      const { policy, calendars } = loadPolicy({ policy: options.policy, allowAnyPath: options.allowAnyPath }, io);
      const model = tableModel(policy, calendars, lang);
      switch (format) {
        case 'json':
          return io.out(`${JSON.stringify(tableToJson(model), null, 2)}\n`);
        case 'csv':
          return io.out(renderTableCsv(model));
        case 'markdown':
          return io.out(renderTableMarkdown(model));
        case 'table':
          return io.out(renderTableText(model, paint));
      }
    });
}
