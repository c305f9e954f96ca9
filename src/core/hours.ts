import { MINUTES_PER_DAY } from './units';

const HH_MM = /^([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * Minutes after midnight of a `HH:MM` wall-clock time; `24:00` is 1440 and only
 * valid as a closing time. Undefined when malformed.
 *
 * @example
 * parseWallClock('09:30') //=> 570
 * parseWallClock('24:00') //=> 1440
 */
export function parseWallClock(text: string): number | undefined {
  const m = HH_MM.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > MINUTES_PER_DAY ? undefined : minutes;
}

/**
 * Formats minutes after midnight as `HH:MM`.
 *
 * @example
 * formatWallClock(1020) //=> '17:00'
 */
export function formatWallClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}
