import type { Target } from '../../../core/deadline';
import type { TableModel } from './table-model';

/** One matrix cell in `sla table --json` (field names are stable, see the README). */
export interface TableCellJson {
  priority: number;
  name: string;
  plan: string;
  target: Target | null;
  label: string;
}

/**
 * The matrix as JSON: one object per cell, priorities in order and within each
 * the plans in order; `target` is null for N/A.
 *
 * @example
 * tableToJson(tableModel(policy, calendars, 'en'))[1]
 * //=> { priority: 1, name: 'Business Critical', plan: 'professional', target: { minutes: 180, clock: 'business' }, label: 'Within 3 business hours' }
 */
export function tableToJson(model: TableModel): TableCellJson[] {
  return model.rows.flatMap((row) =>
    row.cells.map((cell) => ({
      priority: cell.priority.id,
      name: cell.priority.name,
      plan: cell.plan.id,
      target: cell.target === null ? null : { minutes: cell.target.minutes, clock: cell.target.clock },
      label: cell.label,
    })),
  );
}
