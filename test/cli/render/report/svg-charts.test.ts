import { daysFromCivil } from '../../../../src/core/civil';
import { escapeHtml } from '../../../../src/cli/render/report/html-escape';
import { percentMetChart } from '../../../../src/cli/render/report/svg-bars';
import { MAX_DOTS, responseSpread, responseTimesChart } from '../../../../src/cli/render/report/svg-box-plot';
import { axisStep, CHART_WIDTH, fitLabel, groupLabel, num, PALETTE, seriesFill, svgFigure } from '../../../../src/cli/render/report/svg-chart';
import { chartWeeks, MAX_CHART_WEEKS, weeklyChart } from '../../../../src/cli/render/report/svg-weeks';
import { group, week } from './report-model';

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The numbers of every `attr="…"` in an SVG fragment. */
const attrs = (svg: string, attr: string): number[] => [...svg.matchAll(new RegExp(` ${attr}="(-?[\\d.]+)"`, 'g'))].map((m) => Number(m[1]));

describe('PALETTE: WCAG AA on the white page', () => {
  test.each(['text', 'muted', 'axis', 'breached'] as const)('%s is text colour: at least 4.5:1', (name) => {
    expect(contrast(PALETTE[name], PALETTE.background)).toBeGreaterThanOrEqual(4.5);
  });
  test.each(['met', 'missed', 'breached', 'spread'] as const)('%s marks a chart: at least 3:1, and reads as text too', (name) => {
    expect(contrast(PALETTE[name], PALETTE.background)).toBeGreaterThanOrEqual(4.5);
  });
  test('met, missed and breached fills differ by pattern, not by colour alone', () => {
    expect(new Set([seriesFill('c', 'met'), seriesFill('c', 'missed'), seriesFill('c', 'breached')]).size).toBe(3);
    expect(seriesFill('c', 'met')).toBe(PALETTE.met);
    expect(seriesFill('c', 'missed')).toBe('url(#c-missed)');
  });
});

