import { Command, CommanderError, Option, type ErrorOptions } from 'commander';

/**
 * What a command's action hands back to `run`: `ok` when it gave its answer,
 * `verdict` when the answer is the negative verdict the user asked about (a
 * `--fail-on` status found, a failed test case, a policy that changed). An
 * action that returns nothing is `ok`. Errors are thrown, never returned.
 */
export type CommandResult = 'ok' | 'verdict';

/** What an action may return: a result, nothing (`ok`), or a promise of either. */
type ActionReturn = CommandResult | void | Promise<CommandResult | void>;

declare module 'commander' {
  interface Command {
    // SlaCommand keeps what an action returns; this lets a command file return it on any Command-typed chain.
    action(fn: (this: this, ...args: any[]) => ActionReturn): this;
  }
}

/** Errors where commander's hint to run `--help` helps: the command line's shape is wrong, not a value in it. */
const HINTED = new Set([
  'commander.unknownCommand',
  'commander.unknownOption',
  'commander.excessArguments',
  'commander.missingArgument',
  'commander.optionMissingArgument',
  'commander.missingMandatoryOptionValue',
]);

const HELP_HINT = '(run with --help for usage)';

/**
 * The `sla` program and each of its commands: commander's `Command`, with
 * two differences. commander's `parseAsync` discards what an action returns,
 * so the root keeps it instead (`result`), for `run` to turn into the exit
 * status. And a bad value reads as `sla`'s own messages do, on one line: the
 * message thrown by the option's parser (which quotes the value cut short
 * and names what is accepted), without commander's restatement of the raw
 * value before it and without the `--help` hint, which is kept for a command
 * line of the wrong shape (an unknown option or command, a missing argument).
 * With `jsonErrors` set, nothing is written here: the error is thrown for
 * `run` to write as one line of JSON.
 *
 * @example
 * const program = new SlaCommand('sla');
 * program.command('check').action(() => 'verdict');
 * await program.parseAsync(['check'], { from: 'user' });
 * program.result //=> 'verdict'
 */
export class SlaCommand extends Command {
  /** What the action that ran returned; `ok` until one returns otherwise. Kept on the root command. */
  result: CommandResult = 'ok';

  /**
   * Whether a usage error is left for `run` to write, as JSON, rather than
   * written here as text: set on the root when `--json` is among the
   * arguments, since a usage error can come before the options are known.
   */
  jsonErrors = false;

  /**
   * commander's `.version(text, flags)`, plus `alias`, another flag that
   * prints the version too but is not shown in help: `-v, --version` as most
   * tools spell it, and `-V`, commander's usual flag, for those used to it.
   *
   * @example
   * new SlaCommand('sla').versionFlags('0.1.0', '-v, --version', '-V') // sla -V → 0.1.0
   */
  versionFlags(text: string, flags: string, alias: string): this {
    this.version(text, flags);
    const option = new Option(alias, 'output the version number').hideHelp();
    this.addOption(option);
    // As commander does for its own version flag: print, then end the run with exit code 0.
    this.on(`option:${option.name()}`, () => {
      this.configureOutput().writeOut?.(`${text}\n`);
      throw new CommanderError(0, 'commander.version', text);
    });
    return this;
  }

  override createCommand(name?: string): SlaCommand {
    return new SlaCommand(name);
  }

  override action(fn: (this: this, ...args: any[]) => ActionReturn): this {
    // commander calls a handler with the command it was set on as `this`: the very command captured here.
    return super.action(async (...args: unknown[]): Promise<void> => {
      const returned = await fn.apply(this, args);
      root(this).result = returned ?? 'ok';
    });
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    const code = errorOptions?.code;
    const own = longFlagsOnly(code === 'commander.invalidArgument' ? parserMessage(message) : message);
    if (root(this).jsonErrors) {
      // Nothing is written here: `run` writes the one JSON line, from the error thrown as commander would throw it.
      throw new CommanderError(errorOptions?.exitCode ?? 1, code ?? 'commander.error', own.replace(/^error: /, ''));
    }
    this.showHelpAfterError(code !== undefined && HINTED.has(code) ? HELP_HINT : false);
    return super.error(own, errorOptions);
  }
}

/** The command at the top of a command's tree. */
function root(command: Command): SlaCommand {
  let top = command;
  while (top.parent) top = top.parent;
  // The program is built as an SlaCommand, so its root always is one.
  if (!(top instanceof SlaCommand)) throw new TypeError('the program is not an SlaCommand');
  return top;
}

/**
 * commander's message with each option named by its long flag, as `sla`'s
 * own messages and the README name it: commander quotes an option's whole
 * flags, and `option '-o, --opened <iso>' cannot be used with ...` reads
 * better as `option '--opened <iso>' ...`.
 *
 * @example
 * longFlagsOnly("error: option '--input <file>' cannot be used with option '-o, --opened <iso>'")
 * //=> "error: option '--input <file>' cannot be used with option '--opened <iso>'"
 */
export function longFlagsOnly(message: string): string {
  return message.replace(/option '-[A-Za-z], (--[^']+)'/g, "option '$1'");
}

/**
 * The message an option's or argument's parser threw, out of commander's
 * `error: option '--warn <threshold>' argument '5x' is invalid. MESSAGE`:
 * commander repeats the value raw and whole, where `sla` quotes it cut after
 * 60 characters. The last `is invalid.` ends commander's part, since a
 * value may hold those words but a parser's message does not.
 *
 * @example
 * parserMessage(`error: option '--warn <threshold>' argument '5x' is invalid. invalid --warn "5x": give ...`)
 * //=> 'error: invalid --warn "5x": give ...'
 */
export function parserMessage(message: string): string {
  const own = /^error: (?:option '[^']*' argument|command-argument value) '[\s\S]*' is invalid(?: for argument '[^']*')?\. ([\s\S]*)$/.exec(message);
  return own ? `error: ${own[1]}` : message;
}
