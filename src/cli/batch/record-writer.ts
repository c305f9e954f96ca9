import { deadlineCsvErrorRow, deadlineCsvHeader, deadlineCsvRow, passThroughColumns } from '../render/deadline/deadline-csv';
import type { DeadlineJson } from '../render/deadline/deadline-json';
import { batchRecord, errorRecord, type RecordErrorJson } from '../render/deadline/deadline-record';

/** The output formats of a batch: `--format`'s accepted values. */
export const OUTPUT_FORMATS = ['ndjson', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Turns batch results into output text, record by record, in one format. */
export interface RecordWriter {
  /** The text of a record with a result. */
  result(input: Readonly<Record<string, unknown>>, json: DeadlineJson): string;
  /** The text of a record without one. */
  error(input: Readonly<Record<string, unknown>> | undefined, error: RecordErrorJson): string;
  /** What comes after the last record. */
  end(): string;
}

/**
 * A writer for a format. CSV needs its columns before the first row: the
 * input's CSV header (`columns`), else the fields of the first NDJSON record
 * that is an object (rows of unreadable lines before it wait for it). A later
 * NDJSON record's other fields have no column and are left out of CSV.
 *
 * @example
 * const writer = recordWriter('ndjson', () => undefined);
 * writer.result({ id: 'T-1' }, json) //=> '{"id":"T-1","opened":...}\n'
 */
export function recordWriter(format: OutputFormat, columns: () => readonly string[] | undefined): RecordWriter {
  switch (format) {
    case 'ndjson':
      return {
        result: (input, json) => `${JSON.stringify(batchRecord(input, json))}\n`,
        error: (input, error) => `${JSON.stringify(errorRecord(input, error))}\n`,
        end: () => '',
      };
    case 'json': {
      // An array with one record a line: valid JSON, still written as it goes.
      let next = '[\n';
      const item = (record: Record<string, unknown>): string => {
        const text = `${next}${JSON.stringify(record)}`;
        next = ',\n';
        return text;
      };
      return {
        result: (input, json) => item(batchRecord(input, json)),
        error: (input, error) => item(errorRecord(input, error)),
        end: () => (next === '[\n' ? '[]\n' : '\n]\n'),
      };
    }
    case 'csv':
      return csvWriter(columns);
  }
}

function csvWriter(columns: () => readonly string[] | undefined): RecordWriter {
  let kept: string[] | undefined;
  const waiting: Array<{ input: Readonly<Record<string, unknown>> | undefined; error: RecordErrorJson }> = [];
  const start = (fields: readonly string[]): string => {
    kept = passThroughColumns(fields);
    let text = deadlineCsvHeader(kept);
    for (const w of waiting) text += deadlineCsvErrorRow(kept, w.input, w.error);
    waiting.length = 0;
    return text;
  };
  // Past this many unreadable lines without an object, there is nothing to wait for.
  const MAX_WAITING = 1000;
  return {
    result(input, json) {
      const head = kept ? '' : start(columns() ?? Object.keys(input));
      return head + deadlineCsvRow(kept!, input, json);
    },
    error(input, error) {
      const known = columns() ?? (input ? Object.keys(input) : undefined);
      if (!kept && known === undefined && waiting.length < MAX_WAITING) {
        waiting.push({ input, error });
        return '';
      }
      const head = kept ? '' : start(known ?? []);
      return head + deadlineCsvErrorRow(kept!, input, error);
    },
    end: () => (kept ? '' : start(columns() ?? [])),
  };
}
