import { MS_PER_MINUTE } from '../../../core/units';
import type { GroupStats, Overrun } from '../../batch/report-groups';
import type { ReportModel } from '../../batch/run-report';
import type { Paint } from '../../paint';
import { formatDuration } from '../shared/format-duration';
import { formatLocal, type TimeTextOptions } from '../shared/format-time';
import { formatPercent, hoursMinutes, overrunName } from './report-figures';

/** The width the report is laid out for: a classic terminal. */
export const REPORT_WIDTH = 80;
const MAX_LABEL = 20;
const MIN_LABEL = 8;
/** The table's figure columns and their narrowest widths, a space before each included. */
const COLUMNS = [
  ['tickets', 8],
  ['met', 6],
  ['missed', 8],
  ['open', 6],
  ['breached', 9],
  ['met %', 7],
  ['median', 7],
  ['p90', 7],
] as const;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * A horizontal bar of `width` columns for a percentage, in eighths of a column.
 *
 * @example
 * percentBar(50, 10) //=> '█████'
 */
export function percentBar(percent: number, width: number): string {
  const eighths = Math.round((Math.min(100, Math.max(0, percent)) / 100) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** A label padded to `width`, always with a space after it: cut short with `…` when too long. */
const fit = (label: string, width: number): string => (label.length >= width ? `${label.slice(0, width - 2)}… ` : label.padEnd(width));

function cellsOf(g: GroupStats): string[] {
  const cells = [g.tickets, g.met, g.missed, g.open, g.breached].map(String);
  cells.push(formatPercent(g.percentMet), hoursMinutes(g.medianMs), hoursMinutes(g.p90Ms));
  return cells;
}

/** Column widths that hold every figure with a space before it; the group column takes what is left of the width. */
function layout(rows: readonly GroupStats[]): { label: number; columns: number[] } {
  const cells = rows.map(cellsOf);
  // Every row has one cell per column.
  const columns = COLUMNS.map(([, min], i) => Math.max(min, ...cells.map((c) => (c[i]?.length ?? 0) + 1)));
  const room = REPORT_WIDTH - 1 - columns.reduce((a, b) => a + b, 0);
  const longest = Math.max(...rows.map((g) => g.label.length), 'group'.length) + 1;
  return { label: Math.max(MIN_LABEL, Math.min(longest, MAX_LABEL + 1, room)), columns };
}

function tableRow(label: string, cells: readonly string[], widths: { label: number; columns: number[] }, paint: Paint, bad = false): string {
  const padded = cells.map((c, i) => {
    const text = c.padStart(widths.columns[i] ?? 0); // a width per cell, from layout
    // Padding first, then paint, so that colour codes do not upset the columns.
    return bad && (i === 2 || i === 4) && c !== '0' ? paint.bad(text) : text;
  });
  return `${fit(label, widths.label)}${padded.join('')}`;
}

function overrunLine(o: Overrun, idWidth: number): string {
  const who = overrunName(o);
  const over = formatDuration(Math.ceil(o.overrunMs / MS_PER_MINUTE) * MS_PER_MINUTE);
  const what = o.status === 'missed' ? `${over} late` : `${over} overdue, still open`;
  return `  ${fit(who, idWidth + 1)} ${`${o.planName} P${o.priority}`.padEnd(18)} ${what}`;
}

/**
 * The text of `sla report`, for an 80-column terminal: what was counted, a
 * table of the figures per group and in total, a bar chart of the percentage
 * met per group, the worst overruns, and the rules the figures follow.
 * Times show milliseconds only with `opts.precise` (`--precise`).
 *
 * @example
 * renderReportText(report, 'Europe/Amsterdam', plain)
 * //=> 'Tickets opened from Sun 1 Jun 2025 00:00 +02:00 to before Tue 1 Jul 2025 00:00 +02:00\n...'
 */
export function renderReportText(report: ReportModel, zone: string, paint: Paint, opts: TimeTextOptions = {}): string {
  const { groups, total } = report;
  const lines: string[] = [];
  const from = report.fromMs === null ? undefined : formatLocal(report.fromMs, zone, opts);
  const to = report.toMs === null ? undefined : formatLocal(report.toMs, zone, opts);
  if (from && to) lines.push(`Tickets opened from ${from} to before ${to}`);
  else if (from) lines.push(`Tickets opened from ${from}`);
  else if (to) lines.push(`Tickets opened before ${to}`);
  else lines.push('All tickets of the input');
  lines.push(`Status at ${formatLocal(report.nowMs, zone, opts)} ${paint.dim(`(${zone})`)}`, '');

  const widths = layout([...groups, total]);
  lines.push(paint.bold(tableRow('group', COLUMNS.map(([name]) => name), widths, paint)));
  for (const g of groups) lines.push(tableRow(g.label, cellsOf(g), widths, paint, true));
  lines.push(paint.bold(tableRow(total.label, cellsOf(total), widths, paint, true)), '');

  const charted = groups.length > 0 ? groups : [total];
  const width = widths.label;
  const barWidth = Math.min(50, REPORT_WIDTH - 1 - width - 7);
  lines.push(paint.bold('Percent met'));
  for (const g of charted) {
    const bar = g.percentMet === null ? paint.dim('no ticket due yet'.padEnd(barWidth)) : paint.accent(percentBar(g.percentMet, barWidth).padEnd(barWidth));
    lines.push(`${fit(g.label, width)}${bar} ${formatPercent(g.percentMet).padStart(6)}`);
  }
  lines.push('');

  if (total.worst.length > 0) {
    lines.push(paint.bold('Worst overruns'));
    const idWidth = Math.min(16, Math.max(...total.worst.map((o) => overrunName(o).length)));
    for (const o of total.worst) lines.push(overrunLine(o, idWidth));
    lines.push('');
  }

  const notes = [
    'Open: not answered at the status time; breached: open and past the deadline.',
    'Open tickets count as breached only once their deadline has passed.',
    'Met % is met / (met + missed + breached).',
    'Median and p90 are nearest-rank percentiles of the first-response time (h:mm):',
    'business time for business-hours targets, elapsed time for 24/7 ones.',
  ];
  if (total.notCovered > 0) {
    const n = total.notCovered;
    notes.push(`${n} ticket${n === 1 ? ' is' : 's are'} not covered (no target) and count${n === 1 ? 's' : ''} under tickets only.`);
  }
  if (report.outside > 0) notes.push(`${report.outside} ticket${report.outside === 1 ? ' was' : 's were'} opened outside the dates and left out.`);
  lines.push(...notes.map((n) => paint.dim(n)));
  return `${lines.join('\n')}\n`;
}
