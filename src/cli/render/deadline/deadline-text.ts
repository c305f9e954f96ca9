import type { Target } from '../../../core/deadline';
import type { TraceStep } from '../../../core/trace';
import type { DeadlineOutcome, TicketStatus } from '../../compute-deadline';
import type { Paint } from '../../paint';
import { formatDuration } from '../shared/format-duration';
import { formatDayLabel, formatLocal, formatLocalSpan } from '../shared/format-time';
import { targetPhrase } from '../shared/labels';

const SKIP_LABEL = { weekend: 'weekend', closed: 'no business hours', 'after-hours': 'opened after closing time' } as const;

function traceLines(trace: readonly TraceStep[], zone: string, paint: Paint): string[] {
  return trace.map((step) => {
    switch (step.kind) {
      case 'counted': {
        const note = step.holiday ? paint.dim(`  (${step.holiday.name}: shortened hours)`) : '';
        const span = formatLocalSpan(step.from, step.to, zone);
        return `      ${formatDayLabel(step.day).padEnd(16)} ${span.padEnd(13)} ${formatDuration(step.ms)}${note}`;
      }
      case 'skipped': {
        const why = step.reason === 'holiday' ? `holiday: ${step.holiday.name}` : SKIP_LABEL[step.reason];
        return paint.dim(`      ${formatDayLabel(step.day).padEnd(16)} skipped, ${why}`);
      }
      case 'elapsed':
        return `      ${formatLocal(step.from, zone)} to ${formatLocal(step.to, zone)}: ${formatDuration(step.ms, { days: true })} elapsed, around the clock`;
    }
  });
}

/**
 * A status in words, coloured: `on track: due in 1 h 20 min (business time)`,
 * `breached: overdue by 35 min`, `met: responded after 2 h 40 min (business
 * time), 20 min to spare`. Empty for a ticket that is not covered, whose line
 * already says so.
 *
 * @example
 * describeStatus({ status: 'at-risk', elapsedMs: 9_000_000, remainingMs: 1_800_000, answered: false, respondedMs: null }, { minutes: 180, clock: 'business' }, plain)
 * //=> 'at risk: due in 30 min (business time)'
 */
export function describeStatus(status: TicketStatus, target: Target | null, paint: Paint): string {
  if (status.status === 'not-covered' || target === null) return '';
  const clock = target.clock === 'business' ? ' (business time)' : '';
  const used = formatDuration(status.elapsedMs);
  const left = formatDuration(Math.abs(status.remainingMs));
  switch (status.status) {
    case 'on-track':
      return `${paint.ok('on track')}: due in ${left}${clock}`;
    case 'at-risk':
      return `${paint.warn('at risk')}: due in ${left}${clock}`;
    case 'breached':
      return `${paint.bad('breached')}: overdue by ${left}${clock}`;
    case 'met':
      return `${paint.ok('met')}: responded after ${used}${clock}, ${left} to spare`;
    case 'missed':
      return `${paint.bad('missed')}: responded ${left} late${clock}`;
  }
}

/**
 * Text output of `sla deadline`: a header with the ticket, then one line per
 * plan with the deadline in local wall time and how far it is from opening in
 * business and elapsed time; under each, its status when `statuses` are given
 * (one per outcome), then the `--explain` steps when present. Empty for no outcomes.
 *
 * @example
 * renderDeadlineText(outcomes, 'Europe/Amsterdam', plain, statuses)
 * //=> 'P1 Business Critical, opened Mon 2 Jun 2025 10:00 +02:00 (Europe/Amsterdam)\n  Professional  due Mon 2 Jun 2025 13:00 +02:00 ...'
 */
export function renderDeadlineText(outcomes: readonly DeadlineOutcome[], zone: string, paint: Paint, statuses?: readonly TicketStatus[]): string {
  const [first] = outcomes;
  if (first === undefined) return '';
  const respondedMs = statuses?.[0]?.respondedMs ?? null;
  const responded = respondedMs === null ? '' : `, responded ${formatLocal(respondedMs, zone)}`;
  const lines = [
    `${paint.bold(`P${first.priority.id} ${first.priority.name}`)}, opened ${formatLocal(first.openedMs, zone)}${responded} ${paint.dim(`(${zone})`)}`,
  ];
  const width = Math.max(...outcomes.map((o) => o.plan.name.length));
  for (const [i, o] of outcomes.entries()) {
    const name = paint.bold(o.plan.name.padEnd(width));
    if (!o.covered) {
      lines.push(`  ${name}  ${paint.warn('not covered')}: ${o.coverage.reason}`);
      continue;
    }
    const { target } = o.coverage;
    const spent =
      target.clock === 'business'
        ? `within ${targetPhrase(target, 'en')}, ${formatDuration(o.elapsedMs, { days: true })} elapsed`
        : `within ${targetPhrase(target, 'en')}, ${formatDuration(o.businessMs)} of it in business hours`;
    lines.push(`  ${name}  due ${paint.accent(formatLocal(o.deadlineMs, zone))}  ${paint.dim(spent)}`);
    const status = statuses?.[i];
    if (status) lines.push(`  ${' '.repeat(width)}  ${describeStatus(status, target, paint)}`);
    if (o.trace) lines.push(...traceLines(o.trace, zone, paint));
  }
  return `${lines.join('\n')}\n`;
}
