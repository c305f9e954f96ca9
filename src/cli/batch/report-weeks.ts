import { isoWeekOfDay } from '../../core/calendar-periods';
import { weekdayOfDay } from '../../core/civil';
import type { Schedule } from '../../core/schedule';
import type { JudgedTicket } from '../../domain/judge-ticket';
import type { OutcomeCounts } from './report-groups';

/** The tickets opened in one ISO week (in the policy's zone), by how they stand at the report's moment. */
export interface WeekCounts extends OutcomeCounts {
  /** The ISO week, `2025-W23`. */
  readonly week: string;
  /** The week's Monday as a local day number: its place in time, and how a chart finds the weeks without tickets. */
  readonly monday: number;
}

type Counts = { -readonly [K in keyof WeekCounts]: WeekCounts[K] };

/**
 * The report's counts per ISO week of the opening, whatever the grouping, for
 * the weekly trend: a handful of counters per week and nothing per ticket, so
 * that it stays small for any input.
 *
 * @example
 * const weeks = new WeekCounter(schedule);
 * weeks.add(judged); // opened Mon 2 Jun 2025, answered in time
 * weeks.result() //=> [{ week: '2025-W23', monday: 20241, tickets: 1, met: 1, missed: 0, open: 0, breached: 0, notCovered: 0 }]
 */
export class WeekCounter {
  private readonly weeks = new Map<number, Counts>();

  constructor(private readonly schedule: Schedule) {}

  add(judged: JudgedTicket): void {
    const day = this.schedule.dayOf(judged.outcome.openedMs);
    const monday = day - ((weekdayOfDay(day) + 6) % 7);
    let counts = this.weeks.get(monday);
    if (!counts) {
      counts = { week: isoWeekOfDay(monday), monday, tickets: 0, met: 0, missed: 0, open: 0, breached: 0, notCovered: 0 };
      this.weeks.set(monday, counts);
    }
    counts.tickets++;
    switch (judged.status.status) {
      case 'not-covered':
        counts.notCovered++;
        return;
      case 'met':
        counts.met++;
        return;
      case 'missed':
        counts.missed++;
        return;
      case 'breached':
        counts.open++;
        counts.breached++;
        return;
      case 'on-track':
      case 'at-risk':
        counts.open++;
        return;
    }
  }

  /** The weeks that have tickets, in time order. */
  result(): WeekCounts[] {
    return [...this.weeks.values()].sort((a, b) => a.monday - b.monday);
  }
}
