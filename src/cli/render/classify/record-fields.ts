import { resultLayout, type ResultColumn, type ResultColumnTable } from '../shared/result-columns';
import type { ClassifyRecordJson } from './classify-record-json';

/** A result field of a `sla classify --input` record. */
export type ClassifyResultField = keyof ClassifyRecordJson;

/** One CSV column of a result: its name, where its value comes from, and the value. */
export type ClassifyResultColumn = ResultColumn<ClassifyRecordJson>;

/**
 * The one definition of a classify record's result fields, in output order,
 * each with the CSV columns it fills (its origin alone when that is one column
 * of its own name, see {@link ResultColumnTable}). It is keyed by
 * {@link ClassifyRecordJson}'s own fields, so a field added there does not
 * compile until it is placed here, and the NDJSON field list and the CSV
 * columns follow from it. CSV is flat: `reasons` gives its first (the deciding
 * one), `facts` its three values, `deadline` its instant; `matched` has no
 * column. The priority's name comes from the policy, and reasons may quote the
 * ticket's words (`outside`); the rest is the tool's own (`computed`).
 */
const RESULT_COLUMNS: ResultColumnTable<ClassifyRecordJson, ClassifyResultField> = {
  priority: 'computed',
  name: 'outside',
  requested: 'computed',
  filed: 'computed',
  reclassified: 'computed',
  covered: 'computed',
  confidence: 'computed',
  needsReview: 'computed',
  reviewReason: 'outside',
  reasons: [{ name: 'reason', origin: 'outside', value: (json) => json.reasons[0] }],
  facts: [
    { name: 'env', origin: 'computed', value: (json) => json.facts.env },
    { name: 'impact', origin: 'computed', value: (json) => json.facts.impact },
    { name: 'workaround', origin: 'computed', value: (json) => json.facts.workaround },
  ],
  matched: [],
  deadline: [{ name: 'deadline', origin: 'computed', value: (json) => json.deadline?.deadline }],
};

const LAYOUT = resultLayout(RESULT_COLUMNS);

/**
 * The result fields of a classify record, in output order.
 *
 * @example
 * CLASSIFY_RESULT_FIELDS.slice(0, 3) //=> ['priority', 'name', 'requested']
 */
export const CLASSIFY_RESULT_FIELDS: readonly ClassifyResultField[] = LAYOUT.fields;

/**
 * The CSV columns of a result, in order.
 *
 * @example
 * CLASSIFY_CSV_RESULT_COLUMNS.map((c) => c.name).slice(8, 11) //=> ['reviewReason', 'reason', 'env']
 */
export const CLASSIFY_CSV_RESULT_COLUMNS: readonly ClassifyResultColumn[] = LAYOUT.csvColumns;
