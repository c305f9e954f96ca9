import { CommanderError } from 'commander';
import { SlaError } from '../errors/sla-error';
import { EXIT, exitCodeFor } from './exit-codes';
import type { Io } from './io';
import { plain, type Paint } from './paint';
import { loadCommands } from './load-commands';
import { createProgram } from './program';
import type { CommandResult, SlaCommand } from './sla-command';
import { withSettingNote } from './config/apply-settings';
import { errorJsonLine, wantsJsonErrors } from './json-errors';

/**
 * Runs `sla` with arguments (without `node` and the script) and returns the exit
 * status. The one place results and errors become exit codes, and errors
 * messages on stderr; no stack trace ever reaches the user. A write to stdout
 * that failed ends the run with `OUTPUT_FAILED` (exit 3) even when the
 * command went on and succeeded or found a verdict: an answer that was not
 * written is neither.
 *
 * `paint` is the colouring for a terminal, or a function that makes it (so
 * that a colour library is loaded only when used): it is used when `io.color`
 * allows colour and `--no-color` is not given; otherwise output is plain.
 *
 * With `--json` (or `-j`) among the arguments, an error is one line of JSON
 * on stderr instead of the `sla: ...` text, usage errors included; the exit
 * status is the same.
 *
 * @example
 * await run(['deadline', '--priority', '1', '--plan', 'professional'], io, plain) //=> 0
 */
export async function run(args: readonly string[], io: Io, paint: Paint | (() => Paint) = plain): Promise<number> {
  let code: number;
  let program: SlaCommand | undefined;
  const json = wantsJsonErrors(args);
  try {
    program = createProgram(io, typeof paint === 'function' ? paint : () => paint, await loadCommands(args), args);
    program.jsonErrors = json;
    await program.parseAsync([...args], { from: 'user' });
    code = exitCodeOf(program.result);
  } catch (err) {
    // A value from a config file or the environment that the command refused is named with where it was set.
    code = endWith(withSettingNote(err, program), io, json);
    if (err instanceof SlaError && err.code === 'OUTPUT_FAILED') return code;
  }
  const failure = io.outputFailure?.();
  return failure === undefined ? code : endWith(failure, io, json);
}

/**
 * The exit status for what a command returned: 0 for its answer, 1 for the
 * negative verdict the user asked about (its output is complete, and nothing
 * more is said).
 *
 * @example
 * exitCodeOf('verdict') //=> 1
 */
export function exitCodeOf(result: CommandResult): number {
  return result === 'verdict' ? EXIT.VERDICT : EXIT.OK;
}

/**
 * The exit status for what ended a run, after its message (if any) on
 * stderr: help and usage go through commander's own output (with `json`,
 * commander writes nothing and the usage error is a `USAGE` line here), an
 * `SlaError` prints its message and details, and anything else is a bug.
 * With `json`, the message is one line of JSON (`errorJsonLine`). `main`
 * calls it too, for a write that fails after `run` has returned.
 *
 * @example
 * endWith(new SlaError('OUTPUT_FAILED', 'cannot write output: no space left on device (ENOSPC)'), io) //=> 3
 * endWith(new SlaError('UNKNOWN_PLAN', 'unknown plan "gold": ...'), io, true) //=> 2, after {"error":{"code":"UNKNOWN_PLAN",...}}
 */
export function endWith(err: unknown, io: Io, json = false): number {
  if (err instanceof CommanderError) {
    // Help and --version end through here too, with exit code 0.
    if (err.exitCode === 0) return EXIT.OK;
    // Help shown for a command line without a command has no message of its own.
    if (json) io.err(errorJsonLine('USAGE', err.code === 'commander.help' ? 'no command given (run with --help for usage)' : err.message));
    return EXIT.USAGE;
  }
  if (err instanceof SlaError) {
    io.err(json ? errorJsonLine(err.code, err.message, err.details) : `sla: ${err.message}\n${err.details.map((d) => `  ${d}\n`).join('')}`);
    return exitCodeFor(err.code);
  }
  const reason: unknown = typeof err === 'object' && err !== null && 'message' in err ? err.message : undefined;
  const message = `unexpected error: ${reason ?? String(err)} (this is a bug; please report it)`;
  io.err(json ? errorJsonLine('INTERNAL', message) : `sla: ${message}\n`);
  return EXIT.INTERNAL;
}
