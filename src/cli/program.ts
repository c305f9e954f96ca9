import { Command } from 'commander';
import { registerClassify } from './commands/classify';
import { registerDeadline } from './commands/deadline';
import { registerHolidays } from './commands/holidays';
import { registerPolicy } from './commands/policy';
import { registerReport } from './commands/report';
import { registerTable } from './commands/table';
import type { Io } from './io';
import type { Paint } from './paint';
import { version } from '../../package.json';

/**
 * Builds the `sla` command tree. Commander's own exits are turned into
 * exceptions (`exitOverride`) so that one place, `run`, decides exit codes.
 *
 * @example
 * await createProgram(io, plain).parseAsync(['node', 'sla', 'deadline', '--plan', 'professional'])
 */
export function createProgram(io: Io, paint: Paint): Command {
  const program = new Command('sla')
    .description('Support-SLA calculator: first-response deadlines in business hours')
    .version(version, '-V, --version')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`sla: ${s.replace(/^error: /, '')}`),
    })
    .showHelpAfterError('(run with --help for usage)')
    .allowExcessArguments(false);
  registerDeadline(program, io, paint);
  registerTable(program, io, paint);
  registerPolicy(program, io, paint);
  registerClassify(program, io, paint);
  registerReport(program, io, paint);
  registerHolidays(program, io, paint);
  return program;
}
