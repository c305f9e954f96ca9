import type { Classification } from '../../../classify';
import type { Zone } from '../../../core/zone';
import type { DeadlineOutcome } from '../../../domain/compute-deadline';
import { deadlineToJson, type DeadlineJson } from '../deadline/deadline-json';
import { CLASSIFY_RESULT_FIELDS } from './record-fields';

/**
 * The result of one ticket of `sla classify --input`: the verdict's fields as
 * `sla classify --json` prints them, and, for a ticket with a plan and an
 * opening, its `deadline` as `sla classify --plan --json` prints it. A field
 * added to the verdict is a field here, and does not compile until
 * `record-fields.ts` places it.
 */
export interface ClassifyRecordJson extends Classification {
  /** Left out without a plan or an opening. */
  readonly deadline?: DeadlineJson;
}

/**
 * One verdict as a batch result, its fields in the order of the one
 * definition (`record-fields.ts`), instants in `zone`.
 *
 * @example
 * classifyRecordJson(verdict, undefined, zone)
 * //=> { priority: 3, name: 'General Issue', requested: 1, filed: 1, reclassified: 'down', covered: true, confidence: 'high', ... }
 */
export function classifyRecordJson(verdict: Classification, outcome: DeadlineOutcome | undefined, zone: Zone): ClassifyRecordJson {
  const json: Record<string, unknown> = {};
  for (const field of CLASSIFY_RESULT_FIELDS) {
    if (field === 'deadline') {
      if (outcome !== undefined) json.deadline = deadlineToJson(outcome, zone);
    } else {
      json[field] = verdict[field];
    }
  }
  return json as unknown as ClassifyRecordJson;
}
