import { SlaError } from '../../core/errors';
import { isRecord } from '../../core/problems';
import { csvFields, opensQuote } from './csv-fields';

/** The input formats of a batch of tickets. */
export const INPUT_FORMATS = ['ndjson', 'csv'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * Reads `--input-format`, or throws `USAGE` naming the accepted formats.
 *
 * @example
 * parseInputFormat('CSV') //=> 'csv'
 */
export function parseInputFormat(text: string): InputFormat {
  const asked = text.trim().toLowerCase();
  if (!(INPUT_FORMATS as readonly string[]).includes(asked)) {
    throw new SlaError('USAGE', `invalid --input-format ${JSON.stringify(text)}: accepted are ${INPUT_FORMATS.join(', ')}`);
  }
  return asked as InputFormat;
}

/** One input record: its fields, or why it could not be read; `line` is where it starts (1-based). */
export type RawRecord =
  | { readonly line: number; readonly fields: Record<string, unknown>; readonly problem?: undefined }
  | { readonly line: number; readonly fields?: undefined; readonly problem: SlaError };

/**
 * Which format a text is in, from its first character that is not blank: `{`
 * is NDJSON, anything else CSV with a header. Undefined while only blanks have
 * been seen. A JSON array is refused: it cannot be read one ticket at a time.
 *
 * @example
 * detectFormat('{"id": 1}\n') //=> 'ndjson'
 * detectFormat('id,opened,plan\n') //=> 'csv'
 */
export function detectFormat(text: string): InputFormat | undefined {
  const first = /[^\s\uFEFF]/.exec(text)?.[0];
  if (first === undefined) return undefined;
  if (first === '[') {
    throw new SlaError('INVALID_INPUT', 'the input is a JSON array: give NDJSON (one ticket object a line) or CSV with a header');
  }
  return first === '{' ? 'ndjson' : 'csv';
}

const notAnObject = (): SlaError =>
  new SlaError('INVALID_INPUT', 'a ticket is a JSON object such as {"id": "T-1", "opened": "2025-06-02T10:00:00+02:00", "plan": "professional"}');

/**
 * Reads ticket records from text chunks, one batch per chunk, so that the
 * caller works through thousands of records between two reads and memory
 * holds one chunk at a time. NDJSON is one object a line; CSV has a header
 * line naming the fields, and quoted fields may span lines. Blank lines are
 * skipped. A record that cannot be read is a record with a problem, never
 * skipped, so that every input record has one output record.
 *
 * @example
 * const reader = new RecordReader();
 * for await (const batch of reader.batches(input.chunks)) for (const record of batch) handle(record);
 */
export class RecordReader {
  /** The format: as asked for, else detected from the first text. */
  format: InputFormat | undefined;
  /** The CSV header's field names, once read. */
  columns: string[] | undefined;
  private line = 0;
  private rest = '';
  private pending: string | undefined;
  private pendingLine = 0;
  private started = false;

  constructor(format?: InputFormat) {
    this.format = format;
  }

  /** The records of every chunk, a batch per chunk. */
  async *batches(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord[]> {
    for await (const chunk of chunks) {
      const batch = this.push(chunk);
      if (batch.length > 0) yield batch;
    }
    const last = this.end();
    if (last.length > 0) yield last;
  }

  /**
   * The records completed by one more chunk of text.
   *
   * @example
   * new RecordReader('ndjson').push('{"id": 1}\n{"id"') //=> [{ line: 1, fields: { id: 1 } }]
   */
  push(text: string): RawRecord[] {
    let all = this.rest + text;
    if (!this.started) {
      if (this.format === undefined) {
        this.format = detectFormat(all);
        if (this.format === undefined) {
          this.rest = all;
          return [];
        }
      }
      if (all.charCodeAt(0) === 0xfeff) all = all.slice(1);
      this.started = true;
    }
    const lines = all.split('\n');
    this.rest = lines.pop()!;
    const out: RawRecord[] = [];
    for (const line of lines) this.take(line, out);
    return out;
  }

  /** The records left at the end of the input: a last line without a line break, an open quote. */
  end(): RawRecord[] {
    const out: RawRecord[] = [];
    if (!this.started && this.format === undefined) return out;
    if (this.rest !== '') this.take(this.rest, out);
    this.rest = '';
    if (this.pending !== undefined) {
      out.push({ line: this.pendingLine, problem: new SlaError('INVALID_INPUT', 'a quoted field is not closed before the end of the input') });
      this.pending = undefined;
    }
    return out;
  }

  private take(raw: string, out: RawRecord[]): void {
    this.line++;
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (this.format === 'ndjson') {
      if (isBlank(line)) return;
      out.push(this.ndjson(line, this.line));
      return;
    }
    if (this.pending !== undefined) {
      this.pending += `\n${line}`;
      if (!opensQuote(this.pending)) {
        const record = this.pending;
        this.pending = undefined;
        this.csv(record, this.pendingLine, out);
      }
      return;
    }
    if (isBlank(line)) return;
    if (line.indexOf('"') !== -1 && opensQuote(line)) {
      this.pending = line;
      this.pendingLine = this.line;
      return;
    }
    this.csv(line, this.line, out);
  }

  private ndjson(line: string, at: number): RawRecord {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      return { line: at, problem: new SlaError('INVALID_INPUT', `not valid JSON (${(err as Error).message})`) };
    }
    return isRecord(value) ? { line: at, fields: value } : { line: at, problem: notAnObject() };
  }

  private csv(record: string, at: number, out: RawRecord[]): void {
    const values = csvFields(record);
    const columns = this.columns;
    if (columns === undefined) {
      this.columns = values.map((v) => v.trim());
      return;
    }
    if (values.length !== columns.length) {
      const problem = new SlaError('INVALID_INPUT', `${values.length} field${values.length === 1 ? '' : 's'} where the header has ${columns.length}`);
      out.push({ line: at, problem });
      return;
    }
    const fields: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) fields[columns[i]!] = values[i];
    out.push({ line: at, fields });
  }
}

function isBlank(line: string): boolean {
  if (line.length === 0) return true;
  const c = line.charCodeAt(0);
  // Only a line that starts with white space can be blank.
  return (c === 32 || c === 9 || c === 13) && line.trim() === '';
}
