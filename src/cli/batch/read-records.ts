import { isRecord } from '../../document/problems';
import { SlaError } from '../../errors/sla-error';
import { describeJsonLineError } from '../../io/json-syntax-error';
import { fieldRecord, NO_FIELDS } from './field-record';
import { readFlatObject } from './flat-json';
import { scanCsvLine, type CsvScan } from './csv-fields';
import { repeatedNames } from './header-names';
import { LineSplitter, MAX_RECORD_CHARS, type LineEnd } from './line-splitter';

/** The input formats of a batch of tickets. */
export const INPUT_FORMATS = ['ndjson', 'csv'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

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

/**
 * How deep a value in an NDJSON record may nest: a ticket is flat, and a
 * record's values are written back out, which a value thousands of levels deep
 * would not survive.
 */
export const MAX_NESTING = 100;


const notAnObject = (): SlaError =>
  new SlaError('INVALID_INPUT', 'a ticket is a JSON object such as {"id": "T-1", "opened": "2025-06-02T10:00:00+02:00", "plan": "professional"}');

/**
 * The problem of a line longer than {@link MAX_RECORD_CHARS}: also a batch
 * worker's, for a line whose start only the main thread saw.
 *
 * @example
 * overLongLine().message //=> 'the line is longer than 1048576 characters, the most a record may hold; reading goes on at the next line'
 */
export function overLongLine(): SlaError {
  return new SlaError('INVALID_INPUT', `the line is longer than ${MAX_RECORD_CHARS} characters, the most a record may hold; reading goes on at the next line`);
}

const overLong = overLongLine;

/** A CSV record whose quoted field goes on past a line break. */
interface OpenRecord {
  /** Where it starts. */
  readonly line: number;
  readonly scan: CsvScan;
  /** The lines after the first, kept so that they can be read on their own if the quote turns out to be a stray one. */
  readonly rest: Array<{ readonly text: string; readonly line: number }>;
  size: number;
}

/**
 * Reads ticket records from text chunks, one batch per chunk, so that the
 * caller works through thousands of records between two reads and memory
 * holds one chunk at a time. NDJSON is one object a line; CSV has a header
 * line naming the fields, and quoted fields may span lines. Lines end at LF,
 * CRLF or CR. Blank lines (nothing but spaces and tabs) are skipped. A record
 * that cannot be read is a record with a problem, never skipped, so that every
 * input record has one output record; a record longer than
 * {@link MAX_RECORD_CHARS} is one such.
 *
 * A quoted CSV field that spans lines but is not closed by the end of the
 * input, runs past {@link MAX_RECORD_CHARS}, closes with characters after its
 * closing quote, or leaves its record with a number of fields other than the
 * header's, was a stray quote: its first line becomes a record with a problem,
 * and the lines it took in are read again one by one, each a record of its
 * own, so that one stray quote costs one record.
 *
 * A name the CSV header gives several times (a helpdesk's multi-value field:
 * Jira's `Labels`, `Comment`, `Watchers`) is one field holding the list of its
 * values that are not empty, in column order.
 *
 * Records inherit nothing (not even from `Object.prototype`), so that a field
 * named `__proto__` or `constructor` is a field like any other.
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
  private readonly lines: LineSplitter;
  private out: RawRecord[] = [];
  private open: OpenRecord | undefined;
  private started = false;
  /** The names the CSV header gives more than once, if any. */
  private repeated: ReadonlySet<string> | undefined;

  /**
   * @param format The input format; undefined to detect it from the content.
   * @param onHeader Called once with a CSV header's columns, before the first
   *   record: where a column mapping is bound to the file (and refused, by
   *   throwing, when the file lacks a column it needs).
   */
  constructor(
    format?: InputFormat,
    private readonly onHeader?: (columns: readonly string[]) => void,
  ) {
    this.format = format;
    this.lines = new LineSplitter((text, end, line) => this.take(text, end, line));
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
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // Decided on the chunk, not the line: a first line too long to hold still has a first character.
    if (this.format === undefined) this.format = detectFormat(text);
    this.lines.push(text);
    return this.drain();
  }

  /** The records left at the end of the input: a last line without a line break, an open quote. */
  end(): RawRecord[] {
    this.lines.end();
    const open = this.open;
    if (open !== undefined) {
      this.open = undefined;
      this.stray(open, 'a quoted field is not closed before the end of the input');
    }
    return this.drain();
  }

  private drain(): RawRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private take(text: string | undefined, end: LineEnd, line: number): void {
    // Before the format is known, every line so far has been blank.
    if (this.format === undefined) return;
    if (this.format === 'ndjson') {
      const record = ndjsonLineRecord(text, line);
      if (record !== undefined) this.out.push(record);
      return;
    }
    this.csvLine(text, end, line);
  }

  private csvLine(text: string | undefined, end: LineEnd, line: number): void {
    const open = this.open;
    if (open !== undefined) {
      if (text === undefined || open.size + text.length + end.length > MAX_RECORD_CHARS) {
        this.open = undefined;
        this.stray(open, `a quoted field runs past ${MAX_RECORD_CHARS} characters without closing`);
        this.csvAlone(text, line);
        return;
      }
      open.size += text.length + end.length;
      open.rest.push({ text, line });
      open.scan.untidy = false;
      if (scanCsvLine(text, open.scan)) {
        open.scan.quoted.push(end);
        return;
      }
      this.open = undefined;
      const { fields, untidy } = open.scan;
      const later = `${open.rest.length} line${open.rest.length === 1 ? '' : 's'} later`;
      if (untidy) {
        this.stray(open, `a quoted field opened on this line closes ${later} with characters after its closing quote`);
        return;
      }
      if (this.columns !== undefined && fields.length !== this.columns.length) {
        this.stray(open, `a quoted field opened on this line closes ${later} with ${fields.length} fields where the header has ${this.columns.length}`);
        return;
      }
      this.csvRecord(fields, open.line);
      return;
    }
    if (text === undefined) {
      if (this.columns === undefined) throw new SlaError('INVALID_INPUT', `the CSV header is longer than ${MAX_RECORD_CHARS} characters`);
      this.out.push({ line, problem: overLong() });
      return;
    }
    if (isBlank(text)) return;
    const scan: CsvScan = { fields: [], quoted: undefined };
    if (scanCsvLine(text, scan)) {
      scan.quoted.push(end);
      this.open = { line, scan, rest: [], size: text.length + end.length };
      return;
    }
    this.csvRecord(scan.fields, line);
  }

  /**
   * A quoted field that took in lines it should not have: its first line is a
   * record with the problem, the lines after it are read again, each on its
   * own, so that the reading stays linear and no row is lost.
   */
  private stray(open: OpenRecord, why: string): void {
    if (this.columns === undefined) throw new SlaError('INVALID_INPUT', `the CSV header (line ${open.line}): ${why}`);
    const more = open.rest.length > 0 ? '; the lines after it are read as records of their own' : '';
    this.out.push({ line: open.line, problem: new SlaError('INVALID_INPUT', `${why}${more}`) });
    for (const { text, line } of open.rest) this.csvAlone(text, line);
  }

  /** One line read as a whole record, with no quoted field going past its end. */
  private csvAlone(text: string | undefined, line: number): void {
    if (text === undefined) {
      this.out.push({ line, problem: overLong() });
      return;
    }
    if (isBlank(text)) return;
    const scan: CsvScan = { fields: [], quoted: undefined };
    if (scanCsvLine(text, scan)) {
      this.out.push({ line, problem: new SlaError('INVALID_INPUT', 'a quoted field is not closed on this line (read on its own after a stray quote)') });
      return;
    }
    this.csvRecord(scan.fields, line);
  }

  private csvRecord(values: string[], line: number): void {
    const columns = this.columns;
    if (columns === undefined) {
      this.columns = headerColumns(values);
      const repeated = repeatedNames(this.columns);
      if (repeated.size > 0) this.repeated = new Set(repeated.keys());
      this.onHeader?.(this.columns);
      return;
    }
    if (values.length !== columns.length) {
      const problem = new SlaError('INVALID_INPUT', `${values.length} field${values.length === 1 ? '' : 's'} where the header has ${columns.length}`);
      this.out.push({ line, problem });
      return;
    }
    const fields = fieldRecord();
    let i = 0;
    const repeated = this.repeated;
    if (repeated === undefined) {
      for (const column of columns) fields[column] = values[i++];
    } else {
      // A name given several times is one field: the list of its values, empty cells left out (an export pads with them).
      const lists = new Map<string, string[]>();
      for (const column of columns) {
        const value = values[i++] ?? '';
        if (!repeated.has(column)) {
          fields[column] = value;
          continue;
        }
        let list = lists.get(column);
        if (list === undefined) {
          list = [];
          lists.set(column, list);
          fields[column] = list;
        }
        if (value !== '') list.push(value);
      }
    }
    this.out.push({ line, fields });
  }
}

