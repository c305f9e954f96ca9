import type { Zone } from '../../../core/zone';
import { MS_PER_MINUTE } from '../../../core/units';
import { isBuiltIn, type BuiltInDimension, type GroupDimension, type GroupStats, type Overrun } from '../../batch/report-groups';
import type { WeekCounts } from '../../batch/report-weeks';
import type { ReportModel } from '../../batch/run-report';
import { formatDuration, toMinutes } from '../shared/format-duration';
import { formatIsoInstant, formatLocal } from '../shared/format-time';
import { escapeHtml } from './html-escape';
import { REPORT_STYLE } from './report-html-style';
import { formatPercent, hoursMinutes, overrunName, roundPercent } from './report-figures';
import { percentMetChart } from './svg-bars';
import { responseSpread, responseTimesChart } from './svg-box-plot';
import { weeklyChart } from './svg-weeks';

/** A figure cell: the text people read, and the figure as JSON in `data-value` (the number `--json` prints, or null). */
const figure = (field: string, value: number | null, text: string, bad = false): string =>
  `<td class="num${bad && value !== null && value > 0 ? ' bad' : ''}" data-field="${field}" data-value="${value === null ? 'null' : value}">${escapeHtml(text)}</td>`;

/** A `<time>` for an instant: the zone's wall time for people, ISO 8601 for machines. */
const timeElement = (ms: number, zone: Zone): string =>
  `<time datetime="${formatIsoInstant(ms, zone)}">${escapeHtml(formatLocal(ms, zone))}</time>`;

/** What was counted, as the text report's first line says it, with `<time>` elements (`plain` for the page's title). */
function rangeLine(report: ReportModel, zone: Zone, plain: boolean): string {
  const at = (ms: number): string => (plain ? formatLocal(ms, zone) : timeElement(ms, zone));
  const { fromMs, toMs } = report;
  if (fromMs !== null && toMs !== null) return `Tickets opened from ${at(fromMs)} to before ${at(toMs)}`;
  if (fromMs !== null) return `Tickets opened from ${at(fromMs)}`;
  if (toMs !== null) return `Tickets opened before ${at(toMs)}`;
  return 'All tickets of the input';
}

/** The headings of the figure columns, in the order of {@link groupRow}'s cells: the text report's, and `not covered`. */
const GROUP_HEADINGS = ['tickets', 'met', 'missed', 'open', 'breached', 'not covered', 'met %', 'median', '<abbr title="90th percentile">p90</abbr>'];

/** One row of the group table; `data-key` holds the group's key as JSON, as `--json` has it. */
function groupRow(g: GroupStats): string {
  return (
    `<tr data-key="${escapeHtml(JSON.stringify(g.key))}"><th scope="row" data-field="label">${escapeHtml(g.label)}</th>` +
    figure('tickets', g.tickets, String(g.tickets)) +
    figure('met', g.met, String(g.met)) +
    figure('missed', g.missed, String(g.missed), true) +
    figure('open', g.open, String(g.open)) +
    figure('breached', g.breached, String(g.breached), true) +
    figure('notCovered', g.notCovered, String(g.notCovered)) +
    figure('percentMet', roundPercent(g.percentMet), formatPercent(g.percentMet)) +
    figure('medianMinutes', toMinutes(g.medianMs), hoursMinutes(g.medianMs)) +
    figure('p90Minutes', toMinutes(g.p90Ms), hoursMinutes(g.p90Ms)) +
    '</tr>'
  );
}

const BY_WORDS: Readonly<Record<BuiltInDimension, string>> = { plan: 'plan', priority: 'priority', month: 'month of opening', week: 'ISO week of opening' };

function groupTable(report: ReportModel): string {
  // A dimension that is not built in is a field of the input, named by the user: escaped.
  const words = report.by.map((d: GroupDimension) => (isBuiltIn(d) ? BY_WORDS[d] : escapeHtml(d)));
  const by = words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
  const head = GROUP_HEADINGS.map((name) => `<th scope="col" class="num">${name}</th>`).join('');
  return (
    '<table id="groups" data-report="groups">' +
    `<caption>Tickets per group${by ? ` (by ${by})` : ''}, and in total; median and p90 of the first-response time in h:mm</caption>` +
    `<thead><tr><th scope="col">group</th>${head}</tr></thead>` +
    `<tbody>${report.groups.map(groupRow).join('')}</tbody>` +
    `<tfoot>${groupRow(report.total)}</tfoot></table>`
  );
}

