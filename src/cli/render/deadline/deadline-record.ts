import { fieldRecord } from '../../batch/field-record';
import type { ErrorCode } from '../../../errors/sla-error';
import type { DeadlineJson } from './deadline-json';
import { RESULT_FIELDS } from './record-fields';

/**
 * The fields a batch record's result sets: those of `sla deadline --json`
 * (less the `--explain` steps) and `error`. An input field with one of these
 * names gives way to the computed value (`opened` comes back as an instant
 * with its offset, `plan` as the plan id), so that a record's result reads the
 * same as `sla deadline --json` for the same ticket.
 */
export const OUTPUT_FIELDS: ReadonlySet<string> = new Set([...RESULT_FIELDS, 'error']);

/** Why a batch record has no result. */
export interface RecordErrorJson {
  code: ErrorCode;
  message: string;
  /** The input line the record starts on (1-based; a CSV header is line 1). */
  line: number;
}

/**
 * A batch record: the input's fields, in their order, then the deadline and
 * status fields of `sla deadline --json`; input fields of the same names are
 * replaced (see {@link OUTPUT_FIELDS}).
 *
 * @example
 * batchRecord({ id: 'T-1', opened: '2025-06-02T10:00', plan: 'Profesional', team: 'red' }, json)
 * //=> { id: 'T-1', team: 'red', opened: '2025-06-02T10:00:00+02:00', priority: 3, ..., plan: 'professional', ... }
 */
export function batchRecord(input: Readonly<Record<string, unknown>>, json: DeadlineJson): Record<string, unknown> {
  const record = fieldRecord();
  for (const key in input) if (!OUTPUT_FIELDS.has(key)) record[key] = input[key];
  return Object.assign(record, json);
}

/**
 * The record of an input record that could not be read or computed: its
 * fields as they were (none when the line was not an object), then `error`.
 *
 * @example
 * errorRecord({ id: 'T-2', opened: 'yesterday' }, { code: 'INVALID_DATE', message: 'opened: invalid date-time "yesterday" ...', line: 3 })
 * //=> { id: 'T-2', opened: 'yesterday', error: { code: 'INVALID_DATE', message: 'opened: invalid date-time "yesterday" ...', line: 3 } }
 */
export function errorRecord(input: Readonly<Record<string, unknown>> | undefined, error: RecordErrorJson): Record<string, unknown> {
  const record = fieldRecord();
  if (input) for (const key in input) if (key !== 'error') record[key] = input[key];
  record.error = error;
  return record;
}
