import { CommanderError } from 'commander';
import { SlaError } from '../errors/sla-error';
import { EXIT, exitCodeFor } from './exit-codes';
import type { Io } from './io';
import { plain, type Paint } from './paint';
import { createProgram } from './program';
import type { CommandResult, SlaCommand } from './sla-command';
import { withSettingNote } from './config/apply-settings';

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
 * @example
 * await run(['deadline', '--priority', '1', '--plan', 'professional'], io, plain) //=> 0
 */
export async function run(args: readonly string[], io: Io, paint: Paint | (() => Paint) = plain): Promise<number> {
  let code: number;
  let program: SlaCommand | undefined;
  try {
    program = createProgram(io, typeof paint === 'function' ? paint : () => paint);
    await program.parseAsync([...args], { from: 'user' });
    code = exitCodeOf(program.result);
  } catch (err) {
    // A value from a config file or the environment that the command refused is named with where it was set.
    code = endWith(withSettingNote(err, program), io);
    if (err instanceof SlaError && err.code === 'OUTPUT_FAILED') return code;
  }
  const failure = io.outputFailure?.();
  return failure === undefined ? code : endWith(failure, io);
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
 * stderr: help and usage go through commander's own output, an `SlaError`
 * prints its message and details, and anything else is a bug. `main` calls
 * it too, for a write that fails after `run` has returned.
 *
 * @example
 * endWith(new SlaError('OUTPUT_FAILED', 'cannot write output: no space left on device (ENOSPC)'), io) //=> 3
 */
export function endWith(err: unknown, io: Io): number {
  if (err instanceof CommanderError) {
    // Help and --version end through here too, with exit code 0.
    return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  }
  if (err instanceof SlaError) {
    io.err(`sla: ${err.message}\n${err.details.map((d) => `  ${d}\n`).join('')}`);
    return exitCodeFor(err.code);
  }
  io.err(`sla: unexpected error: ${(err as Error)?.message ?? String(err)} (this is a bug; please report it)\n`);
  return EXIT.INTERNAL;
}
