import { choiceOption } from '../choice-option';
import { jsonOrFormat } from '../json-or-format';
import { loadPolicy, withAnyPathOption } from '../policy-options';
import { LANGS, type Lang } from '../render/shared/labels';
import { renderTableCsv } from '../render/table/table-csv';
import { tableToJson } from '../render/table/table-json';
import { renderTableMarkdown } from '../render/table/table-markdown';
import { tableModel } from '../render/table/table-model';
import { renderTableText } from '../render/table/table-text';
import type { CommandContext } from '../command-context';

/** The output formats of `sla table`. */
export const TABLE_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
type TableFormat = (typeof TABLE_FORMATS)[number];

interface TableOptions {
  policy?: string;
  allowAnyPath?: boolean;
  format?: TableFormat;
  json?: boolean;
  lang: Lang;
}

/**
 * Registers `sla table`: the policy's response-time matrix, as the policy document shows it.
 *
 * @example
 * registerTable(context) // sla table --format markdown --lang nl
 */
export function registerTable({ program, io, paint }: CommandContext): void {
  withAnyPathOption(
    program
      .command('table')
      .description('the response-time matrix of the policy: priorities by plans, with its footnotes')
      .option('--policy <file>', 'policy JSON file (default: the built-in policy)'),
  )
    // The default is `table` on a terminal and in a pipe alike, so that output never changes with where it goes.
    .addOption(choiceOption('--format <format>', 'output format (default: table)', TABLE_FORMATS))
    .option('-j, --json', 'print JSON: the same as --format json')
    .addOption(choiceOption('--lang <lang>', 'language of the labels', LANGS).default('en'))
    .action((options: TableOptions) => {
      const format = jsonOrFormat(options, 'table');
      const { lang } = options;
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
