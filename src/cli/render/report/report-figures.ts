import type { Overrun } from '../../batch/report-groups';

/**
 * A percentage to two decimals, as JSON and CSV carry it.
 *
 * @example
 * roundPercent(200 / 3) //=> 66.67
 */
export function roundPercent(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 100) / 100;
}

/**
 * How an overrun's ticket is named in text and CSV: its id (as JSON unless a
 * string), else its line.
 *
 * @example
 * overrunName({ id: null, line: 7, ... }) //=> 'line 7'
 */
export function overrunName(o: Overrun): string {
  return o.id === null ? `line ${o.line}` : typeof o.id === 'string' ? o.id : JSON.stringify(o.id);
}
