import { getZone } from '../../../../src/core/zone';
import { renderReportHtml } from '../../../../src/cli/render/report/report-html';
import { reportToJson, type GroupJson } from '../../../../src/cli/render/report/report-json';
import { group, model, overrun, week } from './report-model';

const ZONE = getZone('Europe/Amsterdam');

/** The fixture of `test/cli/report.test.ts`, by hand: the same figures the pipeline gives for it. */
const FIXTURE = model([
  group({ label: 'Basic P3', key: { plan: 'basic', priority: 3 }, notCovered: 1 }),
  group({
    label: 'Professional P1',
    key: { plan: 'professional', priority: 1 },
    met: 3,
    missed: 1,
    open: 2,
    breached: 1,
    minutes: [60, 180, 240, 150],
    worst: [overrun('A6', 120, 'breached', 'professional', 'Professional', 1, 7), overrun('A3', 60, 'missed', 'professional', 'Professional', 1, 4)],
  }),
  group({ label: 'Professional P2', key: { plan: 'professional', priority: 2 }, met: 1, minutes: [180] }),
  group({
    label: 'Advanced P1',
    key: { plan: 'advanced', priority: 1 },
    met: 1,
    missed: 1,
    open: 1,
    minutes: [45, 150],
    worst: [overrun('B2', 90, 'missed', 'advanced', 'Advanced', 1, 9)],
  }),
  group({ label: 'Advanced P3', key: { plan: 'advanced', priority: 3 }, notCovered: 1 }),
]);

