import { MS_PER_MINUTE } from '../../core/units';
import type { GroupStats } from '../batch/report-groups';
import type { ReportModel } from '../batch/run-report';
import { roundPercent } from './report-json';
import { overrunName } from './report-text';
import { csvField } from './table-csv';

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

const minutes = (ms: number | null): string => (ms === null ? '' : String(ms / MS_PER_MINUTE));

/**
 * `sla report --csv`: a header, one row per group, then the total (`all`,
 * with empty dimension columns). `worstOverruns` lists `id (minutes)` pairs,
 * worst first, separated by `; ` (a ticket without an id is `line N`).
 *
 * @example
 * renderReportCsv(report).split('\n')[0]
 * //=> 'group,plan,priority,tickets,met,missed,open,breached,notCovered,percentMet,medianMinutes,p90Minutes,worstOverruns'
 */
export function renderReportCsv(report: ReportModel): string {
  const lines = [['group', ...report.by, ...REPORT_CSV_COLUMNS].join(',')];
  const line = (g: GroupStats): string => {
    const worst = g.worst
      .map((o) => `${overrunName(o)} (${o.overrunMs / MS_PER_MINUTE})`)
      .join('; ');
    const percent = roundPercent(g.percentMet);
    const fields = [g.label, ...report.by.map((d) => g.key[d] ?? '')];
    fields.push(g.tickets, g.met, g.missed, g.open, g.breached, g.notCovered, percent === null ? '' : percent, minutes(g.medianMs), minutes(g.p90Ms), worst);
    return fields.map(csvField).join(',');
  };
  for (const g of report.groups) lines.push(line(g));
  lines.push(line(report.total));
  return `${lines.join('\n')}\n`;
}
