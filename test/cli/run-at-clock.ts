import { join } from 'node:path';
import type { Io } from '../../src/cli/io';
import { plain } from '../../src/cli/paint';
import { run } from '../../src/cli/run';
import { ROOT, type SlaRun } from './run-sla';

/** What a run at a fixed clock may be given: standard input, and whether it is a terminal. */
export interface ClockRunOptions {
  input?: string;
  stdinIsTTY?: boolean;
}

/**
 * Runs `sla` in process with the clock stopped at `clockMs`, for what "now"
 * shows without `--now` (`--opened now`, `--now now`), and with standard input
 * a terminal or not. Plain output; stdout and stderr collected.
 *
 * @example
 * await slaAtClock(Date.parse('2025-06-02T10:26:19.397+02:00'), ['deadline', '--opened', 'now'])
 * //=> { code: 0, stdout: 'P3 General Issue, opened Mon 2 Jun 2025 10:26:19 +02:00 ...', stderr: '' }
 */
export async function slaAtClock(clockMs: number, args: string[], opts: ClockRunOptions = {}): Promise<SlaRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    readStdin: async () => opts.input ?? '',
    now: () => clockMs,
    cwd: ROOT,
    holidaysDir: join(ROOT, 'holidays'),
    color: false,
    stdinIsTTY: opts.stdinIsTTY ?? false,
  };
  const code = await run(args, io, plain);
  return { code, stdout, stderr };
}
