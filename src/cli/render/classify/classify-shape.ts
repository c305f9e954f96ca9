import type { RecordShape } from '../../batch/record-writer';
import { classifyCsvErrorRow, classifyCsvHeader, classifyCsvRow, classifyPassThroughColumns } from './classify-csv';
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
  passThroughColumns: classifyPassThroughColumns,
  csvHeader: classifyCsvHeader,
  csvRow: classifyCsvRow,
  csvErrorRow: classifyCsvErrorRow,
};
