import { MS_PER_MINUTE } from '../../core/units';
import type { GroupStats } from '../batch/report-groups';
import type { ReportModel } from '../batch/run-report';
import { roundPercent } from './report-json';
import { overrunName } from './report-text';
import { csvLine } from './csv-cell';

/** The figure columns of `sla report --csv`, after `group` and one column per `--by` dimension. */
export const REPORT_CSV_COLUMNS = [
  'tickets',
  'met',
  'missed',
  'open',
  'breached',
  'notCovered',
  'percentMet',
  'medianMinutes',
  'p90Minutes',
  'worstOverruns',
] as const;

const minutes = (ms: number | null): number | null => (ms === null ? null : ms / MS_PER_MINUTE);

/**
 * `sla report --csv`: a header, one row per group, then the total (`all`,
 * with empty dimension columns). `worstOverruns` lists `id (minutes)` pairs,
 * worst first, separated by `; ` (a ticket without an id is `line N`).
 * Text from the policy and the input that starts like a formula is
 * neutralised (`csvCell`); the figures never are.
 *
 * @example
 * renderReportCsv(report).split('\n')[0]
 * //=> 'group,plan,priority,tickets,met,missed,open,breached,notCovered,percentMet,medianMinutes,p90Minutes,worstOverruns'
 */
export function renderReportCsv(report: ReportModel): string {
  const lines = [csvLine(['group', ...report.by, ...REPORT_CSV_COLUMNS].map((h) => [h, 'computed'] as const))];
  const line = (g: GroupStats): string => {
    const worst = g.worst
      .map((o) => `${overrunName(o)} (${o.overrunMs / MS_PER_MINUTE})`)
      .join('; ');
    const percent = roundPercent(g.percentMet);
    // Labels, plan ids and ticket ids come from the policy and the input; the figures are computed.
    return csvLine([
      [g.label, 'outside'],
      ...report.by.map((d) => [g.key[d], 'outside'] as const),
      ...[g.tickets, g.met, g.missed, g.open, g.breached, g.notCovered, percent, minutes(g.medianMs), minutes(g.p90Ms)].map(
        (n) => [n, 'computed'] as const,
      ),
      [worst, 'outside'],
    ]);
  };
  for (const g of report.groups) lines.push(line(g));
  lines.push(line(report.total));
  return `${lines.join('\n')}\n`;
}
