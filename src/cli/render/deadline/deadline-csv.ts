import { fieldRecord } from '../../batch/field-record';
import { csvCell } from '../shared/csv-cell';
import type { DeadlineJson } from './deadline-json';
import { OUTPUT_FIELDS, type RecordErrorJson } from './deadline-record';
import { CSV_ERROR_COLUMNS, CSV_RESULT_COLUMNS } from './record-fields';

/**
 * The result columns of `sla deadline --input ... --format csv`, after the
 * input's own columns: the JSON fields, with `target` split in two and
 * `error` in three (see {@link CSV_RESULT_COLUMNS}).
 */
export const DEADLINE_CSV_COLUMNS: readonly string[] = [...CSV_RESULT_COLUMNS.map((c) => c.name), ...CSV_ERROR_COLUMNS];

const RESULT_COLUMNS: ReadonlySet<string> = new Set([...OUTPUT_FIELDS, ...DEADLINE_CSV_COLUMNS]);

/**
 * The input columns a CSV output keeps: all but those the result sets.
 *
 * @example
 * passThroughColumns(['id', 'opened', 'plan', 'team']) //=> ['id', 'team']
 */
export function passThroughColumns(columns: readonly string[]): string[] {
  return [...new Set(columns)].filter((c) => !RESULT_COLUMNS.has(c));
}

/**
 * The CSV header line: the kept input columns, then {@link DEADLINE_CSV_COLUMNS}.
 *
 * @example
 * deadlineCsvHeader(['id']) //=> 'id,opened,priority,priorityName,plan,covered,targetMinutes,...,errorLine\n'
 */
export function deadlineCsvHeader(passThrough: readonly string[]): string {
  // The kept columns are named by the input; the result columns are the tool's own.
  return `${[...passThrough.map((c) => csvCell(c, 'outside')), ...DEADLINE_CSV_COLUMNS].join(',')}\n`;
}

/**
 * One CSV row of a result.
 *
 * @example
 * deadlineCsvRow(['id'], { id: 'T-1', opened: '2025-06-02T10:00' }, json)
 * //=> 'T-1,2025-06-02T10:00:00+02:00,1,Business Critical,professional,true,180,business,2025-06-02T13:00:00+02:00,,Europe/Amsterdam,,on-track,100,80,,,\n'
 */
export function deadlineCsvRow(passThrough: readonly string[], input: Readonly<Record<string, unknown>>, json: DeadlineJson): string {
  let row = '';
  for (const column of passThrough) row += `${csvCell(input[column], 'outside')},`;
  for (const column of CSV_RESULT_COLUMNS) row += `${csvCell(column.value(json), column.origin)},`;
  // A result has no error: its three columns stay empty (the last without a comma after it).
  row += `${','.repeat(CSV_ERROR_COLUMNS.length - 1)}\n`;
  return row;
}

/**
 * The CSV row of a record without a result: the input's values under their
 * columns (also under result columns of the same name, such as `opened`, so
 * that the bad value shows), then the error.
 *
 * @example
 * deadlineCsvErrorRow(['id'], { id: 'T-2', opened: 'yesterday' }, { code: 'INVALID_DATE', message: 'opened: invalid ...', line: 3 })
 * //=> 'T-2,yesterday,,,,,,,,,,,,,,INVALID_DATE,opened: invalid ...,3\n'
 */
export function deadlineCsvErrorRow(
  passThrough: readonly string[],
  input: Readonly<Record<string, unknown>> | undefined,
  error: RecordErrorJson,
): string {
  const fields = input ?? fieldRecord();
  // Every value here is the input's own, even under a result column; the message repeats input values too.
  const values = [...passThrough, ...CSV_RESULT_COLUMNS.map((c) => c.name)].map((c) => csvCell(fields[c], 'outside'));
  values.push(csvCell(error.code, 'computed'), csvCell(error.message, 'outside'), csvCell(error.line, 'computed'));
  return `${values.join(',')}\n`;
}
