import type { CsvOrigin } from '../shared/csv-cell';
import type { DeadlineJson } from './deadline-json';

/** A field of `sla deadline --json` that a batch record carries: all of them but the `--explain` steps. */
export type ResultField = Exclude<keyof DeadlineJson, 'segments'>;

/** One CSV column of a result: its name, where its value comes from (see {@link CsvOrigin}), and the value. */
export interface ResultColumn {
  readonly name: string;
  readonly origin: CsvOrigin;
  readonly value: (json: DeadlineJson) => unknown;
}

const column = (field: ResultField, origin: CsvOrigin): ResultColumn[] => [{ name: field, origin, value: (json) => json[field] }];

/**
 * The one definition of a batch record's result fields, in output order, each
 * with the CSV columns it fills. It is keyed by {@link DeadlineJson}'s own
 * fields, so a field added there does not compile until it is placed here,
 * and the NDJSON field list and the CSV columns follow from it. Names, ids,
 * the zone and the reason come from the policy (`outside`); instants,
 * numbers and statuses are the tool's own (`computed`).
 */
const RESULT_COLUMNS: { readonly [F in ResultField]-?: readonly ResultColumn[] } = {
  opened: column('opened', 'computed'),
  priority: column('priority', 'computed'),
  priorityName: column('priorityName', 'outside'),
  plan: column('plan', 'outside'),
  covered: column('covered', 'computed'),
  // `target` is an object: CSV splits it in two.
  target: [
    { name: 'targetMinutes', origin: 'computed', value: (json) => json.target?.minutes },
    { name: 'targetClock', origin: 'computed', value: (json) => json.target?.clock },
  ],
  deadline: column('deadline', 'computed'),
  reason: column('reason', 'outside'),
  timezone: column('timezone', 'outside'),
  responded: column('responded', 'computed'),
  status: column('status', 'computed'),
  elapsed: column('elapsed', 'computed'),
  remaining: column('remaining', 'computed'),
};

/**
 * The result fields of a batch record, in output order.
 *
 * @example
 * RESULT_FIELDS.slice(0, 3) //=> ['opened', 'priority', 'priorityName']
 */
export const RESULT_FIELDS: readonly ResultField[] = Object.keys(RESULT_COLUMNS).filter(isResultField);

function isResultField(key: string): key is ResultField {
  return Object.hasOwn(RESULT_COLUMNS, key);
}

/**
 * The CSV columns of a result, in order: one per field, `target` as two.
 *
 * @example
 * CSV_RESULT_COLUMNS.map((c) => c.name).slice(4, 7) //=> ['covered', 'targetMinutes', 'targetClock']
 */
export const CSV_RESULT_COLUMNS: readonly ResultColumn[] = RESULT_FIELDS.flatMap((field) => RESULT_COLUMNS[field]);

/** The CSV columns of a record without a result, after the result columns: the `error` object split in three. */
export const CSV_ERROR_COLUMNS = ['errorCode', 'errorMessage', 'errorLine'] as const;