/**
 * The CSV header's column names, trimmed. A name may be given more than once
 * (a helpdesk's multi-value field) or not at all: that matters only to a
 * command that reads the column (see `refuseRepeated`).
 *
 * @example
 * headerColumns(['id', ' opened ', 'plan']) //=> ['id', 'opened', 'plan']
 */
export function headerColumns(values: readonly string[]): string[] {
  return values.map((v) => v.trim());
}

/**
 * One NDJSON line as a record, as {@link RecordReader} reads it: undefined for
 * a blank line, a record with a problem for a line longer than the limit
 * (`text` undefined, as the line splitter passes it on) or one that is not a
 * JSON object. The batch workers read their lines with it too, so that a line
 * reads the same on every thread.
 *
 * @example
 * ndjsonLineRecord('{"id": 1}', 4) //=> { line: 4, fields: { id: 1 } }
 * ndjsonLineRecord('  ', 5) //=> undefined
 */
export function ndjsonLineRecord(text: string | undefined, line: number): RawRecord | undefined {
  if (text === undefined) return { line, problem: overLong() };
  return isBlank(text) ? undefined : ndjsonRecord(text, line);
}

/** One NDJSON line as a record: an object of at most {@link MAX_NESTING} levels, copied without a prototype. */
function ndjsonRecord(text: string, line: number): RawRecord {
  // A flat object (nearly every ticket) is read by hand, to the same record; anything else by JSON.parse.
  const flat = readFlatObject(text);
  if (flat !== undefined) return { line, fields: flat };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The engine's message quotes the line; the place and a reason are enough.
    return { line, problem: new SlaError('INVALID_INPUT', describeJsonLineError(text)) };
  }
  if (!isRecord(value)) return { line, problem: notAnObject() };
  if (nestedTooDeep(value)) return { line, problem: new SlaError('INVALID_INPUT', `a value nests deeper than ${MAX_NESTING} levels`) };
  // JSON.parse makes `__proto__` an own field; with no Object.prototype behind it, no name is inherited either.
  Object.setPrototypeOf(value, NO_FIELDS);
  return { line, fields: value };
}

/** Whether a parsed JSON value nests deeper than {@link MAX_NESTING}: walked level by level with lists, never by recursion, so no depth can overflow the stack. */
function nestedTooDeep(root: Record<string, unknown>): boolean {
  let level: object[] = [];
  for (const key in root) {
    const child = root[key];
    if (typeof child === 'object' && child !== null) level.push(child);
  }
  // Most tickets are flat: the loop below then does nothing.
  for (let depth = 2; level.length > 0; depth++) {
    if (depth > MAX_NESTING) return true;
    const next: object[] = [];
    for (const value of level) {
      const children: readonly unknown[] = Array.isArray(value) ? value : Object.values(value);
      for (const child of children) {
        if (typeof child === 'object' && child !== null) next.push(child);
      }
    }
    level = next;
  }
  return false;
}

/** Whether a line holds nothing but spaces and tabs (line ends are no part of a line). */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
