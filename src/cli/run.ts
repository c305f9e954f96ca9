import { CommanderError } from 'commander';
import { SlaError } from '../core/errors';
import { EXIT, exitCodeFor } from './exit-codes';
import type { Io } from './io';
import type { Paint } from './paint';
import { createProgram } from './program';
import { Verdict } from './verdict';

/**
 * Runs `sla` with arguments (without `node` and the script) and returns the exit
 * status. The one place errors become messages on stderr and exit codes; no
 * stack trace ever reaches the user.
 *
 * @example
 * await run(['deadline', '--priority', '1', '--plan', 'professional'], io, plain) //=> 0
 */
export async function run(args: readonly string[], io: Io, paint: Paint): Promise<number> {
  try {
    await createProgram(io, paint).parseAsync([...args], { from: 'user' });
    return EXIT.OK;
  } catch (err) {
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
}
