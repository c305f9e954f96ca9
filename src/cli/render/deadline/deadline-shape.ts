import type { RecordShape } from '../../batch/record-writer';
import { DEADLINE_CSV } from './deadline-csv';
import type { DeadlineJson } from './deadline-json';
import { batchRecord } from './deadline-record';

/**
 * The records of `sla deadline --input`, for the batch record writer.
 *
 * @example
 * recordWriter('csv', () => reader.columns, DEADLINE_RECORD_SHAPE)
 */
export const DEADLINE_RECORD_SHAPE: RecordShape<DeadlineJson> = {
  record: batchRecord,
  csv: DEADLINE_CSV,
};
