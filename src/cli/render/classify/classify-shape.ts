import type { RecordShape } from '../../batch/record-writer';
import { CLASSIFY_CSV } from './classify-csv';
import type { ClassifyRecordJson } from './classify-record-json';
import { classifyRecord } from './classify-record';

/**
 * The records of `sla classify --input`, for the batch record writer.
 *
 * @example
 * recordWriter('csv', () => reader.columns, CLASSIFY_RECORD_SHAPE)
 */
export const CLASSIFY_RECORD_SHAPE: RecordShape<ClassifyRecordJson> = {
  record: classifyRecord,
  csv: CLASSIFY_CSV,
};
