import type { GroupStats } from '../../batch/report-groups';
import { escapeHtml } from './html-escape';
import { formatPercent } from './report-figures';
import { GROUP_LABELS, groupLabel, legend, num, PALETTE, seriesFill, seriesCounts, seriesPatterns, svgFigure } from './svg-chart';

const BAR_WIDTH = 400;
const ROW = 26;
const TOP = 34;
const BOTTOM = 28;

/** A group's met, missed and breached tickets as words: `3 met, 1 missed, 1 breached of 5 due`. */
function dueText(g: GroupStats): string {
  return `${g.met} met, ${g.missed} missed, ${g.breached} breached of ${g.met + g.missed + g.breached} due`;
}

/**
 * The percentage met per group as horizontal bars, drawn whole: each bar is
 * the group's tickets due (met + missed + breached, the percentage's
 * denominator), split into met (solid), missed (stripes) and breached
 * (dots), with the percentage written after it. A group with no ticket due
 * yet says so instead of a bar. The description lists every figure.
 *
 * @example
 * percentMetChart(report.groups, 'percent-met')
 * //=> '<svg ... role="img" aria-labelledby="percent-met-title" ...><title ...>Percent met per group</title>...'
 */
export function percentMetChart(groups: readonly GroupStats[], id: string): string {
  const height = TOP + groups.length * ROW + BOTTOM;
  const x0 = GROUP_LABELS.width;
  const axisY = TOP + groups.length * ROW;
  let body = seriesPatterns(id) + legend(id, ['met', 'missed', 'breached'], x0, 14);
  for (let p = 0; p <= 100; p += 25) {
    const x = x0 + (p / 100) * BAR_WIDTH;
    body += `<line x1="${num(x)}" y1="${TOP - 6}" x2="${num(x)}" y2="${num(axisY)}" stroke="${PALETTE.grid}"/>`;
    body += `<text class="tick" x="${num(x)}" y="${num(axisY + 16)}" text-anchor="middle">${p}%</text>`;
  }
  groups.forEach((g, i) => {
    const y = TOP + i * ROW;
    body += groupLabel(g.label, x0 - 8, y + 13, GROUP_LABELS.chars);
    const due = g.met + g.missed + g.breached;
    if (due === 0 || g.percentMet === null) {
      body += `<text class="note" x="${x0 + 6}" y="${y + 13}">no ticket due yet</text>`;
      return;
    }
    let at = x0;
    for (const [series, count] of seriesCounts(g)) {
      if (count === 0) continue;
      const w = (count / due) * BAR_WIDTH;
      body +=
        `<rect x="${num(at)}" y="${y}" width="${num(w)}" height="18" fill="${seriesFill(id, series)}" stroke="${PALETTE[series]}">` +
        `<title>${escapeHtml(`${g.label}: ${count} ${series}`)}</title></rect>`;
      at += w;
    }
    body += `<text x="${x0 + BAR_WIDTH + 8}" y="${y + 13}">${formatPercent(g.percentMet)} met</text>`;
  });
  body += `<line x1="${x0}" y1="${num(axisY)}" x2="${x0 + BAR_WIDTH}" y2="${num(axisY)}" stroke="${PALETTE.axis}"/>`;
  const desc =
    'Percentage of the tickets due that met their target (met / (met + missed + breached)), per group. ' +
    groups.map((g) => (g.percentMet === null ? `${g.label}: no ticket due yet.` : `${g.label}: ${formatPercent(g.percentMet)} met (${dueText(g)}).`)).join(' ');
  return svgFigure({ id, title: 'Percent met per group', desc, height, body });
}

