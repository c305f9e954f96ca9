import { PALETTE } from './svg-chart';

/**
 * The style sheet of the HTML report, inlined in the page: system fonts only
 * (nothing is fetched), dark text on white, and for print no backgrounds,
 * charts scaled to the page and no section or table row split over two pages.
 */
export const REPORT_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; background: ${PALETTE.background}; color: ${PALETTE.text};
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .4rem; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid ${PALETTE.grid}; }
header p { margin: .1rem 0; }
.zone, .muted, figcaption, .notes { color: ${PALETTE.muted}; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; padding: 0 0 .5rem; color: ${PALETTE.muted}; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid ${PALETTE.grid}; text-align: left; vertical-align: baseline; }
thead th { border-bottom: 2px solid ${PALETTE.axis}; white-space: nowrap; }
tbody th, tfoot th { white-space: nowrap; }
.num { text-align: right; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid ${PALETTE.axis}; border-bottom: none; }
td.bad { color: ${PALETTE.breached}; font-weight: 600; }
abbr[title] { text-decoration: underline dotted; }
figure { margin: 0; }
figcaption { font-size: .9rem; margin-top: .4rem; }
svg.chart { display: block; width: 100%; max-width: 760px; height: auto; font: 13px system-ui, "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
svg.chart text { fill: ${PALETTE.text}; }
svg.chart text.tick, svg.chart text.note { fill: ${PALETTE.muted}; font-size: 12px; }
.empty { font-style: italic; color: ${PALETTE.muted}; }
.notes { font-size: .9rem; margin-top: 2rem; padding-left: 1.2rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
@media print {
  @page { margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; background: #fff; color: #000; }
  h2 { break-after: avoid; }
  th, td { padding: .2rem .3rem; }
  thead th { white-space: normal; }
  /* A long plan name may wrap on paper rather than push the table past the page. */
  tbody th, tfoot th { white-space: normal; min-width: 9.5em; }
  section.chart-section, figure, tr { break-inside: avoid; }
  svg.chart { max-width: 100%; }
}
`;
