/** How long a run goes before a progress bar is worth drawing, and how often it is redrawn. */
export const PROGRESS_AFTER_MS = 2000;
const REDRAW_MS = 200;
const BAR_WIDTH = 30;

/** Where a run is: bytes read of the total (unknown for standard input), records done, time taken. */
export interface ProgressState {
  readonly bytes: number;
  readonly total: number | undefined;
  readonly records: number;
  readonly elapsedMs: number;
}

/**
 * One line of progress, at most 72 columns: a bar and a percentage when the
 * size is known, then the records done and the time taken.
 *
 * @example
 * renderProgress({ bytes: 50, total: 100, records: 120_000, elapsedMs: 3_000 })
 * //=> '[███████████████               ]  50%  120,000 tickets  3 s'
 */
export function renderProgress(state: ProgressState): string {
  const tickets = `${state.records.toLocaleString('en-US')} tickets  ${Math.floor(state.elapsedMs / 1000)} s`;
  if (state.total === undefined || state.total <= 0) return tickets;
  const share = Math.min(1, state.bytes / state.total);
  const filled = Math.round(share * BAR_WIDTH);
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  return `[${'█'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${percent}  ${tickets}`;
}

/**
 * A progress bar on stderr for long runs: drawn only on a terminal, only once
 * the run has taken {@link PROGRESS_AFTER_MS}, redrawn a few times a second in
 * place, and wiped at the end so that nothing of it stays on the screen.
 *
 * @example
 * const progress = new Progress(io.stderrIsTTY === true, (s) => io.err(s), () => io.now(), input.size);
 * progress.update(input.bytesRead(), records);
 * progress.done();
 */
export class Progress {
  private readonly started: number;
  private drawnAt = -Infinity;
  private shown = false;

  constructor(
    private readonly enabled: boolean,
    private readonly write: (text: string) => void,
    private readonly now: () => number,
    private readonly total: number | undefined,
  ) {
    this.started = now();
  }

  update(bytes: number, records: number): void {
    if (!this.enabled) return;
    const t = this.now();
    const elapsedMs = t - this.started;
    if (elapsedMs < PROGRESS_AFTER_MS || t - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = t;
    this.shown = true;
    this.write(`\r${renderProgress({ bytes, total: this.total, records, elapsedMs })}\x1b[K`);
  }

  done(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}
