import { SlaError } from '../errors/sla-error';
import { MS_PER_DAY } from './units';
import { wallFromInstant, type Zone } from './zone';

/** The first year `sla` reads or writes: before it the proleptic calendar makes answers meaningless. */
export const FIRST_YEAR = 1000;
/** The last year `sla` reads or writes: from 10000 on, ISO 8601 needs an expanded form nobody reads back. */
export const LAST_YEAR = 9999;
/** The supported range in words, for messages. */
export const SUPPORTED_RANGE = `years ${FIRST_YEAR} to ${LAST_YEAR}`;

/** Wall time (as if UTC) of the first instant of the range, 1000-01-01T00:00. */
const FIRST_WALL = Date.UTC(FIRST_YEAR, 0, 1);
/** Wall time (as if UTC) just past the range, 10000-01-01T00:00. */
const PAST_LAST_WALL = Date.UTC(LAST_YEAR + 1, 0, 1);
/** Instants at least a day inside the range: in it whatever the zone. */
const SAFE_FROM = FIRST_WALL + MS_PER_DAY;
const SAFE_BEFORE = PAST_LAST_WALL - MS_PER_DAY;
/** The local day number of 9999-12-31: no business day is looked at past it. */
export const LAST_DAY = PAST_LAST_WALL / MS_PER_DAY - 1;

/**
 * The most minutes a business target may have: 100,000 business hours, about
 * 48 years of a 40-hour week. No support promise comes near it, and it keeps
 * every deadline a bounded calculation.
 */
export const MAX_BUSINESS_MINUTES = 6_000_000;
/** The most minutes a 24/7 target may have: 100 years of 365.25 days. */
export const MAX_CALENDAR_MINUTES = 52_596_000;

/**
 * Whether a zone's wall clock shows a date from 1000-01-01 to 9999-12-31 at an instant.
 *
 * @example
 * inSupportedRange(Date.parse('9999-12-31T12:00:00Z'), getZone('UTC')) //=> true
 * inSupportedRange(Date.parse('9999-12-31T23:30:00Z'), getZone('Europe/Amsterdam')) //=> false
 */
export function inSupportedRange(ms: number, zone: Zone): boolean {
  // A day inside either end is inside the range in every zone (an offset is less than a day): no offset to read.
  if (ms >= SAFE_FROM && ms < SAFE_BEFORE) return true;
  if (!Number.isFinite(ms)) return false;
  const wall = wallFromInstant(zone, ms);
  return wall >= FIRST_WALL && wall < PAST_LAST_WALL;
}

/**
 * Throws, with `code`, when an instant falls outside the supported range in a
 * zone; `what` names it for the message (`the deadline`, `"9999-12-31T23:00-05:00"`).
 *
 * @example
 * checkSupportedRange(due, zone, 'the deadline') // throws past 9999-12-31
 */
export function checkSupportedRange(ms: number, zone: Zone, what: string, code: 'INVALID_DATE' | 'INVALID_INPUT' = 'INVALID_INPUT'): void {
  if (inSupportedRange(ms, zone)) return;
  throw new SlaError(code, `${what} falls outside the supported range (${SUPPORTED_RANGE}, in ${zone.name})`);
}

