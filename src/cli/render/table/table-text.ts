import type CliTable3 from 'cli-table3';
import type { Paint } from '../../paint';
import type { TableCell, TableModel } from './table-model';

const MARKS = ['*', '**', '***'];

function paintCell(cell: TableCell, paint: Paint): string {
  if (cell.target === null) return paint.dim(cell.label);
  return cell.target.clock === 'calendar' ? paint.accent(cell.label) : cell.label;
}

/**
 * The matrix as a box-drawn table, with the footnotes under it: the text output
 * of `sla table`. cli-table3 is loaded here, on first use, so that the other
 * commands do not load it at start-up; its own colours are switched off so that
 * colour comes only from `paint`.
 *
 * @example
 * renderTableText(tableModel(policy, calendars, 'en'), plain)
 * //=> '┌─────────────────┬───────────────────┬───────┬──────...\n│ Ticket priority │ Issue status ...'
 */
export function renderTableText(model: TableModel, paint: Paint): string {
  const Table: typeof CliTable3 = require('cli-table3');
  const table = new Table({ head: model.headings.map((h) => paint.bold(h)), style: { head: [], border: [], compact: true } });
  for (const row of model.rows) {
    table.push([paint.bold(String(row.priority.id)), row.priority.name, ...row.cells.map((c) => paintCell(c, paint))]);
  }
  const notes = model.footnotes.map((note, i) => paint.dim(`${MARKS[i] ?? '*'.repeat(i + 1)} ${note}`));
  return `${table.toString()}\n${notes.join('\n')}\n`;
}
