import { registerClassify } from './commands/classify';
import { registerCompletion } from './commands/completion';
import { registerConfig } from './commands/config';
import { registerDeadline } from './commands/deadline';
import { registerHolidays } from './commands/holidays';
import { registerPolicy } from './commands/policy';
import { registerReport } from './commands/report';
import { registerTable } from './commands/table';
import type { Io } from './io';
import { paintOf, plain, type Paint } from './paint';
import { SlaCommand } from './sla-command';
import { applySettings } from './config/apply-settings';
import { loadSettings, type Settings } from './config/settings';
import { version } from '../../package.json';

/**
 * Builds the `sla` command tree. Commander's own exits are turned into
 * exceptions (`exitOverride`) and what an action returns is kept on the
 * program (`result`), so that one place, `run`, decides exit codes. `colors`
 * makes the paint for coloured output; it is called, once the options are
 * parsed, only when `io.color` allows colour and `--no-color` is not given.
 *
 * @example
 * const program = createProgram(io, () => plain);
 * await program.parseAsync(['deadline', '--plan', 'professional'], { from: 'user' });
 * program.result //=> 'ok'
 */
export function createProgram(io: Io, colors: () => Paint): SlaCommand {
  let chosen: Paint = plain;
  const paint = paintOf(() => chosen);
  // Looked up once, and only when a command about to run has an option a setting fills in.
  let found: Settings | undefined;
  const settings = (): Settings => (found ??= loadSettings({ cwd: io.cwd, env: io.env }));
  const program = new SlaCommand('sla')
    .description('Support-SLA calculator: first-response deadlines in business hours')
    .versionFlags(version, '-v, --version', '-V')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`sla: ${s.replace(/^error: /, '')}`),
    })
    .allowExcessArguments(false)
    .hook('preAction', (_, command) => {
      // `--no-color` is a program option, given before or after the command's name.
      chosen = io.color && program.opts().color !== false ? colors() : plain;
      // Flags win; options left unset take the environment's or a config file's value.
      applySettings(command, settings);
    });
  registerDeadline(program, io, paint);
  registerTable(program, io, paint);
  registerPolicy(program, io, paint);
  registerClassify(program, io, paint);
  registerReport(program, io, paint);
  registerHolidays(program, io, paint);
  registerConfig(program, io, paint, settings);
  registerCompletion(program, io, settings);
  return program;
}
