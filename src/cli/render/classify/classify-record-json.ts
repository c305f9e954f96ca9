import type { Classification } from '../../../classify';
import type { Zone } from '../../../core/zone';
import type { DeadlineOutcome } from '../../../domain/compute-deadline';
import { deadlineToJson, type DeadlineJson } from '../deadline/deadline-json';

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
 * definition (`record-fields.ts`; a test holds the two together), instants in
 * `zone`. The literal names every field, so a field added to the verdict does
 * not compile until it is placed here too.
 *
 * @example
 * classifyRecordJson(verdict, undefined, zone)
 * //=> { priority: 3, name: 'General Issue', requested: 1, filed: 1, reclassified: 'down', covered: true, confidence: 'high', ... }
 */
export function classifyRecordJson(verdict: Classification, outcome: DeadlineOutcome | undefined, zone: Zone): ClassifyRecordJson {
  return {
    priority: verdict.priority,
    name: verdict.name,
    requested: verdict.requested,
    filed: verdict.filed,
    reclassified: verdict.reclassified,
    covered: verdict.covered,
    confidence: verdict.confidence,
    needsReview: verdict.needsReview,
    reviewReason: verdict.reviewReason,
    reasons: verdict.reasons,
    facts: verdict.facts,
    matched: verdict.matched,
    ...(outcome !== undefined && { deadline: deadlineToJson(outcome, zone) }),
  };
}
