import type { Zone } from '../../../core/zone';
import type { Paint } from '../../paint';
import type { CaseResult } from '../../test-cases';
import { renderDeadlineText } from '../deadline/deadline-text';
import { formatIsoInstant } from '../shared/format-time';

const indent = (text: string, by: string): string =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => by + line)
    .join('\n');

/** How a case is named in the report: its place in the file, then its name or what it asks. */
function caseTitle(result: CaseResult): string {
  const c = result.testCase;
  return `${c.where} ${c.name ?? `P${c.priority.id} on ${c.plan.id}, opened ${c.openedText}${c.beta ? ', beta' : ''}`}`;
}

/**
 * `passed` and `failed` as the summary line prints them: exactly `N passed, N failed`.
 *
 * @example
 * summaryLine(3, 1) //=> '3 passed, 1 failed'
 */
export function summaryLine(passed: number, failed: number): string {
  return `${passed} passed, ${failed} failed`;
}

/**
 * Text output of `sla policy test`: a line per case (`ok` or `FAIL`); under each
 * failure the expected and actual deadline and the `sla deadline --explain`
 * trace; then the summary line `N passed, N failed` on its own.
 *
 * @example
 * renderPolicyTestText(results, getZone('Europe/Amsterdam'), plain)
 * //=> 'ok   [0] Monday morning\nFAIL [1] Friday evening\n  expected ...\n1 passed, 1 failed\n'
 */
export function renderPolicyTestText(results: readonly CaseResult[], zone: Zone, paint: Paint): string {
  const lines: string[] = [];
  const show = (ms: number | null, reason: string | null): string => (ms === null ? `not covered${reason ? ` (${reason})` : ''}` : formatIsoInstant(ms, zone));
  for (const result of results) {
    if (result.passed) {
      lines.push(`${paint.ok('ok  ')} ${caseTitle(result)}`);
      continue;
    }
    const { outcome, testCase } = result;
    lines.push(`${paint.bad('FAIL')} ${caseTitle(result)}`);
    lines.push(`  expected ${show(testCase.expectMs, null)}`);
    lines.push(`  got      ${paint.accent(show(outcome.deadlineMs, outcome.coverage.reason))}`);
    lines.push(indent(renderDeadlineText([outcome], zone.name, paint), '  '));
  }
  const failed = results.filter((r) => !r.passed).length;
  lines.push(summaryLine(results.length - failed, failed));
  return `${lines.join('\n')}\n`;
}
