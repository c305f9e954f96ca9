import { SlaError } from '../errors/sla-error';

/** A moment in time: a `Date`, or milliseconds since 1970-01-01T00:00:00Z. */
export type Instant = Date | number;

/**
 * An instant as epoch milliseconds. Throws `SlaError('INVALID_DATE')` for an
 * invalid `Date` or a number that is not finite, naming what it was given for,
 * so that a bad value fails where it comes in rather than as a wrong deadline.
 *
 * @example
 * instantMs(new Date('2025-06-02T08:00:00Z'), 'opened') //=> 1748851200000
 * instantMs(1748851200000, 'opened') //=> 1748851200000
 */
export function instantMs(value: Instant, what: string): number {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new SlaError('INVALID_DATE', `${what}: expected a valid Date or epoch milliseconds, got ${describe(value)}`);
  }
  return ms;
}

/**
 * An instant that may be absent, as epoch milliseconds: null and undefined stay null.
 *
 * @example
 * optionalInstantMs(undefined, 'responded') //=> null
 * optionalInstantMs(new Date(0), 'responded') //=> 0
 */
export function optionalInstantMs(value: Instant | null | undefined, what: string): number | null {
  return value === null || value === undefined ? null : instantMs(value, what);
}

function describe(value: unknown): string {
  if (value instanceof Date) return 'an invalid Date';
  return typeof value === 'number' ? String(value) : typeof value;
}