/** The spread figures behind the box plots, as a table for screen readers. */
function spreadTable(groups: readonly GroupStats[]): string {
  const heads = ['responses', 'fastest', '25th percentile', 'median', '75th percentile', 'p90', 'slowest'];
  const rows = groups.map((g) => {
    const s = responseSpread(g);
    const cells = s === null ? ['0', '-', '-', '-', '-', '-', '-'] : [String(s.count), ...[s.fastestMs, s.p25Ms, s.medianMs, s.p75Ms, s.p90Ms, s.slowestMs].map(hoursMinutes)];
    return `<tr><th scope="row">${escapeHtml(g.label)}</th>${cells.map((c) => `<td class="num">${c}</td>`).join('')}</tr>`;
  });
  return (
    '<div class="visually-hidden"><table data-report="response-times"><caption>First-response times per group (h:mm)</caption>' +
    `<thead><tr><th scope="col">group</th>${heads.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** Every week with tickets, as a table for screen readers (the chart may show fewer). */
function weekTable(weeks: readonly WeekCounts[]): string {
  const fields = ['tickets', 'met', 'missed', 'open', 'breached', 'notCovered'] as const;
  const rows = weeks.map((w) => `<tr><th scope="row">${w.week}</th>${fields.map((f) => figure(f, w[f], String(w[f]))).join('')}</tr>`);
  return (
    '<div class="visually-hidden"><table data-report="weeks"><caption>Tickets per ISO week of the opening</caption>' +
    `<thead><tr><th scope="col">week</th>${['tickets', 'met', 'missed', 'open', 'breached', 'not covered'].map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** How far past its target a ticket went, to the minute started, as the text report says it. */
const overrunText = (o: Overrun): string => formatDuration(Math.ceil(o.overrunMs / MS_PER_MINUTE) * MS_PER_MINUTE);

function overrunTable(worst: readonly Overrun[]): string {
  const rows = worst.map(
    (o) =>
      `<tr data-line="${o.line}"><th scope="row" data-field="id">${escapeHtml(overrunName(o))}</th>` +
      `<td>${escapeHtml(`${o.planName} P${o.priority}`)}</td>` +
      `<td data-field="status" data-value="${o.status}">${o.status === 'missed' ? 'missed: answered late' : 'breached: still open'}</td>` +
      `<td class="num" data-field="overrunMinutes" data-value="${toMinutes(o.overrunMs)}">${overrunText(o)} ${o.status === 'missed' ? 'late' : 'overdue'}</td></tr>`,
  );
  return (
    '<table id="worst" data-report="worst-overruns">' +
    `<caption>The ${worst.length === 1 ? 'ticket' : `${worst.length} tickets`} furthest past ${worst.length === 1 ? 'its' : 'their'} target, worst first</caption>` +
    '<thead><tr><th scope="col">ticket</th><th scope="col">group</th><th scope="col">status</th><th scope="col" class="num">over by</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function notes(report: ReportModel): string {
  const { total } = report;
  const items = [
    'Open: not answered at the status time; breached: open and past the deadline. Open tickets count as breached only once their deadline has passed.',
    'Met % is met / (met + missed + breached).',
    'Median and p90 are nearest-rank percentiles of the first-response time (h:mm): business time for business-hours targets, elapsed time for 24/7 ones.',
  ];
  const n = total.notCovered;
  if (n > 0) items.push(`${n} ticket${n === 1 ? ' is' : 's are'} not covered (no target) and count${n === 1 ? 's' : ''} under tickets only.`);
  if (report.outside > 0) items.push(`${report.outside} ticket${report.outside === 1 ? ' was' : 's were'} opened outside the dates and left out.`);
  if (report.failed > 0) items.push(`${report.failed} record${report.failed === 1 ? '' : 's'} could not be read or computed and ${report.failed === 1 ? 'is' : 'are'} not counted.`);
  return `<ul class="notes">${items.map((t) => `<li>${t}</li>`).join('')}</ul>`;
}

/** A chart section: heading, the figure with its caption, and what stands in for it when there is nothing to draw. */
function chartSection(id: string, heading: string, chart: string | null, caption: string, extra = ''): string {
  const content = chart === null ? `<p class="empty">${caption}</p>` : `<figure>${chart}<figcaption>${caption}</figcaption></figure>${extra}`;
  return `<section class="chart-section" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${heading}</h2>${content}</section>`;
}

/**
 * `sla report --html`: the report as one self-contained HTML page, to open
 * in a browser, print or forward. It holds the text report's figures (the
 * range, the status time and zone, the group table with its total), the
 * percentage met per group as bars, the first-response times per group as
 * box plots, the met, missed and breached tickets per ISO week, and the
 * worst overruns with their ids. Styles and charts are inline (CSS and SVG,
 * no script, and a content security policy that forbids fetching anything);
 * every text from the input or the policy is escaped. Each chart has a title
 * and a description in words, and the box plots and weeks a table as well.
 * Figure cells carry `data-field` and `data-value`, the value `--json`
 * prints, so a page can be checked against it.
 *
 * @example
 * renderReportHtml(report, getZone('Europe/Amsterdam'))
 * //=> '<!DOCTYPE html>\n<html lang="en">...<table id="groups" data-report="groups">...'
 */
export function renderReportHtml(report: ReportModel, zone: Zone): string {
  const charted = report.groups.length > 0 ? report.groups : [report.total];
  // Nothing is drawn without marks: a chart of empty rows says less than a sentence saying why.
  const hasPercent = charted.some((g) => g.percentMet !== null);
  const hasTimes = charted.some((g) => g.responseTimesMs.length > 0);
  const hasDue = report.weeks.some((w) => w.met + w.missed + w.breached > 0);
  const title = `SLA report: ${rangeLine(report, zone, true)}`;
  const sections = [
    `<section aria-labelledby="groups-heading"><h2 id="groups-heading">Figures per group</h2>${groupTable(report)}</section>`,
    chartSection(
      'percent-met',
      'Percent met',
      hasPercent ? percentMetChart(charted, 'percent-met-chart') : null,
      hasPercent
        ? 'Each bar is a group’s tickets due (met + missed + breached), split by outcome; open tickets within their target and tickets without a target are left out.'
        : 'No ticket is due yet: nothing is met or missed.',
    ),
    chartSection(
      'response-times',
      'First-response times',
      hasTimes ? responseTimesChart(charted, 'response-times-chart') : null,
      hasTimes
        ? 'Answered tickets with a target: business time for business-hours targets, elapsed time for 24/7 ones (h:mm).'
        : 'No ticket with a target has been answered yet.',
      hasTimes ? spreadTable(charted) : '',
    ),
    chartSection(
      'weeks',
      'Weekly trend',
      hasDue ? weeklyChart(report.weeks, 'weeks-chart', zone.name) : null,
      hasDue
        ? `Per ISO week of the opening (${escapeHtml(zone.name)}), the tickets met, missed and breached at the status time.`
        : 'No ticket is due yet: there is no trend to draw.',
      hasDue ? weekTable(report.weeks) : '',
    ),
    `<section aria-labelledby="worst-heading"><h2 id="worst-heading">Worst overruns</h2>${
      report.total.worst.length > 0 ? overrunTable(report.total.worst) : '<p class="empty">No ticket missed or breached its target.</p>'
    }</section>`,
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>SLA report</h1>
<p>${rangeLine(report, zone, false)}</p>
<p>Status at ${timeElement(report.nowMs, zone)} <span class="zone">(${escapeHtml(zone.name)})</span></p>
</header>
<main>
${sections.join('\n')}
</main>
<footer>${notes(report)}</footer>
</body>
</html>
`;
}
