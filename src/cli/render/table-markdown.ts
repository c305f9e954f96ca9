import type { TableModel } from './table-model';

// A pipe would end the cell; a line break would end the row.
const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

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
  const rows = model.rows.map((row) => [String(row.priority.id), row.priority.name, ...row.cells.map((c) => c.label)].map(escapeCell));
  const head = model.headings.map(escapeCell);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const notes = model.footnotes.map((note, i) => `(${'*'.repeat(i + 1)}) ${note}`);
  return `${[line(head), rule, ...rows.map(line)].join('\n')}\n\n${notes.join('\n\n')}\n`;
}
