import { TextBuilder } from './text-builder';

/** Output gathered before a write: large enough that writes are few, small enough to stay flat in memory. */
export const CHUNK_SIZE = 1 << 17;

/**
 * Collects output text and writes it in large chunks, waiting for each write
 * to be taken (backpressure), so that a slow reader slows the run down instead
 * of letting output pile up in memory.
 *
 * @example
 * const out = new ChunkedOutput((text) => io.write(text));
 * out.push(line);
 * if (out.full) await out.flush();
 */
export class ChunkedOutput {
  /**
   * What waits to be written, in order: text pushed, and records written
   * straight into it (see {@link TextBuilder}).
   */
  readonly text = new TextBuilder();
  /** The error of a write that failed: the output is broken, so nothing more is gathered or written. */
  private failed: { readonly error: unknown } | undefined;

  constructor(
    private readonly write: (data: string | Uint8Array, written?: () => void) => Promise<void>,
    private readonly chunkSize: number = CHUNK_SIZE,
  ) {}

  push(text: string): void {
    if (text === '' || this.failed) return;
    this.text.keep(text);
  }

  /** Whether a chunk's worth is waiting. */
  get full(): boolean {
    return this.text.length >= this.chunkSize;
  }

  /**
   * Writes what is waiting and resolves once the output has taken it. Rejects
   * with the write's error when it fails, and with the same error on every
   * later flush, so that a run stops at a broken output instead of carrying on.
   */
  async flush(): Promise<void> {
    if (this.failed) {
      this.text.take(); // what was written into it since: never to be written
      throw this.failed.error;
    }
    if (this.text.length === 0) return;
    await this.send(this.text.take());
  }

  /**
   * Writes what is waiting, then `bytes` (UTF-8) as they are, without making
   * text of them, and resolves as {@link flush} does; `written` is called once
   * they are written, when they are the caller's again. Fails as {@link flush} does.
   */
  async writeBytes(bytes: Uint8Array, written: () => void): Promise<void> {
    await this.flush();
    if (bytes.length > 0) await this.send(bytes, written);
    else written();
  }

  private async send(data: string | Uint8Array, written?: () => void): Promise<void> {
    try {
      await this.write(data, written);
    } catch (error) {
      this.failed = { error };
      throw error;
    }
  }
}
