import { CommanderError, type Command } from 'commander';
import { isCommandName, type CommandContext, type CommandSet } from './command-context';
import type { Io } from './io';
import { paintOf, plain, type Paint } from './paint';
import { SlaCommand } from './sla-command';
import { applySettings } from './config/apply-settings';
import { configKeyForFlag, type ConfigKeyName } from './config/config-keys';
import { loadSettings, type Settings } from './config/settings';
import { renderSettingsReport, settingRows } from './config/settings-report';
import { version } from '../../package.json';

/** The global option that prints the settings in effect instead of running the command. */
const PRINT_CONFIG = '--print-config';

/** The program's own flags, none of which takes a value (a test holds this list to the program's options). */
export const PROGRAM_FLAGS: readonly string[] = ['-v', '--version', '--no-color', PRINT_CONFIG, '-V'];

/**
 * Builds the `sla` command tree. Commander's own exits are turned into
 * exceptions (`exitOverride`) and what an action returns is kept on the
 * program (`result`), so that one place, `run`, decides exit codes. `colors`
 * makes the paint for coloured output; it is called, once the options are
 * parsed, only when `io.color` allows colour and `--no-color` is not given.
 *
 * It adds the `commands` it is given ({@link loadCommands} loads those the
 * arguments can reach, {@link ALL_COMMANDS} is every one). Given the arguments
 * (`args`), it builds only what they can reach: when they name a command, just
 * that command (start-up is the time of a single short run, and building every
 * command's options is a good part of it); otherwise, for help, `sla help`,
 * completion and errors, every command given. Without `args` (the man page,
 * tests), every command given.
 *
 * `--print-config`, on any command, prints what `sla config` prints for the
 * settings that command would run with (its flags, the environment, the
 * config files) and ends the run with exit 0; alone, it runs `sla config`.
 *
 * @example
 * const program = createProgram(io, () => plain, ALL_COMMANDS);
 * await program.parseAsync(['deadline', '--plan', 'professional'], { from: 'user' });
 * program.result //=> 'ok'
 */
export function createProgram(io: Io, colors: () => Paint, commands: CommandSet, args?: readonly string[]): SlaCommand {
  let chosen: Paint = plain;
  const paint = paintOf(() => chosen);
  // Looked up once, and only when a command about to run has an option a setting fills in.
  let found: Settings | undefined;
  const settings = (): Settings => (found ??= loadSettings({ cwd: io.cwd, env: io.env }));
  const printConfig = args !== undefined && optionsOf(args).includes(PRINT_CONFIG);
  // The text each setting's flag was given, as typed, by command: commander keeps only the parsed value.
  const flagTexts = new Map<Command, Map<ConfigKeyName, string>>();
  const program = new SlaCommand('sla')
    .description('Support-SLA calculator: first-response deadlines in business hours')
    .versionFlags(version, '-v, --version', '-V')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option(PRINT_CONFIG, 'print each setting in effect and where it comes from (as sla config), then exit')
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
      if (program.opts().printConfig === true && command.name() !== 'config') {
        const json = command.opts().json === true;
        io.out(renderSettingsReport(settingRows(settings(), flagTexts.get(command) ?? new Map()), settings(), paint, json));
        throw new CommanderError(0, 'sla.printConfig', 'printed the settings');
      }
    });
  const named = args === undefined ? undefined : commandNamed(args, PROGRAM_FLAGS);
  // `sla --print-config` alone is `sla config`.
  const context: CommandContext = { program, io, paint, settings, configIsDefault: printConfig && named === undefined };
  const only = named !== undefined && isCommandName(named) ? commands[named] : undefined;
  if (only !== undefined) only(context);
  else for (const register of Object.values(commands)) register?.(context);
  if (printConfig) for (const command of program.commands) recordFlagTexts(command, flagTexts);
  return program;
}

/** Has each option of `command` (and of its subcommands) that a setting fills in note the text it is given. */
function recordFlagTexts(command: Command, into: Map<Command, Map<ConfigKeyName, string>>): void {
  for (const option of command.options) {
    const key = configKeyForFlag(option.long);
    if (key === undefined) continue;
    command.on(`option:${option.name()}`, (text: unknown) => {
      if (typeof text !== 'string') return;
      const texts = into.get(command) ?? new Map<ConfigKeyName, string>();
      texts.set(key.key, text);
      into.set(command, texts);
    });
  }
  for (const sub of command.commands) recordFlagTexts(sub, into);
}

/** The arguments that may be options: those before a `--`, after which all are operands. */
function optionsOf(args: readonly string[]): readonly string[] {
  const end = args.indexOf('--');
  return end === -1 ? args : args.slice(0, end);
}

/**
 * The command the arguments name, as commander finds it: the first argument
 * that is not one of the program's own options (`programFlags`, none of which
 * takes a value), unless it is another option (then commander takes no
 * command: the rest is for a default command, or an error), or the one after
 * `--`.
 *
 * @example
 * commandNamed(['--no-color', 'deadline', '-p', '1'], ['--no-color']) //=> 'deadline'
 * commandNamed(['--print-config', '--plan', 'advanced'], ['--print-config']) //=> undefined
 */
export function commandNamed(args: readonly string[], programFlags: ReadonlyArray<string | undefined>): string | undefined {
  const first = args.findIndex((arg) => !programFlags.includes(arg));
  const arg = args[first];
  if (arg === '--') return args[first + 1];
  return arg === undefined || (arg.length > 1 && arg.startsWith('-')) ? undefined : arg;
}
