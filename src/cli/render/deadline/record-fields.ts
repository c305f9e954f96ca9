import { resultLayout, type ResultColumn as CsvResultColumn, type ResultColumnTable } from '../shared/result-columns';
import type { DeadlineJson } from './deadline-json';

/** A field of `sla deadline --json` that a batch record carries: all of them but the `--explain` steps. */
export type ResultField = Exclude<keyof DeadlineJson, 'segments'>;

/** One CSV column of a result: its name, where its value comes from, and the value. */
export type ResultColumn = CsvResultColumn<DeadlineJson>;

/**
 * The one definition of a batch record's result fields, in output order, each
 * with the CSV columns it fills (its origin alone when that is one column of
 * its own name, see {@link ResultColumnTable}). It is keyed by {@link DeadlineJson}'s own
 * fields, so a field added there does not compile until it is placed here,
 * and the NDJSON field list and the CSV columns follow from it. Names, ids,
 * the zone and the reason come from the policy (`outside`); instants,
 * numbers and statuses are the tool's own (`computed`).
 */
const RESULT_COLUMNS: ResultColumnTable<DeadlineJson, ResultField> = {
  opened: 'computed',
  priority: 'computed',
  priorityName: 'outside',
  plan: 'outside',
  covered: 'computed',
  // `target` is an object: CSV splits it in two.
  target: [
    { name: 'targetMinutes', origin: 'computed', value: (json) => json.target?.minutes },
    { name: 'targetClock', origin: 'computed', value: (json) => json.target?.clock },
  ],
  deadline: 'computed',
  reason: 'outside',
  timezone: 'outside',
  responded: 'computed',
  status: 'computed',
  elapsed: 'computed',
  remaining: 'computed',
};

const LAYOUT = resultLayout(RESULT_COLUMNS);

/**
 * The result fields of a batch record, in output order.
 *
 * @example
 * RESULT_FIELDS.slice(0, 3) //=> ['opened', 'priority', 'priorityName']
 */
export const RESULT_FIELDS: readonly ResultField[] = LAYOUT.fields;

/**
 * The CSV columns of a result, in order: one per field, `target` as two.
 *
 * @example
 * CSV_RESULT_COLUMNS.map((c) => c.name).slice(4, 7) //=> ['covered', 'targetMinutes', 'targetClock']
 */
export const CSV_RESULT_COLUMNS: readonly ResultColumn[] = LAYOUT.csvColumns;
