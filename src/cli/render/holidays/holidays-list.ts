import type { Paint } from '../../paint';
import type { CalendarSummary } from './holidays-model';

/**
 * Text output of `sla holidays --list`: one line per shipped calendar with its
 * name on the command line, its country, its title and its number of holidays
 * in the year shown in the header.
 *
 * @example
 * renderCalendarListText([calendarSummary(nl, 2026)], plain)
 * //=> 'Shipped holiday calendars (holidays in 2026):\n  nl  NL  Netherlands: national public holidays  9\n'
 */
export function renderCalendarListText(summaries: readonly CalendarSummary[], paint: Paint): string {
  const year = summaries[0]?.year;
  const head = paint.bold(summaries.length ? `Shipped holiday calendars (holidays in ${year}):` : 'No shipped holiday calendars.');
  const idWidth = Math.max(0, ...summaries.map((s) => s.calendar.length));
  const nameWidth = Math.max(0, ...summaries.map((s) => s.name.length));
  const lines = summaries.map(
    (s) => `  ${paint.bold(s.calendar.padEnd(idWidth))}  ${(s.country ?? '--').padEnd(2)}  ${s.name.padEnd(nameWidth)}  ${String(s.holidays).padStart(2)}`,
  );
  return `${[head, ...lines].join('\n')}\n`;
}
