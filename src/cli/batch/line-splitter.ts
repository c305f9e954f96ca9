/**
 * The most characters one input record may hold (a line, or a CSV record
 * spanning lines): a ticket is a few hundred characters, so anything near this
 * is not a ticket, and holding it would let one line take all the memory.
 */
export const MAX_RECORD_CHARS = 1 << 20;

const LF = 10;

/** What a line ends with: `\n`, `\r\n`, `\r`, or nothing for a last line without a line break. */
export type LineEnd = '\n' | '\r\n' | '\r' | '';

/** Receives each line: its text (undefined when longer than the limit), its end, and its number (1-based). */
export type LineSink = (text: string | undefined, end: LineEnd, line: number) => void;

/**
 * Cuts text chunks into lines, scanning each chunk once: a line that spans
 * chunks is kept as a list of pieces and joined once, when it ends. Lines end
 * at LF, CRLF or a lone CR (old Mac and Excel "CSV Macintosh" files), also when
 * a CR ends one chunk and its LF starts the next. A line longer than
 * `maxChars` is not held: it is passed on as undefined once it ends, and
 * reading goes on after it.
 *
 * @example
 * const lines: string[] = [];
 * const splitter = new LineSplitter((text) => lines.push(text!));
 * splitter.push('a\r\nb\rc');
 * splitter.end();
 * lines //=> ['a', 'b', 'c']
 */
export class LineSplitter {
  private pieces: string[] = [];
  private size = 0;
  private overLong = false;
  /** The last chunk ended with a CR: whether an LF follows decides the line's end. */
  private crPending = false;
  private line = 0;

  constructor(
    private readonly sink: LineSink,
    private readonly maxChars: number = MAX_RECORD_CHARS,
  ) {}

  /** Passes on the lines that one more chunk completes. */
  push(chunk: string): void {
    const n = chunk.length;
    if (n === 0) return;
    let i = 0;
    if (this.crPending) {
      this.crPending = false;
      if (chunk.charCodeAt(0) === LF) {
        i = 1;
        this.emit('\r\n');
      } else {
        this.emit('\r');
      }
    }
    if (chunk.indexOf('\r', i) === -1) {
      // The common case, no CR: the native split scans the chunk once, faster than a loop of searches.
      const parts = (i === 0 ? chunk : chunk.slice(i)).split('\n');
      // The piece after the last LF is the start of a line still open; split always yields at least one piece.
      const open = parts.pop();
      for (const part of parts) this.line_(part, '\n');
      if (open !== undefined) this.add(open, 0, open.length);
      return;
    }
    // The next LF and CR are each searched for once per occurrence, so the scan stays linear.
    let lf = chunk.indexOf('\n', i);
    let cr = chunk.indexOf('\r', i);
    while (i < n) {
      if (lf !== -1 && lf < i) lf = chunk.indexOf('\n', i);
      if (cr !== -1 && cr < i) cr = chunk.indexOf('\r', i);
      const brk = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (brk === -1) {
        this.add(chunk, i, n);
        return;
      }
      const text = chunk.slice(i, brk);
      if (brk === lf) {
        this.line_(text, '\n');
        i = brk + 1;
      } else if (brk + 1 === n) {
        this.add(text, 0, text.length);
        this.crPending = true;
        return;
      } else if (chunk.charCodeAt(brk + 1) === LF) {
        this.line_(text, '\r\n');
        i = brk + 2;
      } else {
        this.line_(text, '\r');
        i = brk + 1;
      }
    }
  }

  /** Passes on the last line, when the input does not end with a line break. */
  end(): void {
    if (this.crPending) {
      this.crPending = false;
      this.emit('\r');
    } else if (this.pieces.length > 0 || this.overLong) {
      this.emit('');
    }
  }

  private add(chunk: string, from: number, to: number): void {
    if (to === from || this.overLong) return;
    if (this.size + (to - from) > this.maxChars) {
      this.overLong = true;
      this.pieces = [];
      this.size = 0;
      return;
    }
    this.pieces.push(from === 0 && to === chunk.length ? chunk : chunk.slice(from, to));
    this.size += to - from;
  }

  /** A line whose last piece is `text`: passed on as it is when nothing came before it in earlier chunks. */
  private line_(text: string, end: LineEnd): void {
    if (this.pieces.length === 0 && !this.overLong) {
      this.line++;
      this.sink(text.length > this.maxChars ? undefined : text, end, this.line);
      return;
    }
    this.add(text, 0, text.length);
    this.emit(end);
  }

  private emit(end: LineEnd): void {
    this.line++;
    const pieces = this.pieces;
    const first = pieces[0];
    // No piece is an empty line; one piece is the line itself, with no copy.
    const text = this.overLong ? undefined : pieces.length <= 1 ? (first ?? '') : pieces.join('');
    this.pieces = [];
    this.size = 0;
    this.overLong = false;
    this.sink(text, end, this.line);
  }
}
