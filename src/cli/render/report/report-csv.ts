import type { GroupStats } from '../../batch/report-groups';
import type { ReportModel } from '../../batch/run-report';
import { csvLine } from '../shared/csv-cell';
import { toMinutes } from '../shared/format-duration';
import { overrunName, roundPercent } from './report-figures';

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
      .map((o) => `${overrunName(o)} (${toMinutes(o.overrunMs)})`)
      .join('; ');
    const percent = roundPercent(g.percentMet);
    // Labels, plan ids and ticket ids come from the policy and the input; the figures are computed.
    return csvLine([
      [g.label, 'outside'],
      ...report.by.map((d) => [g.key[d], 'outside'] as const),
      ...[g.tickets, g.met, g.missed, g.open, g.breached, g.notCovered, percent, toMinutes(g.medianMs), toMinutes(g.p90Ms)].map(
        (n) => [n, 'computed'] as const,
      ),
      [worst, 'outside'],
    ]);
  };
  for (const g of report.groups) lines.push(line(g));
  lines.push(line(report.total));
  return `${lines.join('\n')}\n`;
}
