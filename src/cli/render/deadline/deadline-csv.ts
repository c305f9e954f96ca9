import { csvRecords, type CsvRecords } from '../shared/csv-records';
import type { DeadlineJson } from './deadline-json';
import { OUTPUT_FIELDS } from './deadline-record';
import { CSV_RESULT_COLUMNS } from './record-fields';

/**
 * The CSV of `sla deadline --input ... --format csv`, built as for every batch command: the input's
 * own columns but those the result sets, then the result columns, the JSON fields with `target`
 * split in two and `error` in three (see {@link CSV_RESULT_COLUMNS}). A record without a result
 * keeps the input's values under their columns (also under result columns of the same name, such
 * as `opened`, so that the bad value shows), then the error.
 *
 * @example
 * DEADLINE_CSV.passThroughColumns(['id', 'opened', 'plan', 'team']) //=> ['id', 'team']
 * DEADLINE_CSV.header(['id']) //=> 'id,opened,priority,priorityName,plan,covered,targetMinutes,...,errorLine\n'
 * DEADLINE_CSV.row(['id'], { id: 'T-1', opened: '2025-06-02T10:00' }, json)
 * //=> 'T-1,2025-06-02T10:00:00+02:00,1,Business Critical,professional,true,180,business,2025-06-02T13:00:00+02:00,,Europe/Amsterdam,,on-track,100,80,,,\n'
 * DEADLINE_CSV.errorRow(['id'], { id: 'T-2', opened: 'yesterday' }, { code: 'INVALID_DATE', message: 'opened: invalid ...', line: 3 })
 * //=> 'T-2,yesterday,,,,,,,,,,,,,,INVALID_DATE,opened: invalid ...,3\n'
 */
export const DEADLINE_CSV: CsvRecords<DeadlineJson> = csvRecords<DeadlineJson>(CSV_RESULT_COLUMNS, OUTPUT_FIELDS);
