import { formatInstant } from '../../core/iso';
import { MS_PER_MINUTE } from '../../core/units';
import type { Zone } from '../../core/zone';
import type { GroupDimension, GroupStats } from '../batch/report-groups';
import type { ReportModel } from '../batch/run-report';

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

const minutes = (ms: number | null): number | null => (ms === null ? null : ms / MS_PER_MINUTE);

/**
 * A percentage to two decimals, as JSON carries it.
 *
 * @example
 * roundPercent(200 / 3) //=> 66.67
 */
export function roundPercent(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 100) / 100;
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
    medianMinutes: minutes(g.medianMs),
    p90Minutes: minutes(g.p90Ms),
    worstOverruns: g.worst.map((o) => ({ id: o.id, line: o.line, plan: o.plan, priority: o.priority, overrunMinutes: o.overrunMs / MS_PER_MINUTE, status: o.status })),
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
    from: report.fromMs === null ? null : formatInstant(report.fromMs, zone),
    to: report.toMs === null ? null : formatInstant(report.toMs, zone),
    now: formatInstant(report.nowMs, zone),
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
