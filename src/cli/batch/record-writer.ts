import { errorRecord, type RecordErrorJson } from '../render/deadline/deadline-record';
import type { CsvRecords } from '../render/shared/csv-records';

/** The output formats of a batch: `--format`'s accepted values. */
export const OUTPUT_FORMATS = ['ndjson', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** How one batch command's results become records: the renderers of its NDJSON record and its CSV rows. */
export interface RecordShape<J> {
  /** The output record of a result: the input's fields, then the result's. */
  record(input: Readonly<Record<string, unknown>>, json: J): Record<string, unknown>;
  /** Its CSV: the input columns kept, the header, the rows of results and of errors. */
  readonly csv: CsvRecords<J>;
}

/** Turns batch results of one shape into output text, record by record, in one format. */
export interface RecordWriter<J> {
  /** The text of a record with a result. */
  result(input: Readonly<Record<string, unknown>>, json: J): string;
  /**
   * For a record written straight into the output as its JSON text (NDJSON
   * and JSON only; CSV writes rows from the record's values): the text that
   * goes before it, and after it; `wrote` once it is written.
   */
  readonly around?: { before(): string; readonly after: string; wrote(): void };
  /** The text of a record without one. */
  error(input: Readonly<Record<string, unknown>> | undefined, error: RecordErrorJson): string;
  /** What comes after the last record. */
  end(): string;
}

// Past this many unreadable lines before the first object, there is nothing to wait for.
const MAX_WAITING = 1000;

/**
 * A writer of any batch command's records in a format, the same rules for
 * every command: NDJSON one object a line, JSON an array written as it goes
 * (one record a line), CSV a header then one row a record. CSV needs its
 * columns before the first row: the input's CSV header (`columns`), else the
 * fields of the first NDJSON record that is an object (rows of unreadable
 * lines before it wait for it); a later NDJSON record's other fields have no
 * column and are left out of CSV.
 *
 * @example
 * const writer = recordWriter('ndjson', () => undefined, CLASSIFY_RECORD_SHAPE);
 * writer.result({ id: 'T-1' }, json) //=> '{"id":"T-1","priority":2,...}\n'
 */
export function recordWriter<J>(format: OutputFormat, columns: () => readonly string[] | undefined, shape: RecordShape<J>): RecordWriter<J> {
  switch (format) {
    case 'ndjson':
      return {
        result: (input, json) => `${JSON.stringify(shape.record(input, json))}\n`,
        around: { before: () => '', after: '\n', wrote: () => undefined },
        error: (input, error) => `${JSON.stringify(errorRecord(input, error))}\n`,
        end: () => '',
      };
    case 'json': {
      let next = '[\n';
      const item = (record: Record<string, unknown>): string => {
        const text = `${next}${JSON.stringify(record)}`;
        next = ',\n';
        return text;
      };
      return {
        result: (input, json) => item(shape.record(input, json)),
        around: { before: () => next, after: '', wrote: () => void (next = ',\n') },
        error: (input, error) => item(errorRecord(input, error)),
        end: () => (next === '[\n' ? '[]\n' : '\n]\n'),
      };
    }
    case 'csv':
      return csvWriter(columns, shape);
  }
}

function csvWriter<J>(columns: () => readonly string[] | undefined, shape: RecordShape<J>): RecordWriter<J> {
  let kept: string[] | undefined;
  const waiting: Array<{ input: Readonly<Record<string, unknown>> | undefined; error: RecordErrorJson }> = [];
  /** Fixes the columns, once: the header and any rows that waited for it, and the columns to write every row with. */
  const start = (fields: readonly string[]): { head: string; columns: string[] } => {
    const fixed = shape.csv.passThroughColumns(fields);
    kept = fixed;
    let head = shape.csv.header(fixed);
    for (const w of waiting) head += shape.csv.errorRow(fixed, w.input, w.error);
    waiting.length = 0;
    return { head, columns: fixed };
  };
  return {
    result(input, json) {
      if (kept) return shape.csv.row(kept, input, json);
      const first = start(columns() ?? Object.keys(input));
      return first.head + shape.csv.row(first.columns, input, json);
    },
    error(input, error) {
      const known = columns() ?? (input ? Object.keys(input) : undefined);
      if (!kept && known === undefined && waiting.length < MAX_WAITING) {
        waiting.push({ input, error });
        return '';
      }
      if (kept) return shape.csv.errorRow(kept, input, error);
      const first = start(known ?? []);
      return first.head + shape.csv.errorRow(first.columns, input, error);
    },
    end: () => (kept ? '' : start(columns() ?? []).head),
  };
}
