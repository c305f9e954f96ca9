import { nearestRank } from '../../../core/percentile';
import { MS_PER_MINUTE } from '../../../core/units';
import type { GroupStats } from '../../batch/report-groups';
import { escapeHtml } from './html-escape';
import { hoursMinutes } from './report-figures';
import { axisStep, GROUP_LABELS, groupLabel, num, PALETTE, svgFigure, type AxisSteps } from './svg-chart';

const PLOT_WIDTH = 320;
const ROW = 34;
const TOP = 44;
const BOTTOM = 30;
/** Up to this many responses a group also shows each one as a dot; beyond, the dots would only blot the box. */
export const MAX_DOTS = 60;
/** Axis steps in minutes: quarter hours up to days, so that ticks read as round `h:mm`. */
const STEPS_MINUTES: AxisSteps = [5, 10, 15, 30, 60, 120, 180, 240, 360, 480, 720, 1440, 2880, 7200, 14400];

/** The spread of one group's first-response times, every figure one of the times (nearest rank). */
export interface ResponseSpread {
  readonly count: number;
  readonly fastestMs: number;
  readonly p25Ms: number;
  readonly medianMs: number;
  readonly p75Ms: number;
  readonly p90Ms: number;
  readonly slowestMs: number;
}

/**
 * The five figures of a box plot and the p90 of a group's first-response
 * times, by the nearest rank the report's median and p90 use, so the chart
 * and the table never disagree; null for a group without responses.
 *
 * @example
 * responseSpread(group) //=> { count: 4, fastestMs: 3_600_000, p25Ms: 3_600_000, medianMs: 9_000_000, p75Ms: 10_800_000, p90Ms: 14_400_000, slowestMs: 14_400_000 }
 */
export function responseSpread(g: GroupStats): ResponseSpread | null {
  const times = g.responseTimesMs;
  const fastestMs = times[0];
  const slowestMs = times[times.length - 1];
  const p25Ms = nearestRank(times, 25);
  const medianMs = nearestRank(times, 50);
  const p75Ms = nearestRank(times, 75);
  const p90Ms = nearestRank(times, 90);
  // Each figure is missing exactly when there are no times.
  if (fastestMs === undefined || slowestMs === undefined || p25Ms === null || medianMs === null || p75Ms === null || p90Ms === null) return null;
  return { count: times.length, fastestMs, p25Ms, medianMs, p75Ms, p90Ms, slowestMs };
}

/** A group's spread in words, for the chart's description. */
function spreadText(label: string, s: ResponseSpread | null): string {
  if (s === null) return `${label}: no first response yet.`;
  const n = `${s.count} response${s.count === 1 ? '' : 's'}`;
  return (
    `${label}: ${n}, fastest ${hoursMinutes(s.fastestMs)}, 25th percentile ${hoursMinutes(s.p25Ms)}, median ${hoursMinutes(s.medianMs)}, ` +
    `75th percentile ${hoursMinutes(s.p75Ms)}, p90 ${hoursMinutes(s.p90Ms)}, slowest ${hoursMinutes(s.slowestMs)}.`
  );
}

/**
 * The first-response times per group as box plots on one time axis (h:mm):
 * whiskers from the fastest to the slowest, a box from the 25th to the 75th
 * percentile, a bar at the median, a triangle at p90, and, for a group of at
 * most {@link MAX_DOTS} responses, every response as a dot. The axis ends at
 * half again the largest p90 when the slowest response lies further; whiskers
 * past it end in an arrow. The description gives every group's figures in words.
 *
 * @example
 * responseTimesChart(report.groups, 'response-times')
 * //=> '<svg ... role="img" aria-labelledby="response-times-title" ...'
 */
