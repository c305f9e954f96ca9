import type { ErrorCode } from '../errors/sla-error';

// A record keyed by every code makes the compiler reject a list that misses one or names one that does not exist.
const EVERY_CODE: Readonly<Record<ErrorCode, true>> = {
  USAGE: true,
  INVALID_DATE: true,
  UNKNOWN_ZONE: true,
  UNKNOWN_PRIORITY: true,
  UNKNOWN_PLAN: true,
  POLICY_NOT_FOUND: true,
  INVALID_POLICY: true,
  UNKNOWN_CALENDAR: true,
  INVALID_CALENDAR: true,
  NO_BUSINESS_HOURS: true,
  INVALID_INPUT: true,
  OUTPUT_FAILED: true,
};

/**
 * Every code an `SlaError` can carry, in a stable order: what a caller can
 * switch on instead of matching message text.
 *
 * @example
 * ERROR_CODES.includes('UNKNOWN_PLAN') //=> true
 */
export const ERROR_CODES: readonly ErrorCode[] = Object.freeze(Object.keys(EVERY_CODE).filter(isErrorCode));

/** Whether a key of {@link EVERY_CODE} is a code: every one is, which the filter above shows the compiler. */
function isErrorCode(key: string): key is ErrorCode {
  return Object.hasOwn(EVERY_CODE, key);
}
