import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../../../core/units';

/**
 * A duration for people: `3 h`, `1 h 20 min`, `45 min`, `2 d 3 h` (days only
 * when asked, since a business day is not 24 hours), seconds only when
 * present, and their fraction only when `precise` (`--precise`): a span from
 * a time typed as `now` has milliseconds no person needs.
 *
 * @example
 * formatDuration(4_800_000) //=> '1 h 20 min'
 * formatDuration(97_200_000, { days: true }) //=> '1 d 3 h'
 * formatDuration(61_397) //=> '1 min 1 s'
 * formatDuration(61_397, { precise: true }) //=> '1 min 1.397 s'
 */
export function formatDuration(ms: number, opts: { days?: boolean; precise?: boolean } = {}): string {
  const sign = ms < 0 ? '-' : '';
  // Cut to whole seconds, never rounded up: a time left is never shown as more than it is.
  let rest = opts.precise ? Math.abs(ms) : Math.floor(Math.abs(ms) / 1000) * 1000;
  const parts: string[] = [];
  if (opts.days && rest >= MS_PER_DAY) {
    parts.push(`${Math.floor(rest / MS_PER_DAY)} d`);
    rest %= MS_PER_DAY;
  }
  if (rest >= MS_PER_HOUR) {
    parts.push(`${Math.floor(rest / MS_PER_HOUR)} h`);
    rest %= MS_PER_HOUR;
  }
  if (rest >= MS_PER_MINUTE) {
    parts.push(`${Math.floor(rest / MS_PER_MINUTE)} min`);
    rest %= MS_PER_MINUTE;
  }
  if (rest > 0) parts.push(`${Number((rest / 1000).toFixed(3))} s`);
  return parts.length ? sign + parts.join(' ') : '0 min';
}

/**
 * A duration in minutes, as JSON and CSV carry it: a fraction when seconds
 * count; null stays null (nothing to measure).
 *
 * @example
 * toMinutes(5_430_000) //=> 90.5
 * toMinutes(null) //=> null
 */
export function toMinutes(ms: number): number;
export function toMinutes(ms: number | null): number | null;
export function toMinutes(ms: number | null): number | null {
  return ms === null ? null : ms / MS_PER_MINUTE;
}
