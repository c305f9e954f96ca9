/** ASCII text as bytes: the first `length` bytes of `buffer`. */
export interface BytesPart {
  readonly buffer: ArrayBuffer;
  readonly length: number;
}

/** The bytes a builder starts with; it grows, by doubling, as far as {@link MAX_BYTES}. */
const INITIAL_BYTES = 1 << 14;

/** The most bytes gathered at once: past this they become text and gathering starts again. */
const MAX_BYTES = 1 << 20;

/**
 * Gathers output text for a batch of millions of records: ASCII text is
 * copied character by character into a byte array, which becomes one flat
 * string at the end (a copy of the bytes), so that a record made of many small
 * pieces costs no string objects and no joining of them. Any other text (with
 * a character past ASCII) is kept as it is, in its place.
 *
 * @example
 * const out = new TextBuilder();
 * out.ascii('{"id":');
 * out.text('"é"');
 * out.ascii('}\n');
 * out.take() //=> '{"id":"é"}\n'
 */
export class TextBuilder {
  private bytes = Buffer.allocUnsafe(INITIAL_BYTES);
  private n = 0;
  /** Texts before the bytes, in order. */
  private texts: string[] = [];
  private textsLength = 0;

  /** How many characters are gathered. */
  get length(): number {
    return this.textsLength + this.n;
  }

  /** Appends text whose every character is ASCII (below 0x80): the caller vouches for it. */
  ascii(text: string): void {
    const length = text.length;
    if (this.n + length > this.bytes.length) this.room(length);
    const bytes = this.bytes;
    let n = this.n;
    for (let i = 0; i < length; i++) bytes[n++] = text.charCodeAt(i);
    this.n = n;
  }

  /** Appends ASCII text given as its bytes. */
  asciiBytes(bytes: Uint8Array): void {
    if (this.n + bytes.length > this.bytes.length) this.room(bytes.length);
    this.bytes.set(bytes, this.n);
    this.n += bytes.length;
  }

  /** Appends any text: copied when it is ASCII, else kept as it is. */
  text(text: string): void {
    const length = text.length;
    for (let i = 0; i < length; i++) {
      if (text.charCodeAt(i) >= 0x80) {
        this.spill();
        this.texts.push(text);
        this.textsLength += length;
        return;
      }
    }
    this.ascii(text);
  }

  /** Appends any text as it is, with no copy: for long texts, and many of them. */
  keep(text: string): void {
    if (text === '') return;
    this.spill();
    this.texts.push(text);
    this.textsLength += text.length;
  }

  /**
   * Appends a JSON string of `text`, if it needs no escape and is ASCII (what
   * nearly every id and name is), and says so; else appends nothing and
   * returns false, for the caller to write it another way.
   */
  plainJsonString(text: string): boolean {
    const length = text.length;
    if (this.n + length + 2 > this.bytes.length) this.room(length + 2);
    const bytes = this.bytes;
    let n = this.n;
    bytes[n++] = 0x22;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x80) return false;
      bytes[n++] = c;
    }
    bytes[n++] = 0x22;
    this.n = n;
    return true;
  }

  /** Appends a whole number of two digits at least (`7` as `07`). */
  digits2(value: number): void {
    if (this.n + 2 > this.bytes.length) this.room(2);
    this.bytes[this.n++] = 0x30 + Math.floor(value / 10);
    this.bytes[this.n++] = 0x30 + (value % 10);
  }

  /** Everything gathered, as one string; the builder is then empty. */
  take(): string {
    this.spill();
    const texts = this.texts;
    this.texts = [];
    this.textsLength = 0;
    return texts.length === 1 ? (texts[0] ?? '') : texts.join('');
  }

  /**
   * Everything gathered, as {@link take} gives it, but as ASCII bytes in a
   * buffer of their own (`spare` when it is large enough), for another thread
   * to take over without a copy, when nothing past ASCII was gathered; as text
   * otherwise. The builder is then empty.
   *
   * @example
   * out.ascii('ab');
   * out.takeParts() //=> [{ buffer: ArrayBuffer { [Uint8Contents]: <61 62> }, length: 2 }]
   */
  takeParts(spare?: ArrayBuffer): Array<string | BytesPart> {
    if (this.texts.length > 0) return [this.take()];
    const length = this.n;
    if (length === 0) return [];
    // A new buffer has room over, so that it fits the next answers too once handed back.
    const buffer = spare !== undefined && spare.byteLength >= length ? spare : new ArrayBuffer(length + (length >> 1));
    new Uint8Array(buffer).set(this.bytes.subarray(0, length));
    this.n = 0;
    return [{ buffer, length }];
  }

  /** Turns the bytes gathered into a text of their own, so that what comes next follows them. */
  private spill(): void {
    if (this.n === 0) return;
    // ASCII bytes read as latin1 are the same characters, and latin1 is a plain copy.
    this.texts.push(this.bytes.toString('latin1', 0, this.n));
    this.textsLength += this.n;
    this.n = 0;
  }

  /** Room for `more` bytes: a larger array (the bytes so far copied into it), or past {@link MAX_BYTES} the bytes so far made text. */
  private room(more: number): void {
    const needed = this.n + more;
    if (needed <= MAX_BYTES) {
      const bytes = Buffer.allocUnsafe(Math.max(needed, Math.min(MAX_BYTES, this.bytes.length * 2)));
      this.bytes.copy(bytes, 0, 0, this.n);
      this.bytes = bytes;
      return;
    }
    this.spill();
    if (more > this.bytes.length) this.bytes = Buffer.allocUnsafe(more);
  }
}
