import type { Classification, MatchedPhrase } from '../../../classify';
import type { DeadlineOutcome } from '../../compute-deadline';
import type { Paint } from '../../paint';
import { formatLocal, type TimeTextOptions } from '../shared/format-time';
import { targetPhrase } from '../shared/labels';

/**
 * Text output of `sla classify`: the verdict, the facts and phrases behind it,
 * how firmly it rests on them (confidence, and whether a person should review it), the reasons, the deadline when a plan was given, and the paragraph an agent
 * can paste to the customer. The deadline shows milliseconds only with `opts.precise`.
 *
 * @example
 * renderClassificationText(verdict, explanation, undefined, 'Europe/Amsterdam', plain)
 * //=> 'P3 General Issue  (filed as P1: lower it)\n  facts: ...'
 */
export function renderClassificationText(
  c: Classification,
  explanation: string,
  outcome: DeadlineOutcome | undefined,
  zone: string,
  paint: Paint,
  opts: TimeTextOptions = {},
): string {
  const change =
    c.reclassified === 'down'
      ? paint.warn(`filed as P${c.filed}: lower it`)
      : c.reclassified === 'up'
        ? paint.bad(`filed as P${c.filed}: raise it`)
        : paint.ok(`filed as P${c.filed}: keep it`);
  const lines = [`${paint.bold(`P${c.priority} ${c.name}`)}  (${change})`];
  lines.push(`  facts: environment ${c.facts.env}, impact ${c.facts.impact ?? 'not stated'}, workaround ${c.facts.workaround}`);
  lines.push(`  confidence: ${c.confidence === 'high' ? c.confidence : paint.warn(c.confidence)}`);
  if (c.needsReview) lines.push(paint.warn(`  needs review: ${c.reviewReason ?? 'a person should decide'}`));
  for (const reason of c.reasons) lines.push(`  - ${reason}`);
  if (c.matched.length) {
    // A fact the statistical reading decided shows the words that weighed most, not one phrase.
    const shown = (m: MatchedPhrase) => (m.rule === 'model' ? `${m.phrase.split(', ').map((w) => `"${w}"`).join(' ')} (${m.fact} ${m.value}, read from the whole text)` : `"${m.phrase}" (${m.fact} ${m.value})`);
    lines.push(paint.dim(`  matched: ${c.matched.map(shown).join(', ')}`));
  }
  if (!c.covered) lines.push(paint.warn('  not covered: no guaranteed response time'));
  if (outcome) {
    const name = outcome.plan.name;
    lines.push(
      outcome.deadlineMs === null
        ? `  ${name}: not covered: ${outcome.coverage.reason}`
        : `  ${name}: due ${paint.accent(formatLocal(outcome.deadlineMs, zone, opts))} (within ${targetPhrase(outcome.coverage.target, 'en')})`,
    );
  }
  lines.push('', explanation.trimEnd(), '');
  return lines.join('\n');
}
