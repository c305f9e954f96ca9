import { escapeHtml } from './html-escape';

/**
 * The colours of the HTML report. Text colours reach 4.5:1 on white and chart
 * marks 3:1 (WCAG AA, 1.4.3 and 1.4.11); the grid is decoration only. Met,
 * missed and breached also differ by pattern, never by colour alone.
 */
export const PALETTE = Object.freeze({
  background: '#ffffff',
  text: '#1a1a1a',
  muted: '#595959',
  axis: '#767676',
  grid: '#d9d9d9',
  met: '#1f5c99',
  missed: '#a14f00',
  breached: '#b3261e',
  spread: '#4a4a9c',
  /** The inside of a box plot's box: a tint, outlined in `spread`. */
  spreadFill: '#e8e8f4',
});

/** The outcomes a chart tells apart: answered in time, answered late, open past the target. */
export type Series = 'met' | 'missed' | 'breached';

/**
 * A bar's counts per series, in the order they are stacked: met, missed, breached.
 *
 * @example
 * seriesCounts({ met: 3, missed: 1, breached: 0 }) //=> [['met', 3], ['missed', 1], ['breached', 0]]
 */
export function seriesCounts(c: { readonly met: number; readonly missed: number; readonly breached: number }): Array<[Series, number]> {
  return [
    ['met', c.met],
    ['missed', c.missed],
    ['breached', c.breached],
  ];
}

/** The steps an axis may take, smallest first: at least one. */
export type AxisSteps = readonly [number, ...number[]];

/** How each outcome is drawn: a solid fill, stripes, or dots, so that print in grey and colour-blind readers tell them apart. */
export const SERIES_LOOK: Readonly<Record<Series, { readonly label: string; readonly pattern: string }>> = Object.freeze({
  met: { label: 'met', pattern: 'solid' },
  missed: { label: 'missed (answered late)', pattern: 'stripes' },
  breached: { label: 'breached (open, overdue)', pattern: 'dots' },
});

/** The width every chart is drawn at, in its own units: about an A4 page's printable width at 96 dpi, so print scales it little. */
export const CHART_WIDTH = 720;

/**
 * A coordinate or length for an attribute, to a tenth: enough for a screen
 * and a printer, and short.
 *
 * @example
 * num(12.3456) //=> '12.3'
 */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * The fill of a series in a chart whose patterns were declared by
 * {@link seriesPatterns} with the same id prefix.
 *
 * @example
 * seriesFill('weeks', 'missed') //=> 'url(#weeks-missed)'
 */
export function seriesFill(prefix: string, series: Series): string {
  return series === 'met' ? PALETTE.met : `url(#${prefix}-${series})`;
}

/**
 * The `<defs>` patterns of the missed (stripes) and breached (dots) fills,
 * with ids under `prefix`, unique per chart on the page.
 *
 * @example
 * seriesPatterns('weeks') //=> '<defs><pattern id="weeks-missed" ...'
 */
export function seriesPatterns(prefix: string): string {
  return (
    '<defs>' +
    `<pattern id="${prefix}-missed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${PALETTE.missed}"/><rect width="2" height="6" fill="${PALETTE.background}"/></pattern>` +
    `<pattern id="${prefix}-breached" width="6" height="6" patternUnits="userSpaceOnUse">` +
    `<rect width="6" height="6" fill="${PALETTE.breached}"/><circle cx="3" cy="3" r="1.4" fill="${PALETTE.background}"/></pattern>` +
    '</defs>'
  );
}

/**
 * A legend row of swatches with their words, at `y`, from `x`: each swatch
 * carries the series' fill and an outline in its colour, then the label.
 *
 * @example
 * legend('weeks', ['met', 'missed'], 0, 12) //=> '<g class="legend">...'
 */
export function legend(prefix: string, series: readonly Series[], x: number, y: number): string {
  let at = x;
  let out = '<g class="legend">';
  for (const s of series) {
    const label = SERIES_LOOK[s].label;
    out += `<rect x="${num(at)}" y="${num(y - 10)}" width="14" height="12" fill="${seriesFill(prefix, s)}" stroke="${PALETTE[s]}"/>`;
    out += `<text x="${num(at + 19)}" y="${num(y)}">${escapeHtml(label)}</text>`;
    at += 19 + label.length * 7.5 + 18;
  }
  return `${out}</g>`;
}

/**
 * A label cut to `max` characters for a chart's fixed label column: the
 * middle gives way to `…`, since the end tells groups apart (`P1`, `P2`, a
 * week). The full text stays in the tables, the chart's description and the
 * label's tooltip.
 *
 * @example
 * fitLabel('Enterprise Platinum Plus P1', 20) //=> 'Enterprise P…Plus P1'
 */
export function fitLabel(label: string, max: number): string {
  if (label.length <= max) return label;
  const tail = Math.floor((max - 1) * 0.4);
  return `${label.slice(0, max - 1 - tail).trimEnd()}…${label.slice(label.length - tail).trimStart()}`;
}

/**
 * The label column of the charts drawn a row per group (percent met, response
 * times): one width and one cut for both, so that on the report's page their
 * marks start at the same x and a group reads the same in each.
 */
export const GROUP_LABELS = Object.freeze({ width: 190, chars: 24 });

/**
 * A chart's label for a group, right-aligned against the marks at `x`: cut
 * to `max` characters when longer, with the whole label as its tooltip.
 *
 * @example
 * groupLabel('Professional P1', 182, 47, 24) //=> '<text x="182" y="47" text-anchor="end">Professional P1</text>'
 */
export function groupLabel(label: string, x: number, y: number, max: number): string {
  const shown = fitLabel(label, max);
  const tip = shown === label ? '' : `<title>${escapeHtml(label)}</title>`;
  return `<text x="${num(x)}" y="${num(y)}" text-anchor="end">${tip}${escapeHtml(shown)}</text>`;
}

/**
 * The step of an axis from 0 to `max`: the smallest of `steps` that needs at
 * most `maxTicks` intervals (the largest step when none does).
 *
 * @example
 * axisStep(17, 5, [1, 2, 5, 10]) //=> 5
 */
export function axisStep(max: number, maxTicks: number, steps: AxisSteps): number {
  let largest = steps[0];
  for (const step of steps) {
    if (max / step <= maxTicks) return step;
    largest = step;
  }
  return largest * Math.ceil(max / largest / maxTicks);
}

/** What {@link svgFigure} wraps. */
export interface SvgFigure {
  /** Unique on the page; the ids of the title and description derive from it. */
  readonly id: string;
  /** The chart's name, its accessible name. */
  readonly title: string;
  /** Its data in words, its accessible description. */
  readonly desc: string;
  readonly height: number;
  /** The marks, in a coordinate space {@link CHART_WIDTH} wide. */
  readonly body: string;
}

/**
 * A chart as inline SVG: an image with a `<title>` and a `<desc>` that name
 * and describe it (`aria-labelledby`, `aria-describedby`), scaled to the
 * width of the page by its `viewBox`, so that it fits a printed page too.
 *
 * @example
 * svgFigure({ id: 'met', title: 'Percent met per group', desc: 'Professional P1: 60.0%', height: 80, body: '' })
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 80" role="img" aria-labelledby="met-title" ...'
 */
export function svgFigure(figure: SvgFigure): string {
  const { id, height } = figure;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${id}" viewBox="0 0 ${CHART_WIDTH} ${num(height)}" ` +
    `role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(figure.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(figure.desc)}</desc>` +
    `${figure.body}</svg>`
  );
}
