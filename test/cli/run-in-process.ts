import { join } from 'node:path';
import { colorAllowed, type Io } from '../../src/cli/io';
import { terminalPaint } from '../../src/cli/terminal-paint';
import { run } from '../../src/cli/run';
import { ROOT, type SlaRun } from './run-sla';

export { ndjsonRecords, ROOT, type SlaRun } from './run-sla';

/** What a run may be given of its surroundings: the same options as the spawning `sla` of `run-sla.ts`. */
export interface SlaOptions {
  /**
   * The environment the run reads (`io.env`: settings, `SLA_BATCH_THREADS`); NO_COLOR and
   * FORCE_COLOR decide colour, stdout being taken as a pipe, as in a spawned run.
   */
  env?: Record<string, string>;
  /** The working directory relative paths start from; the repository root by default. */
  cwd?: string;
  /** Standard input; empty when left out, as for a spawned run with nothing piped in. */
  input?: string;
}

// Standard input arrives in pieces of this size from a pipe: a record or a character may be cut between two.
const PIPE_CHUNK = 64 * 1024;

async function* chunksOf(input: string): AsyncIterable<Uint8Array> {
  const bytes = Buffer.from(input, 'utf8');
  for (let at = 0; at < bytes.length; at += PIPE_CHUNK) yield bytes.subarray(at, at + PIPE_CHUNK);
}

/**
 * Runs `sla` in this process through `run`, with an `Io` that collects stdout
 * and stderr and reads standard input from `input`, and returns what a user
 * would see: the exit code and both streams. Colour is decided as `main`
 * decides it for a pipe: only FORCE_COLOR turns it on, NO_COLOR keeps it off,
 * and `run` itself honours `--no-color`. The clock is the real one unless the
 * arguments pin `--now`.
 *
 * @example
 * await sla(['deadline', '--json', '--opened', '2025-06-02T10:00:00+02:00', '--priority', '1', '--plan', 'professional'])
 * //=> { code: 0, stdout: '{\n  "opened": "2025-06-02T10:00:00+02:00", ...', stderr: '' }
 */
export async function sla(args: string[], opts: SlaOptions = {}): Promise<SlaRun> {
  let stdout = '';
  let stderr = '';
  const input = opts.input ?? '';
  const io: Io = {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    readStdin: async () => input,
    stdinChunks: () => chunksOf(input),
    write: async (data, written) => {
      stdout += typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
      written?.();
    },
    now: () => Date.now(),
    cwd: opts.cwd ?? ROOT,
    holidaysDir: join(ROOT, 'holidays'),
    ...(opts.env && { env: opts.env }),
    // Worker threads run the built script (`npm run build` first).
    batchWorkerDir: join(ROOT, 'dist'),
    color: colorAllowed({ NO_COLOR: opts.env?.NO_COLOR, FORCE_COLOR: opts.env?.FORCE_COLOR }, false),
    stderrIsTTY: false,
    outputFailure: () => undefined,
  };
  const exitCodeBefore = process.exitCode;
  const code = await run(args, io, terminalPaint);
  // `run` hands its status back; setting the process's would leak into every later test.
  if (process.exitCode !== exitCodeBefore) throw new Error(`sla ${args.join(' ')} set process.exitCode to ${process.exitCode}`);
  return { code, stdout, stderr };
}

/**
 * Runs `sla` in process and parses its stdout as JSON, failing loudly with
 * stderr when it exits other than 0.
 *
 * @example
 * (await slaJson<{ deadline: string }>(['deadline', '--json', '--opened', '2025-06-02T10:00:00+02:00', '--priority', '1', '--plan', 'professional'])).deadline
 * //=> '2025-06-02T13:00:00+02:00'
 */
export async function slaJson<T = unknown>(args: string[], opts: SlaOptions = {}): Promise<T> {
  const r = await sla(args, opts);
  if (r.code !== 0) throw new Error(`sla ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
