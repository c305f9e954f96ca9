// Shared by every layer, the time core included: the core imports only `SlaError`
// and throws data codes (dates, zones, inputs); usage codes are thrown only where
// flags are read. Nothing here imports anything, so no layer is pulled in with it.

/**
 * The stable error codes of `sla`. Scripts may match on them; the CLI maps each
 * to an exit code in one place (`src/cli/exit-codes.ts`).
 */
export type ErrorCode =
  | 'USAGE'
  | 'INVALID_DATE'
  | 'UNKNOWN_ZONE'
  | 'UNKNOWN_PRIORITY'
  | 'UNKNOWN_PLAN'
  | 'POLICY_NOT_FOUND'
  | 'INVALID_POLICY'
  | 'UNKNOWN_CALENDAR'
  | 'INVALID_CALENDAR'
  | 'NO_BUSINESS_HOURS'
  | 'INVALID_INPUT'
  | 'OUTPUT_FAILED';

/**
 * An error the user can act on: a stable `code`, a one-line message naming the
 * bad value and what is accepted, and optional details (one line each).
 *
 * @example
 * throw new SlaError('UNKNOWN_ZONE', 'unknown time zone "Mars/Base": use an IANA zone such as Europe/Amsterdam');
 */
export class SlaError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly string[];

  constructor(code: ErrorCode, message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'SlaError';
    this.code = code;
    this.details = details;
  }
}
