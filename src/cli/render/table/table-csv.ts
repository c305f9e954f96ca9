import { csvLine } from '../shared/csv-cell';
import type { TableModel } from './table-model';

/** The CSV header of `sla table --format csv`. */
export const CSV_HEADER = ['priority', 'name', 'plan', 'minutes', 'clock', 'label'] as const;

/**
 * The matrix as CSV: a header, then one row per cell, priorities in order and
 * within each the plans in order. `minutes` and `clock` are empty for N/A.
 * Names from the policy that start like a formula are neutralised (`csvCell`).
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
      // Names and ids come from the policy; the numbers, the clock and the label are the tool's own.
      lines.push(
        csvLine([
          [cell.priority.id, 'computed'],
          [cell.priority.name, 'outside'],
          [cell.plan.id, 'outside'],
          [cell.target?.minutes, 'computed'],
          [cell.target?.clock, 'computed'],
          [cell.label, 'computed'],
        ]),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
