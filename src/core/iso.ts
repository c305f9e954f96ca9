import { civilFromDays, daysInMonth, pad2 } from './civil';
import { SlaError } from './errors';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './units';
import { instantFromWall, type Zone } from './zone';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

const ACCEPTED =
  'use ISO 8601 such as 2025-06-02T10:00:00+02:00, 2025-06-02T08:00:00Z, or 2025-06-02T10:00 (wall time in the policy zone)';

/**
 * Parses an ISO 8601 date-time into an instant (epoch ms). With `Z` or an offset
 * it is that instant; without one it is wall time in `zone`, resolved with the
 * "compatible" rule (see {@link instantFromWall}). A date alone means its midnight.
 * Fractions of a second are kept to the millisecond. Impossible dates throw
 * `INVALID_DATE` rather than rolling over.
 *
 * @example
 * parseInstant('2025-06-02T10:00:00+02:00', getZone('UTC')) //=> Date.parse('2025-06-02T08:00:00Z')
 * parseInstant('2025-03-30T02:30', getZone('Europe/Amsterdam')) //=> Date.parse('2025-03-30T01:30:00Z')
 */
export function parseInstant(text: string, zone: Zone): number {
  const m = ISO.exec(text.trim());
  if (!m) throw invalid(text, 'not an ISO 8601 date-time');
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', z, sign, oh, om = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  // Before 1000 the proleptic calendar and Date.UTC's two-digit years make answers meaningless.
  if (year < 1000) throw invalid(text, `year ${y} is before 1000`);
  if (month < 1 || month > 12) throw invalid(text, `month ${mo} does not exist`);
  if (day < 1 || day > daysInMonth(year, month)) throw invalid(text, `${y}-${mo} has no day ${d}`);
  if (hour > 23 || minute > 59 || second > 59) throw invalid(text, 'time of day out of range');
  const ms = Number(frac.padEnd(3, '0').slice(0, 3)); // kept to the millisecond, never rounded up
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (z) return wall;
  if (sign) {
    const offHours = Number(oh);
    const offMinutes = Number(om);
    if (offHours > 18 || offMinutes > 59) throw invalid(text, 'offset out of range');
    const offset = (offHours * MS_PER_HOUR + offMinutes * MS_PER_MINUTE) * (sign === '-' ? -1 : 1);
    return wall - offset;
  }
  return instantFromWall(zone, wall);
}

function invalid(text: string, why: string): SlaError {
  return new SlaError('INVALID_DATE', `invalid date-time ${JSON.stringify(text)} (${why}): ${ACCEPTED}`);
}

/**
 * Formats an offset in milliseconds as `+02:00` (`+00:19:32` when it has seconds).
 *
 * @example
 * formatOffset(7200000) //=> '+02:00'
 */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const hh = Math.floor(total / 3600);
  const mm = Math.floor((total % 3600) / 60);
  const ss = total % 60;
  return `${sign}${pad2(hh)}:${pad2(mm)}${ss ? `:${pad2(ss)}` : ''}`;
}

/**
 * Formats an instant as ISO 8601 in a zone, with that zone's offset. Seconds are
 * always written; milliseconds only when there are any.
 *
 * @example
 * formatInstant(Date.parse('2025-06-02T11:00:00Z'), getZone('Europe/Amsterdam')) //=> '2025-06-02T13:00:00+02:00'
 */
export function formatInstant(ms: number, zone: Zone): string {
  const offset = zone.offsetAt(ms);
  const wall = ms + offset;
  const days = Math.floor(wall / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  let rest = wall - days * MS_PER_DAY;
  const hh = Math.floor(rest / MS_PER_HOUR);
  rest -= hh * MS_PER_HOUR;
  const mi = Math.floor(rest / MS_PER_MINUTE);
  rest -= mi * MS_PER_MINUTE;
  const ss = Math.floor(rest / 1000);
  const milli = rest - ss * 1000;
  const frac = milli ? `.${String(milli).padStart(3, '0')}` : '';
  const yyyy = String(year).padStart(4, '0');
  return `${yyyy}-${pad2(month)}-${pad2(day)}T${pad2(hh)}:${pad2(mi)}:${pad2(ss)}${frac}${formatOffset(offset)}`;
}
