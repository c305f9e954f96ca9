import type { CsvOrigin } from '../shared/csv-cell';
import type { ClassifyRecordJson } from './classify-record-json';

/** A result field of a `sla classify --input` record. */
export type ClassifyResultField = keyof ClassifyRecordJson;

/** One CSV column of a result: its name, where its value comes from (see {@link CsvOrigin}), and the value. */
export interface ClassifyResultColumn {
  readonly name: string;
  readonly origin: CsvOrigin;
  readonly value: (json: ClassifyRecordJson) => unknown;
}

const column = (field: ClassifyResultField, origin: CsvOrigin): ClassifyResultColumn[] => [{ name: field, origin, value: (json) => json[field] }];

/**
 * The one definition of a classify record's result fields, in output order,
 * each with the CSV columns it fills. It is keyed by
 * {@link ClassifyRecordJson}'s own fields, so a field added there does not
 * compile until it is placed here, and the NDJSON field list and the CSV
 * columns follow from it. CSV is flat: `reasons` gives its first (the deciding
 * one), `facts` its three values, `deadline` its instant; `matched` has no
 * column. The priority's name comes from the policy, and reasons may quote the
 * ticket's words (`outside`); the rest is the tool's own (`computed`).
 */
const RESULT_COLUMNS: { readonly [F in ClassifyResultField]-?: readonly ClassifyResultColumn[] } = {
  priority: column('priority', 'computed'),
  name: column('name', 'outside'),
  requested: column('requested', 'computed'),
  filed: column('filed', 'computed'),
  reclassified: column('reclassified', 'computed'),
  covered: column('covered', 'computed'),
  confidence: column('confidence', 'computed'),
  needsReview: column('needsReview', 'computed'),
  reviewReason: column('reviewReason', 'outside'),
  reasons: [{ name: 'reason', origin: 'outside', value: (json) => json.reasons[0] }],
  facts: [
    { name: 'env', origin: 'computed', value: (json) => json.facts.env },
    { name: 'impact', origin: 'computed', value: (json) => json.facts.impact },
    { name: 'workaround', origin: 'computed', value: (json) => json.facts.workaround },
  ],
  matched: [],
  deadline: [{ name: 'deadline', origin: 'computed', value: (json) => json.deadline?.deadline }],
};

/**
 * The result fields of a classify record, in output order.
 *
 * @example
 * CLASSIFY_RESULT_FIELDS.slice(0, 3) //=> ['priority', 'name', 'requested']
 */
export const CLASSIFY_RESULT_FIELDS: readonly ClassifyResultField[] = Object.keys(RESULT_COLUMNS).filter(isResultField);

function isResultField(key: string): key is ClassifyResultField {
  return Object.hasOwn(RESULT_COLUMNS, key);
}

/**
 * The CSV columns of a result, in order.
 *
 * @example
 * CLASSIFY_CSV_RESULT_COLUMNS.map((c) => c.name).slice(8, 11) //=> ['reviewReason', 'reason', 'env']
 */
export const CLASSIFY_CSV_RESULT_COLUMNS: readonly ClassifyResultColumn[] = CLASSIFY_RESULT_FIELDS.flatMap((field) => RESULT_COLUMNS[field]);
