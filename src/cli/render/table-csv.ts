import type { TableModel } from './table-model';

/** The CSV header of `sla table --format csv`. */
export const CSV_HEADER = ['priority', 'name', 'plan', 'minutes', 'clock', 'label'] as const;

/**
 * One CSV field, quoted as RFC 4180 asks: only when it holds a comma, a double
 * quote or a line break, with inner quotes doubled.
 *
 * @example
 * csvField('Within 3 business hours') //=> 'Within 3 business hours'
 * csvField('Acme, "gold"') //=> '"Acme, ""gold"""'
 */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The matrix as CSV: a header, then one row per cell, priorities in order and
 * within each the plans in order. `minutes` and `clock` are empty for N/A.
 * Lines end in LF (RFC 4180 asks CRLF; LF is what Unix tools expect, and CSV
 * readers take both).
 *
 * @example
 * renderTableCsv(tableModel(policy, calendars, 'en')).split('\n')[2]
 * //=> '1,Business Critical,professional,180,business,Within 3 business hours'
 */
export function renderTableCsv(model: TableModel): string {
  const lines = [CSV_HEADER.join(',')];
  for (const row of model.rows) {
    for (const cell of row.cells) {
      const fields = [cell.priority.id, cell.priority.name, cell.plan.id, cell.target?.minutes ?? '', cell.target?.clock ?? '', cell.label];
      lines.push(fields.map(csvField).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
