import { COLON, DOT, MINUS, PLUS, UPPER_T, UPPER_Z } from './char-codes';
import { SlaError } from '../errors/sla-error';
import { civilFromDays, daysFromCivil, daysInMonth, pad2 } from './civil';
import { quoteValue } from './quote-value';
import { FIRST_YEAR, inSupportedRange, LAST_YEAR, SUPPORTED_RANGE } from './supported-range';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './units';
import { instantFromWall, type Zone } from './zone';

// Exports write a space for the `T`, an offset without its colon (`+0200`, `+02`), and
// often a space before the offset (`2025-06-02 10:00:00 +0200`); only after a time of day.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?( ?)(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

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
  const ms = parseWritten(text, zone);
  // A year of 1000-9999 as written can still be past 9999-12-31 in the zone
  // (9999-12-31T23:00-05:00 is 10000-01-01 in Amsterdam), where no answer could be printed.
  if (!inSupportedRange(ms, zone)) throw invalid(text, `outside the supported range, ${SUPPORTED_RANGE} in ${zone.name}`);
  return ms;
}

function parseWritten(text: string, zone: Zone): number {
  const fast = parseCanonical(text);
  if (fast !== undefined) return fast;
  const m = ISO.exec(text.trim());
  // A space stands before an offset only after a time of day: `2025-06-02 +0200` is no date-time.
  if (!m || (m[8] === ' ' && (m[4] === undefined || (m[9] === undefined && m[10] === undefined)))) throw invalid(text, 'not an ISO 8601 date-time');
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', , z, sign, oh, om = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  // Before 1000 the proleptic calendar and Date.UTC's two-digit years make answers meaningless.
  if (year < FIRST_YEAR) throw invalid(text, `year ${y} is before ${FIRST_YEAR}; supported are ${SUPPORTED_RANGE}`);
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


const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
const two = (text: string, i: number): number => digit(text, i) * 10 + digit(text, i + 1);

/**
 * The common machine form `YYYY-MM-DDTHH:MM:SS[.sss](Z|±HH:MM)`, read by position
 * for batches of millions; undefined for anything else, and for any value out of
 * range, so that the general reader handles (and reports) every other case.
 */
function parseCanonical(text: string): number | undefined {
  const n = text.length;
  const withMs = n === 24 || n === 29;
  if (!(n === 20 || n === 25 || withMs)) return undefined;
  // Character codes, not one-character strings: this runs twice per ticket of a batch.
  if (text.charCodeAt(4) !== MINUS || text.charCodeAt(7) !== MINUS || text.charCodeAt(10) !== UPPER_T || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) return undefined;
  if (withMs && text.charCodeAt(19) !== DOT) return undefined;
  const year = two(text, 0) * 100 + two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  const ms = withMs ? digit(text, 20) * 100 + two(text, 21) : 0;
  const rest = withMs ? 23 : 19;
  let offset = 0;
  if (n === rest + 1) {
    if (text.charCodeAt(rest) !== UPPER_Z) return undefined;
  } else {
    const signCode = text.charCodeAt(rest);
    const sign = signCode === PLUS ? 1 : signCode === MINUS ? -1 : 0;
    const offHours = two(text, rest + 1);
    const offMinutes = two(text, rest + 4);
    if (sign === 0 || text.charCodeAt(rest + 3) !== COLON || !(offHours <= 18) || !(offMinutes <= 59)) return undefined;
    offset = sign * (offHours * MS_PER_HOUR + offMinutes * MS_PER_MINUTE);
  }
  // Comparisons with NaN are false: a non-digit anywhere falls through to the general reader.
  if (!(year >= 1000 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59 && ms >= 0)) {
    return undefined;
  }
  if (day > daysInMonth(year, month)) return undefined;
  // What Date.UTC gives for these fields (years from 1000 on), by integer arithmetic.
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + ms - offset;
}

function invalid(text: string, why: string): SlaError {
  return new SlaError('INVALID_DATE', `invalid date-time ${quoteValue(text)} (${why}): ${ACCEPTED}`);
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
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
    // Never print a year ISO 8601 cannot write in four digits, nor one the reader would refuse.
    throw new SlaError('INVALID_INPUT', `a result falls outside the supported range (${SUPPORTED_RANGE}, in ${zone.name})`);
  }
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
