import { isCommandName, type CommandName, type CommandSet, type RegisterCommand } from './command-context';
import { commandNamed, PROGRAM_FLAGS } from './program';

// One loader a command, so that a run loads the code of the command it names and no other:
// a `sla deadline` never loads the classifier's stemmers or the report's charts.
const LOADERS: Record<CommandName, () => Promise<RegisterCommand>> = {
  deadline: async () => (await import('./commands/deadline')).registerDeadline,
  table: async () => (await import('./commands/table')).registerTable,
  policy: async () => (await import('./commands/policy')).registerPolicy,
  classify: async () => (await import('./commands/classify')).registerClassify,
  report: async () => (await import('./commands/report')).registerReport,
  holidays: async () => (await import('./commands/holidays')).registerHolidays,
  config: async () => (await import('./commands/config')).registerConfig,
};

/**
 * The commands a run with these arguments can reach: the command they name
 * alone, or, for help, `sla help`, completion and errors, every command.
 *
 * @example
 * Object.keys(await loadCommands(['deadline', '--plan', 'professional'])) //=> ['deadline']
 * Object.keys(await loadCommands(['--help'])).length //=> 8
 */
export async function loadCommands(args: readonly string[]): Promise<CommandSet> {
  const named = commandNamed(args, PROGRAM_FLAGS);
  if (named === undefined || !isCommandName(named)) return (await import('./all-commands')).ALL_COMMANDS;
  const only: CommandSet = {};
  only[named] = await LOADERS[named]();
  return only;
}
