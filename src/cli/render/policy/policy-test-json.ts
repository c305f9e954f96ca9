import type { Zone } from '../../../core/zone';
import type { CaseResult } from '../../test-cases';
import { deadlineToJson, type DeadlineJson } from '../deadline/deadline-json';
import { formatIsoInstant } from '../shared/format-time';

/** One case of `sla policy test --json`. */
export interface CaseResultJson {
  /** `[3]` in a JSON array, `line 4` in NDJSON. */
  where: string;
  name: string | null;
  passed: boolean;
  expected: string | null;
  got: string | null;
  /** The deadline as `sla deadline --json` prints it; with `segments` (the explanation) when the case failed. */
  result: DeadlineJson;
}

/** `sla policy test --json`: the counts, then every case in file order. */
export interface PolicyTestJson {
  passed: number;
  failed: number;
  cases: CaseResultJson[];
}

/**
 * The test results as JSON, instants printed in `zone`.
 *
 * @example
 * policyTestToJson(results, getZone('Europe/Amsterdam')).failed //=> 1
 */
export function policyTestToJson(results: readonly CaseResult[], zone: Zone): PolicyTestJson {
  const cases = results.map((r): CaseResultJson => {
    const result = deadlineToJson(r.outcome, zone);
    if (r.passed) delete result.segments;
    return {
      where: r.testCase.where,
      name: r.testCase.name ?? null,
      passed: r.passed,
      expected: r.testCase.expectMs === null ? null : formatIsoInstant(r.testCase.expectMs, zone),
      got: result.deadline,
      result,
    };
  });
  const failed = cases.filter((c) => !c.passed).length;
  return { passed: cases.length - failed, failed, cases };
}
