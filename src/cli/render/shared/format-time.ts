import { civilFromDays, pad2, weekdayOfDay } from '../../../core/civil';
import { formatOffset } from '../../../core/iso';
import { checkSupportedRange, FIRST_YEAR, LAST_YEAR } from '../../../core/supported-range';
import { wallFields, type WallFields } from '../../../core/wall-fields';
import { getZone, type Zone } from '../../../core/zone';

/** Weekday abbreviations, index 0 = Sunday, as `Weekday` numbers them. */
export const WEEKDAY_ABBREVIATIONS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// Text renderers are handed the zone's name, JSON ones the zone itself; both read the same offsets (zones are cached).
const zoneOf = (zone: Zone | string): Zone => (typeof zone === 'string' ? getZone(zone) : zone);

/** `Fri 6 Jun 2025`. */
const dateText = (d: { year: number; month: number; day: number; weekday: number }): string =>
  `${WEEKDAY_ABBREVIATIONS[d.weekday]} ${d.day} ${MONTH_ABBREVIATIONS[d.month - 1]} ${d.year}`;

const milliText = (w: WallFields): string => (w.millisecond ? `.${String(w.millisecond).padStart(3, '0')}` : '');

/** How a time is shown to people: `precise` adds the milliseconds of a time that has them (`--precise`). */
export interface TimeTextOptions {
  readonly precise?: boolean;
}

/**
 * The time of day people read: `13:00`; seconds only when the wall clock
 * shows them, which with an offset that has seconds is not the same as the
 * instant having them. Milliseconds only when `precise`: a time typed as
 * `now` has them, and `10:26:19.397` is noise to a person (JSON keeps them).
 */
const clockText = (w: WallFields, opts: TimeTextOptions = {}): string => {
  const millis = opts.precise ? milliText(w) : '';
  return w.second || millis ? `${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${millis}` : `${pad2(w.hour)}:${pad2(w.minute)}`;
};

/**
 * An instant as ISO 8601 in a zone, with that zone's offset: what JSON and
 * CSV print. Seconds are always written; milliseconds only when there are
 * any; an offset with seconds shows them. A year outside 1000-9999 is refused
 * rather than printed in a form the reader would not take back.
 *
 * @example
 * formatIsoInstant(Date.parse('2025-06-02T11:00:00Z'), getZone('Europe/Amsterdam')) //=> '2025-06-02T13:00:00+02:00'
 * formatIsoInstant(Date.parse('1971-06-01T10:00:00Z'), getZone('Africa/Monrovia')) //=> '1971-06-01T09:15:30-00:44:30'
 */
export function formatIsoInstant(ms: number, zone: Zone): string {
  const w = wallFields(ms, zone);
  // Past the range the check throws, with the range and the zone in its message.
  if (!(w.year >= FIRST_YEAR && w.year <= LAST_YEAR)) checkSupportedRange(ms, zone, 'a result');
  return `${w.year}-${pad2(w.month)}-${pad2(w.day)}T${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${milliText(w)}${formatOffset(w.offsetMs)}`;
}

/**
 * An instant as people read it in a zone: `Mon 2 Jun 2025 13:00 +02:00`, the
 * same wall time and offset as {@link formatIsoInstant}, seconds only when the
 * wall clock has them, milliseconds only when `precise`.
 *
 * @example
 * formatLocal(Date.parse('2025-06-02T11:00:00Z'), 'Europe/Amsterdam') //=> 'Mon 2 Jun 2025 13:00 +02:00'
 * formatLocal(Date.parse('1971-06-01T10:00:00Z'), 'Africa/Monrovia') //=> 'Tue 1 Jun 1971 09:15:30 -00:44:30'
 * formatLocal(Date.parse('2025-06-02T08:26:19.397Z'), 'Europe/Amsterdam', { precise: true }) //=> 'Mon 2 Jun 2025 10:26:19.397 +02:00'
 */
export function formatLocal(ms: number, zone: Zone | string, opts: TimeTextOptions = {}): string {
  const w = wallFields(ms, zoneOf(zone));
  return `${dateText(w)} ${clockText(w, opts)} ${formatOffset(w.offsetMs)}`;
}

/**
 * The wall-clock time of an instant in a zone: `13:00`, or `13:00:20` when
 * the clock shows seconds (`13:00:20.250` only when `precise`).
 *
 * @example
 * formatLocalTime(Date.parse('2025-06-02T11:00:00Z'), 'Europe/Amsterdam') //=> '13:00'
 */
export function formatLocalTime(ms: number, zone: Zone | string, opts: TimeTextOptions = {}): string {
  return clockText(wallFields(ms, zoneOf(zone)), opts);
}

/**
 * The wall-clock time of an instant, with its day when that is not the day
 * of `fromMs` in the zone: `13:00` the same day, `Tue 3 Jun 11:00` another
 * day, with the year too in another year. For "due at ..." next to a
 * countdown, where the full date is already on the line above.
 *
 * @example
 * formatLocalWhen(Date.parse('2025-06-03T09:00:00Z'), Date.parse('2025-06-02T15:00:00Z'), 'Europe/Amsterdam') //=> 'Tue 3 Jun 11:00'
 */
export function formatLocalWhen(ms: number, fromMs: number, zone: Zone | string, opts: TimeTextOptions = {}): string {
  const z = zoneOf(zone);
  const w = wallFields(ms, z);
  const from = wallFields(fromMs, z);
  const clock = clockText(w, opts);
  if (w.year === from.year && w.month === from.month && w.day === from.day) return clock;
  const day = `${WEEKDAY_ABBREVIATIONS[w.weekday]} ${w.day} ${MONTH_ABBREVIATIONS[w.month - 1]}`;
  return w.year === from.year ? `${day} ${clock}` : `${day} ${w.year} ${clock}`;
}

/**
 * The wall-clock span between two instants in a zone: `09:00-14:00`.
 *
 * @example
 * formatLocalSpan(Date.parse('2025-06-10T07:00:00Z'), Date.parse('2025-06-10T12:00:00Z'), 'Europe/Amsterdam') //=> '09:00-14:00'
 */
export function formatLocalSpan(from: number, to: number, zone: Zone | string, opts: TimeTextOptions = {}): string {
  return `${formatLocalTime(from, zone, opts)}-${formatLocalTime(to, zone, opts)}`;
}

/**
 * A local day number as `Fri 6 Jun 2025`.
 *
 * @example
 * formatDayLabel(daysFromCivil(2025, 6, 6)) //=> 'Fri 6 Jun 2025'
 */
export function formatDayLabel(day: number): string {
  return dateText({ ...civilFromDays(day), weekday: weekdayOfDay(day) });
}
