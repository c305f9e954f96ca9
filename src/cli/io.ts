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
   * Writes data (stdout) and resolves once the stream can take more, so that a
   * long output waits for a slow reader instead of piling up in memory; `out`
   * stands in when absent.
   */
  write?(text: string): Promise<void>;
  /** The current instant, epoch ms. */
  now(): number;
  /** The working directory relative paths start from. */
  readonly cwd: string;
  /** The shipped `holidays/` folder. */
  readonly holidaysDir: string;
  /** Whether stdout is a terminal and colour is allowed. */
  readonly color: boolean;
  /** Whether stderr is a terminal, where a progress bar may be drawn. */
  readonly stderrIsTTY?: boolean;
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
