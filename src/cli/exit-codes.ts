import type { ErrorCode } from '../errors/sla-error';

/** Exit statuses: 0 success, 1 a negative verdict the user asked about, 2 bad input or usage, 3 a bug or output that could not be written. */
export const EXIT = Object.freeze({ OK: 0, VERDICT: 1, USAGE: 2, INTERNAL: 3 });

/**
 * The exit status for an error code. Every error a user can cause is bad input
 * (2); negative verdicts (a breach, a failed check) are not errors: a command
 * returns them as its result, which `run` maps to 1.
 *
 * @example
 * exitCodeFor('UNKNOWN_PLAN') //=> 2
 */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'USAGE':
    case 'INVALID_DATE':
    case 'UNKNOWN_ZONE':
    case 'UNKNOWN_PRIORITY':
    case 'UNKNOWN_PLAN':
    case 'POLICY_NOT_FOUND':
    case 'INVALID_POLICY':
    case 'UNKNOWN_CALENDAR':
    case 'INVALID_CALENDAR':
    case 'NO_BUSINESS_HOURS':
    case 'INVALID_INPUT':
      return EXIT.USAGE;
    case 'OUTPUT_FAILED':
      // The answer could not be written (a full disk, an I/O error; a closed pipe
      // ends quietly instead): neither a verdict nor bad input, so never 1 or 2.
      return EXIT.INTERNAL;
  }
}
