import { getSystemErrorMap } from 'node:util';
import { SlaError } from '../errors/sla-error';
import { errorCode, errorNumber } from '../io/system-error';

/**
 * What a command may touch of the outside world. `main.ts` builds it from the
 * process; tests build their own, so handlers never reach for globals.
 */
export interface Io {
  /** Writes data (stdout). */
  out(text: string): void;
  /** Writes messages (stderr). */
  err(text: string): void;
  /** All of standard input, for `-` arguments. */
  readStdin(): Promise<string>;
  /** Standard input as it arrives, for inputs too large to hold at once; `readStdin` stands in when absent. */
  stdinChunks?(): AsyncIterable<Uint8Array | string>;
  /**
   * Writes data (stdout): text, or UTF-8 bytes; resolves once the stream can
   * take more, so that a long output waits for a slow reader instead of piling
   * up in memory; `out` stands in when absent. Bytes stay in use until they are
   * written: `written` is called then, and the caller may reuse them after it.
   */
  write?(data: string | Uint8Array, written?: () => void): Promise<void>;
  /** The current instant, epoch ms. */
  now(): number;
  /** The working directory relative paths start from. */
  readonly cwd: string;
  /** The shipped `holidays/` folder. */
  readonly holidaysDir: string;
  /**
   * The environment: `SLA_POLICY`, `SLA_HOLIDAYS` and where the user's config
   * file is (`XDG_CONFIG_HOME`, `HOME`). Without it, neither the environment
   * nor a user config file sets anything (a project's `sla.config.json` still does).
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * The folder of the worker threads' script (`sla-batch-worker.js`): by default the bundle's own
   * folder. A run from the sources (the tests) points it at the built `dist/`.
   */
  readonly batchWorkerDir?: string;
  /** Whether stdout may be coloured: a terminal, or as NO_COLOR and FORCE_COLOR say (`colorAllowed`); `run` also honours `--no-color`. */
  readonly color: boolean;
  /** Whether stderr is a terminal, where a progress bar may be drawn. */
  readonly stderrIsTTY?: boolean;
  /** Whether standard input is a terminal: nothing is piped in, so a command that would read it asks for its input instead. */
  readonly stdinIsTTY?: boolean;
  /**
   * The failure of a write to stdout, once one failed (a full disk, an I/O
   * error): `run` ends with it even when the command went on, since what was
   * printed is not the whole answer. `out` and `write` throw it themselves
   * when they see it.
   */
  outputFailure?(): SlaError | undefined;
}

/**
 * Whether a write failed because the reader went away (`sla ... | head`): the
 * reader has what it wanted, so the run ends quietly instead of failing.
 *
 * @example
 * isClosedPipe(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) //=> true
 */
export function isClosedPipe(err: unknown): boolean {
  return errorCode(err) === 'EPIPE';
}

/**
 * The `OUTPUT_FAILED` error for a failed write to stdout, naming the system's
 * reason and its errno code, on one line: `cannot write output: no space left
 * on device (ENOSPC)`.
 *
 * @example
 * outputFailed(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 })).message
 * //=> 'cannot write output: no space left on device (ENOSPC)'
 */
export function outputFailed(err: unknown): SlaError {
  const code = errorCode(err);
  const errno = errorNumber(err);
  const known = errno === undefined ? undefined : getSystemErrorMap().get(errno);
  const message: unknown = typeof err === 'object' && err !== null && 'message' in err ? err.message : undefined;
  // Node's own message reads `ENOSPC: no space left on device, write`: the middle part is the reason.
  const reason = known?.[1] ?? /^[A-Z0-9_]+: ([^,\n]+)/.exec(String(message ?? ''))?.[1] ?? String(message ?? err).split('\n')[0];
  return new SlaError('OUTPUT_FAILED', `cannot write output: ${reason}${code === undefined ? '' : ` (${code})`}`);
}

/**
 * Whether to colour output: only on a terminal, never when `NO_COLOR` is set
 * (https://no-color.org), and always when `FORCE_COLOR` asks for it.
 *
 * @example
 * colorAllowed({ NO_COLOR: '1' }, true) //=> false
 */
export function colorAllowed(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return isTTY;
}
