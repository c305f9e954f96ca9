import { pad2 } from '../../../core/civil';
import { MS_PER_MINUTE } from '../../../core/units';
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

/**
 * A first-response time as hours and minutes, `1:05`, rounded to the minute.
 *
 * @example
 * hoursMinutes(3_930_000) //=> '1:06'
 */
export function hoursMinutes(ms: number | null): string {
  if (ms === null) return '-';
  const minutes = Math.round(ms / MS_PER_MINUTE);
  return `${Math.floor(minutes / 60)}:${pad2(minutes % 60)}`;
}

/**
 * A share as a percentage with one decimal, `90.9%`; `-` when there is none.
 *
 * @example
 * formatPercent(90.909) //=> '90.9%'
 */
export function formatPercent(percent: number | null): string {
  return percent === null ? '-' : `${percent.toFixed(1)}%`;
}
