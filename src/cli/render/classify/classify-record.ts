import { fieldRecord } from '../../batch/field-record';
import type { ClassifyRecordJson } from './classify-record-json';
import { CLASSIFY_RESULT_FIELDS } from './record-fields';

/**
 * The fields a classify record's result sets: the verdict's, `deadline` and
 * `error`. An input field with one of these names gives way to the computed
 * value (`requested` comes back as the number it was read as), so that a
 * record's result reads the same as `sla classify --json` for the same ticket.
 */
export const CLASSIFY_OUTPUT_FIELDS: ReadonlySet<string> = new Set([...CLASSIFY_RESULT_FIELDS, 'error']);

/**
 * A classify record: the input's fields, in their order, then the verdict's
 * fields; input fields of the same names are replaced (see
 * {@link CLASSIFY_OUTPUT_FIELDS}).
 *
 * @example
 * classifyRecord({ id: 'T-1', subject: 'Calls drop', requested: '1' }, json)
 * //=> { id: 'T-1', subject: 'Calls drop', priority: 2, name: 'Degraded Service', requested: 1, ... }
 */
export function classifyRecord(input: Readonly<Record<string, unknown>>, json: ClassifyRecordJson): Record<string, unknown> {
  const record = fieldRecord();
  for (const key in input) if (!CLASSIFY_OUTPUT_FIELDS.has(key)) record[key] = input[key];
  return Object.assign(record, json);
}
