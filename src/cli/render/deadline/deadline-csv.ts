import { csvRecords } from '../shared/csv-records';
import type { DeadlineJson } from './deadline-json';
import { OUTPUT_FIELDS, type RecordErrorJson } from './deadline-record';
import { CSV_RESULT_COLUMNS } from './record-fields';

// Header, kept columns and rows are built as for every batch command; only the columns are the deadline's own.
const CSV = csvRecords<DeadlineJson>(CSV_RESULT_COLUMNS, OUTPUT_FIELDS);

/**
 * The result columns of `sla deadline --input ... --format csv`, after the
 * input's own columns: the JSON fields, with `target` split in two and
 * `error` in three (see {@link CSV_RESULT_COLUMNS}).
 */
export const DEADLINE_CSV_COLUMNS: readonly string[] = CSV.columns;

/**
 * The input columns a CSV output keeps: all but those the result sets.
 *
 * @example
 * passThroughColumns(['id', 'opened', 'plan', 'team']) //=> ['id', 'team']
 */
export const passThroughColumns: (columns: readonly string[]) => string[] = CSV.passThroughColumns;

/**
 * The CSV header line: the kept input columns, then {@link DEADLINE_CSV_COLUMNS}.
 *
 * @example
 * deadlineCsvHeader(['id']) //=> 'id,opened,priority,priorityName,plan,covered,targetMinutes,...,errorLine\n'
 */
export const deadlineCsvHeader: (passThrough: readonly string[]) => string = CSV.header;

/**
 * One CSV row of a result.
 *
 * @example
 * deadlineCsvRow(['id'], { id: 'T-1', opened: '2025-06-02T10:00' }, json)
 * //=> 'T-1,2025-06-02T10:00:00+02:00,1,Business Critical,professional,true,180,business,2025-06-02T13:00:00+02:00,,Europe/Amsterdam,,on-track,100,80,,,\n'
 */
export const deadlineCsvRow: (passThrough: readonly string[], input: Readonly<Record<string, unknown>>, json: DeadlineJson) => string = CSV.row;

/**
 * The CSV row of a record without a result: the input's values under their
 * columns (also under result columns of the same name, such as `opened`, so
 * that the bad value shows), then the error.
 *
 * @example
 * deadlineCsvErrorRow(['id'], { id: 'T-2', opened: 'yesterday' }, { code: 'INVALID_DATE', message: 'opened: invalid ...', line: 3 })
 * //=> 'T-2,yesterday,,,,,,,,,,,,,,INVALID_DATE,opened: invalid ...,3\n'
 */
export const deadlineCsvErrorRow: (passThrough: readonly string[], input: Readonly<Record<string, unknown>> | undefined, error: RecordErrorJson) => string =
  CSV.errorRow;