/** The `<tr>` elements of the table with `data-report="name"`, in order. */
function rows(html: string, name: string): string[] {
  const table = new RegExp(`<table[^>]*data-report="${name}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  if (!table) throw new Error(`no table ${name}`);
  return [...table[1]!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[0]).filter((r) => r.includes('data-field'));
}

/** A `data-value` as `--json` has it: numbers and null as JSON, words (a status) as they are. */
const valueOf = (text: string): unknown => (/^(null|-?\d+(\.\d+)?)$/.test(text) ? JSON.parse(text) : text);

/** A row's figures by `data-field`: its `data-value`, else its text (a label, an id). */
function figures(row: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of row.matchAll(/data-field="([^"]+)"(?: data-value="([^"]*)")?>([^<]*)</g)) {
    out[m[1]!] = m[2] === undefined ? m[3] : valueOf(m[2]);
  }
  return out;
}

/** The charts drawn per group (all but the weekly one). */
const groupCharts = (html: string): string[] => html.match(/<svg[\s\S]*?<\/svg>/g)!.filter((svg) => !svg.includes('id="weeks-chart"'));

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const jsonFigures = (g: GroupJson) => ({
  label: g.label,
  tickets: g.tickets,
  met: g.met,
  missed: g.missed,
  open: g.open,
  breached: g.breached,
  notCovered: g.notCovered,
  percentMet: g.percentMet,
  medianMinutes: g.medianMinutes,
  p90Minutes: g.p90Minutes,
});

describe('renderReportHtml: the figures are those of --json', () => {
  const html = renderReportHtml(FIXTURE, ZONE);
  const json = reportToJson(FIXTURE, ZONE);

  test('one table row per group, then the total, each figure as --json prints it', () => {
    const table = rows(html, 'groups').map(figures);
    expect(table).toEqual([...json.groups, json.total].map(jsonFigures));
    expect(table[1]).toMatchObject({ label: 'Professional P1', percentMet: 60, medianMinutes: 150, p90Minutes: 240 });
  });

  test('each row carries its key as --json has it', () => {
    const keys = [...html.matchAll(/<tr data-key="([^"]*)"/g)].map((m) => JSON.parse(unescape(m[1]!)));
    expect(keys).toEqual([...json.groups.map((g) => g.key), {}]);
  });

  test('the cells people read are the text report’s: 60.0%, 2:30, 4:00, and - for none', () => {
    const row = rows(html, 'groups')[1]!;
    expect(row).toContain('>60.0%</td>');
    expect(row).toContain('>2:30</td>');
    expect(row).toContain('>4:00</td>');
    expect(rows(html, 'groups')[0]).toContain('data-value="null">-</td>');
  });

  test('the worst overruns of the total, with ids, minutes and status as --json has them', () => {
    const worst = rows(html, 'worst-overruns').map(figures);
    expect(worst).toEqual(json.total.worstOverruns.map((o) => ({ id: o.id, status: o.status, overrunMinutes: o.overrunMinutes })));
    expect(html).toContain('2 h overdue');
    expect(html).toContain('1 h 30 min late');
  });

  test('the title, the range, the status time and the zone, as the text report words them', () => {
    expect(html).toContain('<title>SLA report: Tickets opened from Sun 1 Jun 2025 00:00 +02:00 to before Tue 1 Jul 2025 00:00 +02:00</title>');
    expect(html).toContain('<time datetime="2025-06-01T00:00:00+02:00">Sun 1 Jun 2025 00:00 +02:00</time>');
    expect(html).toContain('Status at <time datetime="2025-06-10T12:00:00+02:00">Tue 10 Jun 2025 12:00 +02:00</time>');
    expect(html).toContain('(Europe/Amsterdam)');
  });

  test('the weeks, in a table behind the weekly chart', () => {
    const weeks = rows(html, 'weeks').map(figures);
    expect(weeks).toEqual([{ tickets: 12, met: 5, missed: 2, open: 3, breached: 1, notCovered: 2 }]);
    expect(html).toContain('<th scope="row">2025-W23</th>');
  });

  test('open ends of the range read as the text report reads them', () => {
    expect(renderReportHtml({ ...FIXTURE, fromMs: null }, ZONE)).toContain('<p>Tickets opened before <time');
    expect(renderReportHtml({ ...FIXTURE, toMs: null }, ZONE)).toContain('<p>Tickets opened from <time');
    expect(renderReportHtml({ ...FIXTURE, fromMs: null, toMs: null }, ZONE)).toContain('<p>All tickets of the input</p>');
  });
});

describe('renderReportHtml: text from the input and the policy is escaped', () => {
  const evil = '<script>alert("x")</script> & \'co\'';
  const report = model(
    [
      group({
        label: `${evil} P1`,
        key: { plan: '"><img src=x onerror=alert(1)>', priority: 1 },
        met: 1,
        missed: 1,
        minutes: [30, 90],
        worst: [overrun('<img src=x onerror=alert(1)>', 30, 'missed', 'p', evil, 1, 3), overrun(null, 20, 'missed', 'p', evil, 1, 5), overrun(42, 10, 'missed', 'p', evil, 1, 6)],
      }),
    ],
    { weeks: [week(2025, 6, 2, { met: 1, missed: 1 })] },
  );
  const html = renderReportHtml(report, ZONE);

  test('no markup of the input survives: tags, quotes and ampersands become entities', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/onerror=alert\(1\)>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39; P1');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('the escaped label is in the table, in every chart and in its description', () => {
    const label = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39; P1';
    expect(rows(html, 'groups')[0]).toContain(`<th scope="row" data-field="label">${label}</th>`);
    const charts = groupCharts(html);
    expect(charts).toHaveLength(2);
    for (const svg of charts) expect(svg).toMatch(/<desc [^>]*>[^<]*&lt;script&gt;alert/);
  });

  test('a ticket without an id is named by its line, a numeric id as JSON writes it', () => {
    const names = rows(html, 'worst-overruns').map((r) => figures(r).id);
    expect(names).toEqual(['&lt;img src=x onerror=alert(1)&gt;', 'line 5', '42']);
  });

  test('a field of the input named in --by is escaped in the caption', () => {
    const byField = renderReportHtml({ ...report, by: ['plan', '<b>team</b>'] }, ZONE);
    expect(byField).toContain('<caption>Tickets per group (by plan and &lt;b&gt;team&lt;/b&gt;), and in total;');
  });

  test('the key in data-key is JSON, escaped for its attribute', () => {
    const key = /<tr data-key="([^"]*)"/.exec(html)![1]!;
    expect(JSON.parse(unescape(key))).toEqual({ plan: '"><img src=x onerror=alert(1)>', priority: 1 });
  });
});

describe('renderReportHtml: self-contained and accessible', () => {
  const html = renderReportHtml(FIXTURE, ZONE);

  test('nothing is fetched: no script, no link, no src, no url() but the page’s own patterns, and a policy that forbids it', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import|\ssrc=|\shref=/i);
    expect(html.match(/url\([^)]*\)/g)!.every((u) => u.startsWith('url(#'))).toBe(true);
    expect(new Set(html.match(/https?:\/\/[^\s"']+/g))).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  });

  test('every chart is an image with a title and a description in words', () => {
    const charts = html.match(/<svg[\s\S]*?<\/svg>/g)!;
    expect(charts).toHaveLength(3);
    for (const svg of charts) {
      const open = /^<svg[^>]*>/.exec(svg)![0];
      expect(open).toContain('role="img"');
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(open)![1]!;
      const describedBy = /aria-describedby="([^"]+)"/.exec(open)![1]!;
      expect(svg).toMatch(new RegExp(`<title id="${labelledBy}">[^<]{10,}</title>`));
      expect(svg).toMatch(new RegExp(`<desc id="${describedBy}">[^<]{40,}</desc>`));
    }
    // Every group is in the words of the group charts, with its figure or the reason it has none.
    for (const svg of groupCharts(html)) for (const g of FIXTURE.groups) expect(/<desc[^>]*>([^<]*)</.exec(svg)![1]).toContain(g.label);
  });

  test('the descriptions carry the figures: percentages, response times, weekly counts', () => {
    expect(html).toContain('Professional P1: 60.0% met (3 met, 1 missed, 1 breached of 5 due).');
    expect(html).toContain('Basic P3: no ticket due yet.');
    expect(html).toContain('Professional P1: 4 responses, fastest 1:00, 25th percentile 1:00, median 2:30, 75th percentile 3:00, p90 4:00, slowest 4:00.');
    expect(html).toContain('2025-W23: 5 met, 2 missed, 1 breached.');
  });

  test('every chart but the bars has a data table too; every table has a caption and scoped headers', () => {
    expect(html).toContain('data-report="response-times"');
    expect(html).toContain('data-report="weeks"');
    const tables = html.match(/<table[\s\S]*?<\/table>/g)!;
    expect(tables).toHaveLength(4);
    for (const t of tables) {
      expect(t).toMatch(/^<table[^>]*><caption>[^<]+/);
      const headers = t.match(/<th[ >][^>]*>?/g)!;
      for (const th of headers) expect(th).toMatch(/scope="(col|row)"/);
    }
  });

  test('met, missed and breached differ by pattern and by words, not by colour alone', () => {
    const bars = /<svg[^>]*id="percent-met-chart"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(bars).toContain('fill="url(#percent-met-chart-missed)"');
    expect(bars).toContain('fill="url(#percent-met-chart-breached)"');
    expect(bars).toContain('<pattern id="percent-met-chart-missed"');
    expect(bars).toMatch(/<g class="legend">.*>met<.*>missed \(answered late\)<.*>breached \(open, overdue\)</);
    expect(html).toContain('breached: still open');
    expect(html).toContain('missed: answered late');
  });

  test('a print style sheet: no background, charts no wider than the page', () => {
    const print = /@media print \{([\s\S]*?)\n\}/.exec(html)![1]!;
    expect(print).toContain('background: #fff');
    expect(print).toContain('svg.chart { max-width: 100%; }');
  });
});

describe('renderReportHtml: nothing to draw', () => {
  test('no tickets: the tables are there, each chart says why it is missing', () => {
    const html = renderReportHtml(model([], { weeks: [], by: ['plan'] }), ZONE);
    expect(html).not.toContain('<svg');
    expect(html).toContain('No ticket is due yet: nothing is met or missed.');
    expect(html).toContain('No ticket with a target has been answered yet.');
    expect(html).toContain('No ticket is due yet: there is no trend to draw.');
    expect(html).toContain('No ticket missed or breached its target.');
    expect(rows(html, 'groups').map(figures)).toEqual([
      { label: 'all', tickets: 0, met: 0, missed: 0, open: 0, breached: 0, notCovered: 0, percentMet: null, medianMinutes: null, p90Minutes: null },
    ]);
  });

  test('open tickets only: no bars and no boxes, a week of tickets with nothing due', () => {
    const html = renderReportHtml(model([group({ label: 'Professional P1', open: 2 })], { weeks: [week(2025, 6, 9, { open: 2 })] }), ZONE);
    expect(html).not.toContain('<svg');
  });

  test('notes count the tickets not covered, outside the dates and unreadable', () => {
    const html = renderReportHtml(model([group({ label: 'Basic P3', notCovered: 1 })], { outside: 2, failed: 1 }), ZONE);
    expect(html).toContain('1 ticket is not covered (no target) and counts under tickets only.');
    expect(html).toContain('2 tickets were opened outside the dates and left out.');
    expect(html).toContain('1 record could not be read or computed and is not counted.');
  });
});
