import { fieldRecord } from '../../batch/field-record';
import type { RecordErrorJson } from '../deadline/deadline-record';
import { CSV_ERROR_COLUMNS } from '../deadline/record-fields';
import { csvCell } from '../shared/csv-cell';
import type { ClassifyRecordJson } from './classify-record-json';
import { CLASSIFY_OUTPUT_FIELDS } from './classify-record';
import { CLASSIFY_CSV_RESULT_COLUMNS } from './record-fields';

/**
 * The result columns of `sla classify --input ... --format csv`, after the
 * input's own columns: the verdict flat (see {@link CLASSIFY_CSV_RESULT_COLUMNS}),
 * then `error` in three.
 */
export const CLASSIFY_CSV_COLUMNS: readonly string[] = [...CLASSIFY_CSV_RESULT_COLUMNS.map((c) => c.name), ...CSV_ERROR_COLUMNS];

const RESULT_COLUMNS: ReadonlySet<string> = new Set([...CLASSIFY_OUTPUT_FIELDS, ...CLASSIFY_CSV_COLUMNS]);

/**
 * The input columns a CSV output keeps: all but those the result sets (an
 * input `env` column gives way to the environment the verdict used).
 *
 * @example
 * classifyPassThroughColumns(['id', 'subject', 'requested', 'env']) //=> ['id', 'subject']
 */
export function classifyPassThroughColumns(columns: readonly string[]): string[] {
  return [...new Set(columns)].filter((c) => !RESULT_COLUMNS.has(c));
}

/**
 * The CSV header line: the kept input columns, then {@link CLASSIFY_CSV_COLUMNS}.
 *
 * @example
 * classifyCsvHeader(['id']) //=> 'id,priority,name,requested,filed,reclassified,covered,...,errorLine\n'
 */
export function classifyCsvHeader(passThrough: readonly string[]): string {
  // The kept columns are named by the input; the result columns are the tool's own.
  return `${[...passThrough.map((c) => csvCell(c, 'outside')), ...CLASSIFY_CSV_COLUMNS].join(',')}\n`;
}

/**
 * One CSV row of a verdict.
 *
 * @example
 * classifyCsvRow(['id'], { id: 'T-1', subject: 'Calls drop' }, json)
 * //=> 'T-1,2,Degraded Service,,3,up,true,high,false,,impact intermittent: ...,production,intermittent,unknown,,,,\n'
 */
export function classifyCsvRow(passThrough: readonly string[], input: Readonly<Record<string, unknown>>, json: ClassifyRecordJson): string {
  let row = '';
  for (const column of passThrough) row += `${csvCell(input[column], 'outside')},`;
  for (const column of CLASSIFY_CSV_RESULT_COLUMNS) row += `${csvCell(column.value(json), column.origin)},`;
  // A result has no error: its three columns stay empty (the last without a comma after it).
  row += `${','.repeat(CSV_ERROR_COLUMNS.length - 1)}\n`;
  return row;
}

/**
 * The CSV row of a record without a verdict: the input's values under their
 * columns (also under result columns of the same name, such as `requested`
 * or `env`, so that the bad value shows), then the error.
 *
 * @example
 * classifyCsvErrorRow(['id'], { id: 'T-2', requested: '0' }, { code: 'INVALID_INPUT', message: 'requested: unknown value "0": ...', line: 3 })
 * //=> 'T-2,,,0,,,,,,,,,,,,INVALID_INPUT,"requested: unknown value ""0"": ...",3\n'
 */
export function classifyCsvErrorRow(passThrough: readonly string[], input: Readonly<Record<string, unknown>> | undefined, error: RecordErrorJson): string {
  const fields = input ?? fieldRecord();
  // Every value here is the input's own, even under a result column; the message repeats input values too.
  const values = [...passThrough, ...CLASSIFY_CSV_RESULT_COLUMNS.map((c) => c.name)].map((c) => csvCell(fields[c], 'outside'));
  values.push(csvCell(error.code, 'computed'), csvCell(error.message, 'outside'), csvCell(error.line, 'computed'));
  return `${values.join(',')}\n`;
}
