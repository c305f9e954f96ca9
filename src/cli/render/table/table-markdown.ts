import type { TableModel } from './table-model';

// Every line break Markdown (or a viewer) may honour: CRLF, CR, LF and the Unicode line and paragraph separators.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * A policy's text as one Markdown table cell: a line break would end the row,
 * so it becomes a space; a pipe would end the cell, so it is escaped, and so
 * is a backslash, else `\|` in a name would escape the backslash and leave
 * the pipe to split the cell.
 *
 * @example
 * markdownCell('Slow | flaky\nnow') //=> 'Slow \\| flaky now'
 */
export function markdownCell(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(/[\\|]/g, '\\$&');
}

// A footnote is one paragraph: a line break in a policy sentence must not start a new block (a heading, a table).
const oneLine = (text: string): string => text.replace(LINE_BREAK, ' ');

/**
 * The matrix as a Markdown table laid out like the policy document (columns
 * padded so that the source reads as a table too), then the footnotes marked
 * `(*)`, `(**)`, ... as separate paragraphs.
 *
 * @example
 * renderTableMarkdown(tableModel(policy, calendars, 'en'))
 * //=> '| Ticket priority | Issue status      | Basic | Professional            | Advanced                |\n|-----...'
 */
export function renderTableMarkdown(model: TableModel): string {
  const rows = model.rows.map((row) => [String(row.priority.id), row.priority.name, ...row.cells.map((c) => c.label)].map(markdownCell));
  const head = model.headings.map(markdownCell);
  // A cell a row lacks would count as empty; every row has one per heading.
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const notes = model.footnotes.map((note, i) => `(${'*'.repeat(i + 1)}) ${oneLine(note)}`);
  return `${[line(head), rule, ...rows.map(line)].join('\n')}\n\n${notes.join('\n\n')}\n`;
}
