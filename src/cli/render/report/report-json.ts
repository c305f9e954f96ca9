import type { Zone } from '../../../core/zone';
import type { GroupDimension, GroupStats } from '../../batch/report-groups';
import type { ReportModel } from '../../batch/run-report';
import { toMinutes } from '../shared/format-duration';
import { formatIsoInstant } from '../shared/format-time';
import { roundPercent } from './report-figures';

/** One overrun in `sla report --json`. */
export interface OverrunJson {
  id: unknown;
  line: number;
  plan: string;
  priority: number;
  overrunMinutes: number;
  status: 'missed' | 'breached';
}

/** One group in `sla report --json`. */
export interface GroupJson {
  key: Partial<Record<GroupDimension, string | number>>;
  label: string;
  tickets: number;
  met: number;
  missed: number;
  open: number;
  breached: number;
  notCovered: number;
  percentMet: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
  worstOverruns: OverrunJson[];
}

/** `sla report --json` (documented in the README). */
export interface ReportJson {
  from: string | null;
  to: string | null;
  now: string;
  timezone: string;
  by: GroupDimension[];
  percentile: 'nearest-rank';
  records: number;
  outsideRange: number;
  errors: number;
  groups: GroupJson[];
  total: GroupJson;
}

/**
 * One group's figures as JSON; times in minutes (fractions when seconds count).
 *
 * @example
 * groupToJson(report.total).percentMet //=> 66.67
 */
export function groupToJson(g: GroupStats): GroupJson {
  return {
    key: { ...g.key },
    label: g.label,
    tickets: g.tickets,
    met: g.met,
    missed: g.missed,
    open: g.open,
    breached: g.breached,
    notCovered: g.notCovered,
    percentMet: roundPercent(g.percentMet),
    medianMinutes: toMinutes(g.medianMs),
    p90Minutes: toMinutes(g.p90Ms),
    worstOverruns: g.worst.map((o) => ({ id: o.id, line: o.line, plan: o.plan, priority: o.priority, overrunMinutes: toMinutes(o.overrunMs), status: o.status })),
  };
}

/**
 * `sla report --json`: the range and moment, the counts of records, then every group and the total.
 *
 * @example
 * reportToJson(report, getZone('Europe/Amsterdam')).total.tickets //=> 12
 */
export function reportToJson(report: ReportModel, zone: Zone): ReportJson {
  return {
    from: report.fromMs === null ? null : formatIsoInstant(report.fromMs, zone),
    to: report.toMs === null ? null : formatIsoInstant(report.toMs, zone),
    now: formatIsoInstant(report.nowMs, zone),
    timezone: zone.name,
    by: [...report.by],
    percentile: 'nearest-rank',
    records: report.records,
    outsideRange: report.outside,
    errors: report.failed,
    groups: report.groups.map(groupToJson),
    total: groupToJson(report.total),
  };
}
