import { civilFromDays, weekdayOfDay } from '../../core/civil';

/**
 * An instant as people read it in a zone: `Mon 2 Jun 2025 13:00 +02:00`;
 * seconds (and milliseconds) only when the instant has them.
 *
 * @example
 * formatLocal(Date.parse('2025-06-02T11:00:00Z'), 'Europe/Amsterdam') //=> 'Mon 2 Jun 2025 13:00 +02:00'
 */
export function formatLocal(ms: number, zone: string): string {
  const pattern = ms % 60_000 === 0 ? 'EEE d MMM yyyy HH:mm xxx' : ms % 1000 === 0 ? 'EEE d MMM yyyy HH:mm:ss xxx' : 'EEE d MMM yyyy HH:mm:ss.SSS xxx';
  return formatInTimeZone(ms, zone, pattern);
}

/**
 * A wall-clock time in a zone: `13:00`, or `13:00:20` when it has seconds.
 *
 * @example
 * formatLocalTime(Date.parse('2025-06-02T11:00:00Z'), 'Europe/Amsterdam') //=> '13:00'
 */
export function formatLocalTime(ms: number, zone: string): string {
  return formatInTimeZone(ms, zone, ms % 60_000 === 0 ? 'HH:mm' : ms % 1000 === 0 ? 'HH:mm:ss' : 'HH:mm:ss.SSS');
}

/** date-fns-tz is loaded on first use: JSON, CSV and --version never format for people. */
function formatInTimeZone(ms: number, zone: string, pattern: string): string {
  const lib = require('./format-in-zone') as typeof import('./format-in-zone');
  return lib.formatInTimeZone(ms, zone, pattern);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A local day number as `Fri 6 Jun 2025`.
 *
 * @example
 * formatDayLabel(daysFromCivil(2025, 6, 6)) //=> 'Fri 6 Jun 2025'
 */
export function formatDayLabel(day: number): string {
  const { year, month, day: dom } = civilFromDays(day);
  return `${WEEKDAYS[weekdayOfDay(day)]} ${dom} ${MONTHS[month - 1]} ${year}`;
}
