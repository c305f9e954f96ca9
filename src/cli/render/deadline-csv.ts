import type { DeadlineJson } from './deadline-json';
import { OUTPUT_FIELDS, type RecordErrorJson } from './deadline-record';
import { csvField } from './table-csv';

/**
 * The result columns of `sla deadline --input ... --format csv`, after the
 * input's own columns: the JSON fields, with `target` split in two and
 * `error` in three.
 */
export const DEADLINE_CSV_COLUMNS = [
  'opened',
  'priority',
  'priorityName',
  'plan',
  'covered',
  'targetMinutes',
  'targetClock',
  'deadline',
  'reason',
  'timezone',
  'responded',
  'status',
  'elapsed',
  'remaining',
  'errorCode',
  'errorMessage',
  'errorLine',
] as const;

const RESULT_COLUMNS: ReadonlySet<string> = new Set([...OUTPUT_FIELDS, ...DEADLINE_CSV_COLUMNS]);

/**
 * The input columns a CSV output keeps: all but those the result sets.
 *
 * @example
 * passThroughColumns(['id', 'opened', 'plan', 'team']) //=> ['id', 'team']
 */
export function passThroughColumns(columns: readonly string[]): string[] {
  return [...new Set(columns)].filter((c) => !RESULT_COLUMNS.has(c));
}

/**
 * One CSV value: empty for none, `true`/`false`, numbers as JSON writes them,
 * objects as JSON; quoted as RFC 4180 asks.
 *
 * @example
 * csvValue(null) //=> ''
 * csvValue({ a: 1 }) //=> '"{""a"":1}"'
 */
export function csvValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return csvField(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return csvField(JSON.stringify(value));
}

/**
 * The CSV header line: the kept input columns, then {@link DEADLINE_CSV_COLUMNS}.
 *
 * @example
 * deadlineCsvHeader(['id']) //=> 'id,opened,priority,priorityName,plan,covered,targetMinutes,...,errorLine\n'
 */
export function deadlineCsvHeader(passThrough: readonly string[]): string {
  return `${[...passThrough, ...DEADLINE_CSV_COLUMNS].map(csvField).join(',')}\n`;
}

/**
 * One CSV row of a result.
 *
 * @example
 * deadlineCsvRow(['id'], { id: 'T-1', opened: '2025-06-02T10:00' }, json)
 * //=> 'T-1,2025-06-02T10:00:00+02:00,1,Business Critical,professional,true,180,business,2025-06-02T13:00:00+02:00,,Europe/Amsterdam,,on-track,100,80,,,\n'
 */
export function deadlineCsvRow(passThrough: readonly string[], input: Readonly<Record<string, unknown>>, json: DeadlineJson): string {
  let row = '';
  for (const column of passThrough) row += `${csvValue(input[column])},`;
  row += `${csvValue(json.opened)},${json.priority},${csvValue(json.priorityName)},${csvValue(json.plan)},${json.covered},`;
  row += `${json.target?.minutes ?? ''},${json.target?.clock ?? ''},${json.deadline ?? ''},${csvValue(json.reason)},${csvValue(json.timezone)},`;
  row += `${json.responded ?? ''},${json.status ?? ''},${csvValue(json.elapsed)},${csvValue(json.remaining)},,,\n`;
  return row;
}

/**
 * The CSV row of a record without a result: the input's values under their
 * columns (also under result columns of the same name, such as `opened`, so
 * that the bad value shows), then the error.
 *
 * @example
 * deadlineCsvErrorRow(['id'], { id: 'T-2', opened: 'yesterday' }, { code: 'INVALID_DATE', message: 'opened: invalid ...', line: 3 })
 * //=> 'T-2,yesterday,,,,,,,,,,,,,,INVALID_DATE,opened: invalid ...,3\n'
 */
export function deadlineCsvErrorRow(
  passThrough: readonly string[],
  input: Readonly<Record<string, unknown>> | undefined,
  error: RecordErrorJson,
): string {
  const fields = input ?? {};
  const values = [...passThrough, ...DEADLINE_CSV_COLUMNS.slice(0, -3)].map((c) => csvValue(fields[c]));
  values.push(error.code, csvField(error.message), String(error.line));
  return `${values.join(',')}\n`;
}
