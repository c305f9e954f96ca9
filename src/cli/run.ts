import { CommanderError } from 'commander';
import { SlaError } from '../errors/sla-error';
import { EXIT, exitCodeFor } from './exit-codes';
import type { Io } from './io';
import type { Paint } from './paint';
import { createProgram } from './program';
import { Verdict } from './verdict';

/**
 * Runs `sla` with arguments (without `node` and the script) and returns the exit
 * status. The one place errors become messages on stderr and exit codes; no
 * stack trace ever reaches the user. A write to stdout that failed ends the
 * run with `OUTPUT_FAILED` (exit 3) even when the command went on and
 * succeeded or found a verdict: an answer that was not written is neither.
 *
 * @example
 * await run(['deadline', '--priority', '1', '--plan', 'professional'], io, plain) //=> 0
 */
export async function run(args: readonly string[], io: Io, paint: Paint): Promise<number> {
  let code: number;
  try {
    await createProgram(io, paint).parseAsync([...args], { from: 'user' });
    code = EXIT.OK;
  } catch (err) {
    code = endWith(err, io);
    if (err instanceof SlaError && err.code === 'OUTPUT_FAILED') return code;
  }
  const failure = io.outputFailure?.();
  return failure === undefined ? code : endWith(failure, io);
}

/**
 * The exit status for what ended a run, after its message (if any) on
 * stderr: a verdict is 1 and says nothing more, help and usage go through
 * commander's own output, an `SlaError` prints its message and details, and
 * anything else is a bug. `main` calls it too, for a write that fails after
 * `run` has returned.
 *
 * @example
 * endWith(new SlaError('OUTPUT_FAILED', 'cannot write output: no space left on device (ENOSPC)'), io) //=> 3
 */
export function endWith(err: unknown, io: Io): number {
  if (err instanceof Verdict) return err.exitCode;
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