export function responseTimesChart(groups: readonly GroupStats[], id: string): string {
  const spreads = groups.map((group) => ({ group, spread: responseSpread(group) }));
  // The axis runs to the slowest response, but no further than half again the largest p90: one
  // response days late would otherwise squeeze every box into the first pixels. Whiskers that run
  // past the axis end in an arrow; the description and the table give the slowest time.
  const slowest = Math.max(0, ...spreads.map(({ spread: s }) => (s === null ? 0 : s.slowestMs)));
  const largestP90 = Math.max(0, ...spreads.map(({ spread: s }) => (s === null ? 0 : s.p90Ms)));
  const reachMs = Math.min(slowest, largestP90 * 1.5);
  const stepMs = axisStep(reachMs / MS_PER_MINUTE, 6, STEPS_MINUTES) * MS_PER_MINUTE;
  const axisMs = Math.max(stepMs, Math.ceil(reachMs / stepMs) * stepMs);
  const x0 = GROUP_LABELS.width;
  const xOf = (ms: number): number => x0 + (Math.min(ms, axisMs) / axisMs) * PLOT_WIDTH;
  const axisY = TOP + groups.length * ROW;
  const height = axisY + BOTTOM;

  let body =
    `<text class="note" x="${x0}" y="12">box: 25th to 75th percentile · thick bar: median · ▼ p90</text>` +
    `<text class="note" x="${x0}" y="26">whiskers: fastest to slowest (▸ past the axis) · dots: each response</text>`;
  for (let t = 0; t <= axisMs; t += stepMs) {
    const x = xOf(t);
    body += `<line x1="${num(x)}" y1="${TOP - 6}" x2="${num(x)}" y2="${num(axisY)}" stroke="${PALETTE.grid}"/>`;
    body += `<text class="tick" x="${num(x)}" y="${num(axisY + 16)}" text-anchor="middle">${hoursMinutes(t)}</text>`;
  }
  spreads.forEach(({ group: g, spread: s }, i) => {
    const mid = TOP + i * ROW + ROW / 2 - 4;
    body += groupLabel(g.label, x0 - 8, mid + 4, GROUP_LABELS.chars);
    if (s === null) {
      body += `<text class="note" x="${x0 + 6}" y="${num(mid + 4)}">no first response yet</text>`;
      return;
    }
    const stroke = `stroke="${PALETTE.spread}"`;
    body += `<g><title>${escapeHtml(spreadText(g.label, s))}</title>`;
    body += `<line x1="${num(xOf(s.fastestMs))}" y1="${num(mid)}" x2="${num(xOf(s.slowestMs))}" y2="${num(mid)}" ${stroke}/>`;
    for (const end of s.slowestMs > axisMs ? [s.fastestMs] : [s.fastestMs, s.slowestMs]) {
      body += `<line x1="${num(xOf(end))}" y1="${num(mid - 6)}" x2="${num(xOf(end))}" y2="${num(mid + 6)}" ${stroke}/>`;
    }
    if (s.slowestMs > axisMs) body += `<path d="M${num(xOf(axisMs))} ${num(mid - 5)}l7 5l-7 5z" fill="${PALETTE.spread}"/>`;
    const boxX = xOf(s.p25Ms);
    body += `<rect x="${num(boxX)}" y="${num(mid - 8)}" width="${num(Math.max(1, xOf(s.p75Ms) - boxX))}" height="16" fill="${PALETTE.spreadFill}" ${stroke}/>`;
    body += `<line x1="${num(xOf(s.medianMs))}" y1="${num(mid - 8)}" x2="${num(xOf(s.medianMs))}" y2="${num(mid + 8)}" ${stroke} stroke-width="3"/>`;
    const p90 = xOf(s.p90Ms);
    body += `<path d="M${num(p90 - 4)} ${num(mid - 15)}h8l-4 6z" fill="${PALETTE.text}"/>`;
    if (s.count <= MAX_DOTS) {
      const times = g.responseTimesMs;
      // A fixed spread over five lanes instead of random jitter: the same report draws the same picture.
      let k = 0;
      for (const t of times) {
        if (t > axisMs) break;
        body += `<circle cx="${num(xOf(t))}" cy="${num(mid + ((k % 5) - 2) * 2.5)}" r="2.2" fill="${PALETTE.text}" fill-opacity="0.7"/>`;
        k++;
      }
    }
    body += `</g><text class="note" x="${x0 + PLOT_WIDTH + 12}" y="${num(mid + 4)}">median ${hoursMinutes(s.medianMs)} · p90 ${hoursMinutes(s.p90Ms)}</text>`;
  });
  body += `<line x1="${x0}" y1="${num(axisY)}" x2="${x0 + PLOT_WIDTH}" y2="${num(axisY)}" stroke="${PALETTE.axis}"/>`;
  const desc =
    'First-response times per group in hours and minutes (business time for business-hours targets, elapsed time for 24/7 ones). ' +
    spreads.map(({ group, spread }) => spreadText(group.label, spread)).join(' ');
  return svgFigure({ id, title: 'First-response times per group', desc, height, body });
}
