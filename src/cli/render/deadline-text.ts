import type { Target } from '../../core/deadline';
import type { TraceStep } from '../../core/trace';
import type { DeadlineOutcome } from '../compute-deadline';
import type { Paint } from '../paint';
import { formatDuration } from './format-duration';
import { formatDayLabel, formatLocal, formatLocalTime } from './format-local';

/**
 * How a target reads in the policy document: `3 business hours`, `1 h (24/7)`.
 *
 * @example
 * describeTarget({ minutes: 180, clock: 'business' }) //=> '3 business hours'
 */
export function describeTarget(target: Target): string {
  if (target.clock === 'calendar') return `${formatDuration(target.minutes * 60_000)} (24/7)`;
  const hours = target.minutes / 60;
  if (Number.isInteger(hours)) return `${hours} business hour${hours === 1 ? '' : 's'}`;
  return `${formatDuration(target.minutes * 60_000)} business time`;
}

const SKIP_LABEL = { weekend: 'weekend', closed: 'no business hours', 'after-hours': 'opened after closing time' } as const;

function traceLines(trace: readonly TraceStep[], zone: string, paint: Paint): string[] {
  return trace.map((step) => {
    switch (step.kind) {
      case 'counted': {
        const note = step.holiday ? paint.dim(`  (${step.holiday.name}: shortened hours)`) : '';
        const span = `${formatLocalTime(step.from, zone)}-${formatLocalTime(step.to, zone)}`;
        return `      ${formatDayLabel(step.day).padEnd(16)} ${span.padEnd(13)} ${formatDuration(step.ms)}${note}`;
      }
      case 'skipped': {
        const why = step.reason === 'holiday' ? `holiday: ${step.holiday!.name}` : SKIP_LABEL[step.reason];
        return paint.dim(`      ${formatDayLabel(step.day).padEnd(16)} skipped, ${why}`);
      }
      case 'elapsed':
        return `      ${formatLocal(step.from, zone)} to ${formatLocal(step.to, zone)}: ${formatDuration(step.ms, { days: true })} elapsed, around the clock`;
    }
  });
}

/**
 * Text output of `sla deadline`: a header with the ticket, then one line per
 * plan with the deadline in local wall time and how far it is from opening in
 * business and elapsed time; under each, the `--explain` steps when present.
 *
 * @example
 * renderDeadlineText(outcomes, 'Europe/Amsterdam', plain)
 * //=> 'P1 Business Critical, opened Mon 2 Jun 2025 10:00 +02:00 (Europe/Amsterdam)\n  Professional  due Mon 2 Jun 2025 13:00 +02:00 ...'
 */
export function renderDeadlineText(outcomes: readonly DeadlineOutcome[], zone: string, paint: Paint): string {
  const first = outcomes[0]!;
  const lines = [
    `${paint.bold(`P${first.priority.id} ${first.priority.name}`)}, opened ${formatLocal(first.openedMs, zone)} ${paint.dim(`(${zone})`)}`,
  ];
  const width = Math.max(...outcomes.map((o) => o.plan.name.length));
  for (const o of outcomes) {
    const name = paint.bold(o.plan.name.padEnd(width));
    if (o.deadlineMs === null) {
      lines.push(`  ${name}  ${paint.warn('not covered')}: ${o.coverage.reason}`);
      continue;
    }
    const target = o.coverage.target!;
    const spent =
      target.clock === 'business'
        ? `within ${describeTarget(target)}, ${formatDuration(o.elapsedMs!, { days: true })} elapsed`
        : `within ${describeTarget(target)}, ${formatDuration(o.businessMs!)} of it in business hours`;
    lines.push(`  ${name}  due ${paint.accent(formatLocal(o.deadlineMs, zone))}  ${paint.dim(spent)}`);
    if (o.trace) lines.push(...traceLines(o.trace, zone, paint));
  }
  return `${lines.join('\n')}\n`;
}
