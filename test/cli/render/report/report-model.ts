import { daysFromCivil } from '../../../../src/core/civil';
import { isoWeekOfDay } from '../../../../src/core/calendar-periods';
import { nearestRank } from '../../../../src/core/percentile';
import type { GroupStats, Overrun } from '../../../../src/cli/batch/report-groups';
import type { WeekCounts } from '../../../../src/cli/batch/report-weeks';
import type { ReportModel } from '../../../../src/cli/batch/run-report';

const MINUTE = 60_000;

/** What a test says of a group; the rest follows from it as the report pipeline would derive it. */
export interface GroupSpec {
  label: string;
  key?: GroupStats['key'];
  met?: number;
  missed?: number;
  open?: number;
  breached?: number;
  notCovered?: number;
  /** First-response times in minutes, any order. */
  minutes?: number[];
  worst?: Overrun[];
}

/**
 * A group's figures as `ReportGroups` would give them: tickets summed,
 * percentage met, nearest-rank median and p90 of the times.
 *
 * @example
 * group({ label: 'Professional P1', met: 3, missed: 1, minutes: [60, 150, 180, 240] }).percentMet //=> 75
 */
export function group(spec: GroupSpec): GroupStats {
  const { met = 0, missed = 0, open = 0, breached = 0, notCovered = 0 } = spec;
  const times = Float64Array.from((spec.minutes ?? []).map((m) => m * MINUTE)).sort();
  const judged = met + missed + breached;
  return {
    key: spec.key ?? {},
    label: spec.label,
    tickets: met + missed + open + notCovered,
    met,
    missed,
    open,
    breached,
    notCovered,
    percentMet: judged === 0 ? null : (met / judged) * 100,
    medianMs: nearestRank(times, 50),
    p90Ms: nearestRank(times, 90),
    responseTimesMs: times,
    worst: spec.worst ?? [],
  };
}

/**
 * An overrun as the report keeps it.
 *
 * @example
 * overrun('A6', 120, 'breached').overrunMs //=> 7_200_000
 */
export function overrun(id: unknown, minutes: number, status: Overrun['status'], plan = 'professional', planName = 'Professional', priority = 1, line = 2): Overrun {
  return { id, line, plan, planName, priority, overrunMs: minutes * MINUTE, status };
}

/**
 * A week's counts, from its Monday's date.
 *
 * @example
 * week(2025, 6, 2, { met: 3 }).week //=> '2025-W23'
 */
export function week(year: number, month: number, day: number, counts: Partial<Omit<WeekCounts, 'week' | 'monday'>> = {}): WeekCounts {
  const monday = daysFromCivil(year, month, day);
  const { met = 0, missed = 0, open = 0, breached = 0, notCovered = 0 } = counts;
  return { week: isoWeekOfDay(monday), monday, tickets: met + missed + open + notCovered, met, missed, open, breached, notCovered };
}

/**
 * A report over the given groups, the total summed from them.
 *
 * @example
 * model([group({ label: 'Basic P3', notCovered: 1 })]).total.tickets //=> 1
 */
export function model(groups: GroupStats[], extra: Partial<ReportModel> = {}): ReportModel {
  const sum = (f: 'met' | 'missed' | 'open' | 'breached' | 'notCovered'): number => groups.reduce((n, g) => n + g[f], 0);
  const minutes = groups.flatMap((g) => [...g.responseTimesMs].map((ms) => ms / MINUTE));
  const worst = groups.flatMap((g) => g.worst).sort((a, b) => b.overrunMs - a.overrunMs).slice(0, 5);
  const total = group({ label: 'all', met: sum('met'), missed: sum('missed'), open: sum('open'), breached: sum('breached'), notCovered: sum('notCovered'), minutes, worst });
  return {
    by: ['plan', 'priority'],
    fromMs: Date.parse('2025-06-01T00:00:00+02:00'),
    toMs: Date.parse('2025-07-01T00:00:00+02:00'),
    nowMs: Date.parse('2025-06-10T12:00:00+02:00'),
    groups,
    total,
    weeks: [week(2025, 6, 2, { met: sum('met'), missed: sum('missed'), open: sum('open'), breached: sum('breached'), notCovered: sum('notCovered') })],
    records: total.tickets,
    outside: 0,
    failed: 0,
    firstFailure: undefined,
    ...extra,
  };
}