describe('chart helpers', () => {
  test('escapeHtml: the five characters that could start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('Professional P1')).toBe('Professional P1');
  });

  test('num: a tenth at most', () => {
    expect(num(12.3456)).toBe('12.3');
    expect(num(40)).toBe('40');
  });

  test('fitLabel: cut in the middle, keeping the end that tells groups apart', () => {
    expect(fitLabel('Enterprise Platinum Plus P1', 20)).toBe('Enterprise P…Plus P1');
    expect(fitLabel('Enterprise Platinum Plus P1', 20)).toHaveLength(20);
    expect(fitLabel('Enterprise Platinum Plus P2', 20)).not.toBe(fitLabel('Enterprise Platinum Plus P1', 20));
    expect(fitLabel('Basic P3', 20)).toBe('Basic P3');
  });

  test('groupLabel: a cut label keeps the whole one as its tooltip, escaped', () => {
    expect(groupLabel('Basic P3', 182, 47, 24)).toBe('<text x="182" y="47" text-anchor="end">Basic P3</text>');
    expect(groupLabel('Enterprise <Platinum> Plus P1', 182, 47, 20)).toBe(
      '<text x="182" y="47" text-anchor="end"><title>Enterprise &lt;Platinum&gt; Plus P1</title>Enterprise &lt;…Plus P1</text>',
    );
  });

  test('axisStep: the smallest step within the ticks, else a multiple of the largest', () => {
    expect(axisStep(17, 5, [1, 2, 5, 10])).toBe(5);
    expect(axisStep(3, 5, [1, 2, 5, 10])).toBe(1);
    expect(axisStep(1000, 5, [1, 2, 5, 10])).toBe(200);
  });

  test('svgFigure: an image named by its title and described by its desc, both escaped', () => {
    const svg = svgFigure({ id: 'c', title: 'A & B', desc: '<b>', height: 50.25, body: '<g/>' });
    expect(svg).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="c" viewBox="0 0 ${CHART_WIDTH} 50.3" role="img" aria-labelledby="c-title" aria-describedby="c-desc">` +
        '<title id="c-title">A &amp; B</title><desc id="c-desc">&lt;b&gt;</desc><g/></svg>',
    );
  });
});

describe('percentMetChart', () => {
  const groups = [
    group({ label: 'Professional P1', met: 3, missed: 1, breached: 1, open: 1 }),
    group({ label: 'Basic P3', notCovered: 2 }),
  ];
  const svg = percentMetChart(groups, 'pm');

  test('a bar of the tickets due, split into met, missed and breached in proportion', () => {
    const bar = [...svg.matchAll(/<rect x="([\d.]+)" y="\d+" width="([\d.]+)" height="18" fill="([^"]+)"/g)].map((m) => [Number(m[2]), m[3]]);
    expect(bar).toEqual([
      [240, PALETTE.met],
      [80, 'url(#pm-missed)'],
      [80, 'url(#pm-breached)'],
    ]);
    expect(svg).toContain('>60.0% met</text>');
  });

  test('a group with nothing due says so, in the chart and its description', () => {
    expect(svg).toContain('>no ticket due yet</text>');
    expect(svg).toContain('Basic P3: no ticket due yet.');
  });

  test('everything is drawn inside the chart’s width', () => {
    expect(Math.max(...attrs(svg, 'x'), ...attrs(svg, 'x2'))).toBeLessThanOrEqual(CHART_WIDTH - 80);
  });
});

describe('responseTimesChart', () => {
  test('responseSpread: every figure one of the times, by nearest rank', () => {
    expect(responseSpread(group({ label: 'g', minutes: [240, 60, 150, 180] }))).toEqual({
      count: 4,
      fastestMs: 3_600_000,
      p25Ms: 3_600_000,
      medianMs: 9_000_000,
      p75Ms: 10_800_000,
      p90Ms: 14_400_000,
      slowestMs: 14_400_000,
    });
    expect(responseSpread(group({ label: 'g' }))).toBeNull();
  });

  test('the median drawn is the table’s median', () => {
    const g = group({ label: 'g', minutes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    expect(responseSpread(g)!.medianMs).toBe(g.medianMs);
    expect(responseSpread(g)!.p90Ms).toBe(g.p90Ms);
  });

  test('each response a dot up to the limit, none beyond it', () => {
    const few = responseTimesChart([group({ label: 'g', minutes: [10, 20, 30] })], 'rt');
    expect(few.match(/<circle /g)).toHaveLength(3);
    const many = responseTimesChart([group({ label: 'g', minutes: Array.from({ length: MAX_DOTS + 1 }, (_, i) => i) })], 'rt');
    expect(many).not.toContain('<circle ');
  });

  test('the axis runs to the slowest response, rounded up to a step, in h:mm', () => {
    const svg = responseTimesChart([group({ label: 'g', minutes: [45, 150] })], 'rt');
    expect(svg).toContain('>2:30</text>');
    expect(svg).not.toContain('>3:00</text>');
    expect(responseTimesChart([group({ label: 'g', minutes: [45, 155] })], 'rt')).toContain('>3:00</text>');
    expect(svg).toContain('median 0:45 · p90 2:30');
    expect(Math.max(...attrs(svg, 'cx'))).toBeLessThanOrEqual(CHART_WIDTH);
  });

  test('one response far slower than the rest does not squeeze the boxes: the axis stops, the whisker ends in an arrow', () => {
    const svg = responseTimesChart([group({ label: 'g', minutes: [30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 3000] })], 'rt');
    // p90 is 120 min: the axis reaches 180 min, not 3000.
    expect(svg).toContain('>3:00</text>');
    expect(svg).not.toContain('>4:00</text>');
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+l7 5l-7 5z"/);
    expect(svg).toContain('slowest 50:00.');
    expect(Math.max(...attrs(svg, 'cx'), ...attrs(svg, 'x2'))).toBeLessThanOrEqual(190 + 320);
    expect(svg.match(/<circle /g)).toHaveLength(10);
  });

  test('a group without a response says so', () => {
    const svg = responseTimesChart([group({ label: 'Basic P3', notCovered: 1 }), group({ label: 'g', minutes: [5] })], 'rt');
    expect(svg).toContain('>no first response yet</text>');
    expect(svg).toContain('Basic P3: no first response yet.');
  });
});

describe('weeklyChart', () => {
  test('chartWeeks: weeks without tickets fill the gaps', () => {
    const weeks = chartWeeks([week(2025, 6, 2, { met: 1 }), week(2025, 6, 23, { missed: 1 })]);
    expect(weeks.map((w) => w.week)).toEqual(['2025-W23', '2025-W24', '2025-W25', '2025-W26']);
    expect(weeks[1]).toEqual({ week: '2025-W24', monday: daysFromCivil(2025, 6, 9), tickets: 0, met: 0, missed: 0, open: 0, breached: 0, notCovered: 0 });
  });

  test('chartWeeks: across New Year, ISO weeks of the other year included', () => {
    expect(chartWeeks([week(2024, 12, 23), week(2025, 1, 6)]).map((w) => w.week)).toEqual(['2024-W52', '2025-W01', '2025-W02']);
  });

  test('at most the last two years of weeks; the description says so', () => {
    const first = week(2020, 1, 6, { met: 1 });
    const last = week(2025, 6, 2, { met: 1 });
    const shown = chartWeeks([first, last]);
    expect(shown).toHaveLength(MAX_CHART_WEEKS);
    expect(shown[shown.length - 1]!.week).toBe('2025-W23');
    expect(weeklyChart([first, last], 'w', 'Europe/Amsterdam')).toContain(`The chart shows the last ${MAX_CHART_WEEKS} weeks; the table lists them all.`);
  });

  test('stacked bars of met, missed and breached, with a count axis', () => {
    const svg = weeklyChart([week(2025, 6, 2, { met: 4, missed: 2, breached: 1, open: 2, notCovered: 2 })], 'w', 'Europe/Amsterdam');
    expect(svg).toContain('<title>2025-W23: 4 met</title>');
    expect(svg).toContain('<title>2025-W23: 2 missed</title>');
    expect(svg).toContain('<title>2025-W23: 1 breached</title>');
    expect(svg).toContain('2025-W23: 4 met, 2 missed, 1 breached.');
    expect(svg).toContain('(Europe/Amsterdam)');
    // Heights in proportion: 4 : 2 : 1.
    const heights = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" fill="[^"]+" stroke="[^"]+"><title>/g)].map((m) => Number(m[1]));
    expect(heights[0]! / heights[2]!).toBeCloseTo(4, 1);
    expect(heights[1]! / heights[2]!).toBeCloseTo(2, 1);
  });

  test('week labels thin out on a long axis, and the year is written where it changes', () => {
    const many = chartWeeks([week(2024, 11, 4, { met: 1 }), week(2025, 8, 4, { met: 1 })]);
    expect(many.length).toBe(40);
    const svg = weeklyChart([week(2024, 11, 4, { met: 1 }), week(2025, 8, 4, { met: 1 })], 'w', 'UTC');
    const labels = [...svg.matchAll(/<text class="tick" x="[\d.]+" y="\d+" text-anchor="middle">([^<]+)</g)].map((m) => m[1]);
    expect(labels.filter((l) => l!.startsWith('W')).length).toBeLessThanOrEqual(16);
    expect(labels.filter((l) => /^\d{4}$/.test(l!))).toEqual(['2024', '2025']);
  });
});
