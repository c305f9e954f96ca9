import type { RecordErrorJson } from '../deadline/deadline-record';
import { csvRecords } from '../shared/csv-records';
import type { ClassifyRecordJson } from './classify-record-json';
import { CLASSIFY_OUTPUT_FIELDS } from './classify-record';
import { CLASSIFY_CSV_RESULT_COLUMNS } from './record-fields';

// Header, kept columns and rows are built as for every batch command; only the columns are the verdict's own.
const CSV = csvRecords<ClassifyRecordJson>(CLASSIFY_CSV_RESULT_COLUMNS, CLASSIFY_OUTPUT_FIELDS);

/**
 * The result columns of `sla classify --input ... --format csv`, after the
 * input's own columns: the verdict flat (see {@link CLASSIFY_CSV_RESULT_COLUMNS}),
 * then `error` in three.
 */
export const CLASSIFY_CSV_COLUMNS: readonly string[] = CSV.columns;

/**
 * The input columns a CSV output keeps: all but those the result sets (an
 * input `env` column gives way to the environment the verdict used).
 *
 * @example
 * classifyPassThroughColumns(['id', 'subject', 'requested', 'env']) //=> ['id', 'subject']
 */
export const classifyPassThroughColumns: (columns: readonly string[]) => string[] = CSV.passThroughColumns;

/**
 * The CSV header line: the kept input columns, then {@link CLASSIFY_CSV_COLUMNS}.
 *
 * @example
 * classifyCsvHeader(['id']) //=> 'id,priority,name,requested,filed,reclassified,covered,...,errorLine\n'
 */
export const classifyCsvHeader: (passThrough: readonly string[]) => string = CSV.header;

/**
 * One CSV row of a verdict.
 *
 * @example
 * classifyCsvRow(['id'], { id: 'T-1', subject: 'Calls drop' }, json)
 * //=> 'T-1,2,Degraded Service,,3,up,true,high,false,,impact intermittent: ...,production,intermittent,unknown,,,,\n'
 */
export const classifyCsvRow: (passThrough: readonly string[], input: Readonly<Record<string, unknown>>, json: ClassifyRecordJson) => string = CSV.row;

/**
 * The CSV row of a record without a verdict: the input's values under their
 * columns (also under result columns of the same name, such as `requested`
 * or `env`, so that the bad value shows), then the error.
 *
 * @example
 * classifyCsvErrorRow(['id'], { id: 'T-2', requested: '0' }, { code: 'INVALID_INPUT', message: 'requested: unknown value "0": ...', line: 3 })
 * //=> 'T-2,,,0,,,,,,,,,,,,INVALID_INPUT,"requested: unknown value ""0"": ...",3\n'
 */
export const classifyCsvErrorRow: (passThrough: readonly string[], input: Readonly<Record<string, unknown>> | undefined, error: RecordErrorJson) => string =
  CSV.errorRow;
