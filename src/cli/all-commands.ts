import type { CommandSet } from './command-context';
import { registerClassify } from './commands/classify';
import { registerCompletion } from './commands/completion';
import { registerConfig } from './commands/config';
import { registerDeadline } from './commands/deadline';
import { registerHolidays } from './commands/holidays';
import { registerPolicy } from './commands/policy';
import { registerReport } from './commands/report';
import { registerTable } from './commands/table';

/**
 * Every command of `sla`, in the order help lists them: for help, errors,
 * completion and the man page, which need the whole tree.
 *
 * @example
 * createProgram(io, () => plain, ALL_COMMANDS).commands.map((c) => c.name())[0] //=> 'deadline'
 */
export const ALL_COMMANDS: CommandSet = {
  deadline: registerDeadline,
  table: registerTable,
  policy: registerPolicy,
  classify: registerClassify,
  report: registerReport,
  holidays: registerHolidays,
  config: registerConfig,
  completion: registerCompletion,
};
