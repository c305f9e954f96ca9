import { csvRecords, type CsvRecords } from '../shared/csv-records';
import type { ClassifyRecordJson } from './classify-record-json';
import { CLASSIFY_OUTPUT_FIELDS } from './classify-record';
import { CLASSIFY_CSV_RESULT_COLUMNS } from './record-fields';

/**
 * The CSV of `sla classify --input ... --format csv`, built as for every batch command: the input's
 * own columns but those the result sets (an input `env` column gives way to the environment the
 * verdict used), then the verdict flat (see {@link CLASSIFY_CSV_RESULT_COLUMNS}) and `error` in
 * three. A record without a verdict keeps the input's values under their columns (also under result
 * columns of the same name, such as `requested` or `env`, so that the bad value shows), then the error.
 *
 * @example
 * CLASSIFY_CSV.passThroughColumns(['id', 'subject', 'requested', 'env']) //=> ['id', 'subject']
 * CLASSIFY_CSV.header(['id']) //=> 'id,priority,name,requested,filed,reclassified,covered,...,errorLine\n'
 * CLASSIFY_CSV.row(['id'], { id: 'T-1', subject: 'Calls drop' }, json)
 * //=> 'T-1,2,Degraded Service,,3,up,true,high,false,,impact intermittent: ...,production,intermittent,unknown,,,,\n'
 * CLASSIFY_CSV.errorRow(['id'], { id: 'T-2', requested: '0' }, { code: 'INVALID_INPUT', message: 'requested: unknown value "0": ...', line: 3 })
 * //=> 'T-2,,,0,,,,,,,,,,,,INVALID_INPUT,"requested: unknown value ""0"": ...",3\n'
 */
export const CLASSIFY_CSV: CsvRecords<ClassifyRecordJson> = csvRecords<ClassifyRecordJson>(CLASSIFY_CSV_RESULT_COLUMNS, CLASSIFY_OUTPUT_FIELDS);
