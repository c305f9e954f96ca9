import { civilFromDays, daysFromCivil } from '../core/civil';
import { parseInstant } from '../core/iso';
import { quoteValue } from '../core/quote-value';
import { LAST_YEAR, SUPPORTED_RANGE } from '../core/supported-range';
import { MS_PER_DAY } from '../core/units';
import { instantFromWall, type Zone } from '../core/zone';
import { SlaError } from '../errors/sla-error';
import type { Io } from './io';

/**
 * An instant given to an option (`--now`, `--opened`, `--responded`,
 * `--from`): ISO 8601 with `Z` or an offset, or a wall time read in `zone`,
 * the policy's; null when the option is not given. Such options are read in
 * the handler, once the policy (and so its zone) is loaded, rather than by
 * commander; this is the one function every command reads them with.
 *
 * @example
 * instantOption('2025-06-02T10:00', amsterdam) //=> Date.parse('2025-06-02T10:00:00+02:00')
 * instantOption(undefined, amsterdam) //=> null
 */
export function instantOption(text: string | undefined, zone: Zone): number | null {
  return text === undefined ? null : parseInstant(text, zone);
}

/** Whether an instant option's value is the word `now` (any case, spaces around it ignored). */
const isNow = (text: string): boolean => text.trim().toLowerCase() === 'now';

/**
 * "Now" for a command: `--now ISO` when given (read in the policy zone), else
 * the clock; `--now now` is the clock too, so that a script can pass the word
 * every other instant option takes. One place, so that every command reads
 * `--now` alike.
 *
 * @example
 * nowFrom('2025-06-02T10:00:00+02:00', zone, io) //=> Date.parse('2025-06-02T10:00:00+02:00')
 * nowFrom('now', zone, io) //=> io.now()
 */
export function nowFrom(text: string | undefined, zone: Zone, io: Io): number {
  return text === undefined || isNow(text) ? io.now() : parseInstant(text, zone);
}

/**
 * An instant option that may also be `now` (`--opened`, `--responded`): the
 * command's "now" for that word, the instant it reads otherwise, null when
 * the option is not given.
 *
 * @example
 * momentFrom('now', nowMs, zone) //=> nowMs
 * momentFrom(undefined, nowMs, zone) //=> null
 */
export function momentFrom(text: string | undefined, nowMs: number, zone: Zone): number | null {
  return text !== undefined && isNow(text) ? nowMs : instantOption(text, zone);
}

/**
 * When a ticket was opened: `--opened ISO`, or `now` (also when left out).
 *
 * @example
 * openedFrom(undefined, nowMs, zone) //=> nowMs
 */
export function openedFrom(text: string | undefined, nowMs: number, zone: Zone): number {
  return momentFrom(text, nowMs, zone) ?? nowMs;
}

const DATE_ONLY = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/**
 * The end of a range given as `--to`, exclusive: a date alone takes in that
 * whole day (the range ends at the next midnight in the zone); a date-time
 * ends at that instant. The next midnight is computed, never re-read as text,
 * so that a message only ever quotes what the user typed; a day whose end
 * falls past 9999-12-31 is refused with the supported range named.
 *
 * @example
 * rangeEndFrom('2025-06-30', zone, '--to') //=> Date.parse('2025-07-01T00:00:00+02:00')
 * rangeEndFrom('2025-06-30T12:00', zone, '--to') //=> Date.parse('2025-06-30T12:00:00+02:00')
 */
export function rangeEndFrom(text: string, zone: Zone, flag: string): number {
  const at = parseInstant(text, zone);
  const date = DATE_ONLY.exec(text);
  if (!date) return at;
  const nextDay = daysFromCivil(Number(date[1]), Number(date[2]), Number(date[3])) + 1;
  if (civilFromDays(nextDay).year > LAST_YEAR) {
    throw new SlaError(
      'INVALID_DATE',
      `${flag} ${quoteValue(text)} takes in the whole day, which ends past 9999-12-31, outside the supported range (${SUPPORTED_RANGE}): give a date-time such as ${text.trim()}T23:59:59`,
    );
  }
  return instantFromWall(zone, nextDay * MS_PER_DAY);
}
