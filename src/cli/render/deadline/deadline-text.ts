import type { Target } from '../../../core/deadline';
import type { TraceStep } from '../../../core/trace';
import type { DeadlineOutcome, TicketStatus } from '../../compute-deadline';
import type { Paint } from '../../paint';
import { formatDuration } from '../shared/format-duration';
import { formatDayLabel, formatLocal, formatLocalSpan, formatLocalWhen, type TimeTextOptions } from '../shared/format-time';
import { targetPhrase } from '../shared/labels';

const SKIP_LABEL = { weekend: 'weekend', closed: 'no business hours', 'after-hours': 'opened after closing time' } as const;

/** What the text of `sla deadline` is given besides the outcomes: the moment of the statuses (for the countdown), and `--precise`. */
export interface DeadlineTextOptions extends TimeTextOptions {
  /** "Now", the moment the statuses were judged at: the countdown then says when, in wall-clock and real time. */
  readonly nowMs?: number;
}

function traceLines(trace: readonly TraceStep[], zone: string, paint: Paint, opts: TimeTextOptions): string[] {
  return trace.map((step) => {
    switch (step.kind) {
      case 'counted': {
        const note = step.holiday ? paint.dim(`  (${step.holiday.name}: shortened hours)`) : '';
        const span = formatLocalSpan(step.from, step.to, zone, opts);
        return `      ${formatDayLabel(step.day).padEnd(16)} ${span.padEnd(13)} ${formatDuration(step.ms, opts)}${note}`;
      }
      case 'skipped': {
        const why = step.reason === 'holiday' ? `holiday: ${step.holiday.name}` : SKIP_LABEL[step.reason];
        return paint.dim(`      ${formatDayLabel(step.day).padEnd(16)} skipped, ${why}`);
      }
      case 'elapsed':
        return `      ${formatLocal(step.from, zone, opts)} to ${formatLocal(step.to, zone, opts)}: ${formatDuration(step.ms, { ...opts, days: true })} elapsed, around the clock`;
    }
  });
}

/** What a status line is given besides the status: the deadline and its zone, for the countdown's wall-clock time. */
export interface StatusTextOptions extends DeadlineTextOptions {
  readonly deadlineMs?: number | null;
  readonly zone?: string;
}

/**
 * When an open ticket is due, after its time left on the target's clock: the
 * wall-clock time of the deadline, and for a business target the real time
 * until then, which can be far longer (`at 11:00, 16 h from now`); a 24/7
 * target's time left already is real time. Empty without a deadline or "now".
 */
function dueWhen(target: Target, opts: StatusTextOptions): string {
  const { deadlineMs, zone } = opts;
  if (deadlineMs === undefined || deadlineMs === null || zone === undefined || opts.nowMs === undefined) return '';
  const at = `, at ${formatLocalWhen(deadlineMs, opts.nowMs, zone, opts)}`;
  if (target.clock !== 'business') return at;
  const real = formatDuration(Math.abs(deadlineMs - opts.nowMs), { ...opts, days: true });
  return `${at}, ${deadlineMs >= opts.nowMs ? `${real} from now` : `${real} ago`}`;
}

/**
 * A status in words, coloured: `on track: due in 1 h 20 min of business time,
 * at 13:00, 1 h 20 min from now` (the wall-clock and real-time part when the
 * deadline and `nowMs` are given), `breached: overdue by 35 min (business
 * time)`, `met: responded after 2 h 40 min (business time), 20 min to spare`.
 * Empty for a ticket that is not covered, whose line already says so.
 *
 * @example
 * describeStatus({ status: 'at-risk', elapsedMs: 9_000_000, remainingMs: 1_800_000, answered: false, respondedMs: null }, { minutes: 180, clock: 'business' }, plain)
 * //=> 'at risk: due in 30 min of business time'
 */
export function describeStatus(status: TicketStatus, target: Target | null, paint: Paint, opts: StatusTextOptions = {}): string {
  if (status.status === 'not-covered' || target === null) return '';
  const clock = target.clock === 'business' ? ' (business time)' : '';
  const used = formatDuration(status.elapsedMs, opts);
  const left = formatDuration(Math.abs(status.remainingMs), opts);
  const due = `due in ${left}${target.clock === 'business' ? ' of business time' : ''}${dueWhen(target, opts)}`;
  switch (status.status) {
    case 'on-track':
      return `${paint.ok('on track')}: ${due}`;
    case 'at-risk':
      return `${paint.warn('at risk')}: ${due}`;
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
 * plan with the deadline in local wall time and how far it is from opening:
 * in real time for a business target (`3 d 22 h of real time from opening to
 * deadline`, worded apart from JSON's `elapsed`, the target used so far), in
 * business hours for a 24/7 one; under each, its status when `statuses` are
 * given (one per outcome), with the countdown's wall-clock and real time
 * when `opts.nowMs` is given; then the `--explain` steps when present.
 * Seconds show only when a time has them, milliseconds only with
 * `opts.precise`. Empty for no outcomes.
 *
 * @example
 * renderDeadlineText(outcomes, 'Europe/Amsterdam', plain, statuses, { nowMs })
 * //=> 'P1 Business Critical, opened Mon 2 Jun 2025 10:00 +02:00 (Europe/Amsterdam)\n  Professional  due Mon 2 Jun 2025 13:00 +02:00 ...'
 */
export function renderDeadlineText(
  outcomes: readonly DeadlineOutcome[],
  zone: string,
  paint: Paint,
  statuses?: readonly TicketStatus[],
  opts: DeadlineTextOptions = {},
): string {
  const [first] = outcomes;
  if (first === undefined) return '';
  const time = { precise: opts.precise };
  const respondedMs = statuses?.[0]?.respondedMs ?? null;
  const responded = respondedMs === null ? '' : `, responded ${formatLocal(respondedMs, zone, time)}`;
  const lines = [
    `${paint.bold(`P${first.priority.id} ${first.priority.name}`)}, opened ${formatLocal(first.openedMs, zone, time)}${responded} ${paint.dim(`(${zone})`)}`,
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
        ? `within ${targetPhrase(target, 'en')}, ${formatDuration(o.elapsedMs, { ...time, days: true })} of real time from opening to deadline`
        : `within ${targetPhrase(target, 'en')}, ${formatDuration(o.businessMs, time)} of it in business hours`;
    lines.push(`  ${name}  due ${paint.accent(formatLocal(o.deadlineMs, zone, time))}  ${paint.dim(spent)}`);
    const status = statuses?.[i];
    if (status) lines.push(`  ${' '.repeat(width)}  ${describeStatus(status, target, paint, { ...opts, deadlineMs: o.deadlineMs, zone })}`);
    if (o.trace) lines.push(...traceLines(o.trace, zone, paint, time));
  }
  return `${lines.join('\n')}\n`;
}
