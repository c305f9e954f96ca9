import { isoWeekOfDay } from '../../../core/calendar-periods';
import type { WeekCounts } from '../../batch/report-weeks';
import { escapeHtml } from './html-escape';
import { axisStep, CHART_WIDTH, legend, num, PALETTE, seriesFill, seriesCounts, seriesPatterns, svgFigure, type AxisSteps } from './svg-chart';

const LEFT = 50;
const RIGHT = 10;
const TOP = 34;
const PLOT_HEIGHT = 170;
const BOTTOM = 40;
/** A chart holds two years of weeks at most, the latest; more would leave bars a pixel wide. The tables keep them all. */
export const MAX_CHART_WEEKS = 104;
const COUNT_STEPS: AxisSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];

/** A week without tickets, for the gaps of the chart's time axis. */
const emptyWeek = (monday: number): WeekCounts => ({ week: isoWeekOfDay(monday), monday, tickets: 0, met: 0, missed: 0, open: 0, breached: 0, notCovered: 0 });

/**
 * The weeks a chart shows: every week from the first with tickets to the
 * last, those without tickets included (a gap in the trend is news too), at
 * most the last {@link MAX_CHART_WEEKS}.
 *
 * @example
 * chartWeeks([w23, w25]).map((w) => w.week) //=> ['2025-W23', '2025-W24', '2025-W25']
 */
export function chartWeeks(weeks: readonly WeekCounts[]): WeekCounts[] {
  const firstWeek = weeks[0];
  const lastWeek = weeks[weeks.length - 1];
  if (firstWeek === undefined || lastWeek === undefined) return [];
  const last = lastWeek.monday;
  const first = Math.max(firstWeek.monday, last - (MAX_CHART_WEEKS - 1) * 7);
  const byMonday = new Map(weeks.map((w) => [w.monday, w]));
  const out: WeekCounts[] = [];
  for (let monday = first; monday <= last; monday += 7) out.push(byMonday.get(monday) ?? emptyWeek(monday));
  return out;
}

/** A week's outcomes in words: `2025-W23: 3 met, 1 missed, 0 breached`. */
const weekText = (w: WeekCounts): string => `${w.week}: ${w.met} met, ${w.missed} missed, ${w.breached} breached`;

/**
 * The weekly trend: per ISO week of the opening, a stacked bar of the
 * tickets met (solid), missed (stripes) and breached (dots) at the status
 * time, on a count axis. Tickets still open within their target, and those
 * without one, are not drawn. The description lists every week's counts.
 *
 * @example
 * weeklyChart(report.weeks, 'weeks', 'Europe/Amsterdam')
 * //=> '<svg ... role="img" aria-labelledby="weeks-title" ...'
 */
export function weeklyChart(weeks: readonly WeekCounts[], id: string, zone: string): string {
  const shown = chartWeeks(weeks);
  const plotWidth = CHART_WIDTH - LEFT - RIGHT;
  const slot = plotWidth / Math.max(1, shown.length);
  const barWidth = Math.min(36, slot * 0.7);
  const maxCount = Math.max(1, ...shown.map((w) => w.met + w.missed + w.breached));
  const step = axisStep(maxCount, 5, COUNT_STEPS);
  const axisMax = Math.ceil(maxCount / step) * step;
  const baseY = TOP + PLOT_HEIGHT;
  const yOf = (count: number): number => baseY - (count / axisMax) * PLOT_HEIGHT;

  let body = seriesPatterns(id) + legend(id, ['met', 'missed', 'breached'], LEFT, 14);
  for (let c = 0; c <= axisMax; c += step) {
    body += `<line x1="${LEFT}" y1="${num(yOf(c))}" x2="${CHART_WIDTH - RIGHT}" y2="${num(yOf(c))}" stroke="${PALETTE.grid}"/>`;
    body += `<text class="tick" x="${LEFT - 6}" y="${num(yOf(c) + 4)}" text-anchor="end">${c}</text>`;
  }
  const every = Math.ceil(shown.length / 16);
  let lastYear: string | undefined = '';
  shown.forEach((w, i) => {
    const x = LEFT + i * slot + (slot - barWidth) / 2;
    let below = 0;
    for (const [series, count] of seriesCounts(w)) {
      if (count === 0) continue;
      const top = yOf(below + count);
      body +=
        `<rect x="${num(x)}" y="${num(top)}" width="${num(barWidth)}" height="${num(yOf(below) - top)}" fill="${seriesFill(id, series)}" stroke="${PALETTE[series]}">` +
        `<title>${escapeHtml(`${w.week}: ${count} ${series}`)}</title></rect>`;
      below += count;
    }
    if (i % every === 0) {
      const [year, week] = w.week.split('-');
      const cx = num(x + barWidth / 2);
      body += `<text class="tick" x="${cx}" y="${baseY + 16}" text-anchor="middle">${week}</text>`;
      if (year !== lastYear) body += `<text class="tick" x="${cx}" y="${baseY + 30}" text-anchor="middle">${year}</text>`;
      lastYear = year;
    }
  });
  body += `<line x1="${LEFT}" y1="${baseY}" x2="${CHART_WIDTH - RIGHT}" y2="${baseY}" stroke="${PALETTE.axis}"/>`;
  const firstShown = shown[0];
  const firstWeek = weeks[0];
  const cut = firstShown !== undefined && firstWeek !== undefined && firstShown.monday > firstWeek.monday ? ` The chart shows the last ${MAX_CHART_WEEKS} weeks; the table lists them all.` : '';
  const desc =
    `Tickets met, missed and breached per ISO week of the opening (${zone}), as they stand at the status time; ` +
    `tickets still open within their target and tickets without one are not drawn.${cut} ` +
    (shown.length === 0 ? 'No tickets.' : `${shown.map(weekText).join('; ')}.`);
  return svgFigure({ id, title: 'Met, missed and breached per week', desc, height: baseY + BOTTOM, body });
}
