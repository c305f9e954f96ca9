import type { ErrorCode } from '../errors/sla-error';

/** The code of an error JSON names: one of `sla`'s error codes, or `INTERNAL` for a bug. */
export type JsonErrorCode = ErrorCode | 'INTERNAL';

/**
 * Whether the arguments ask for JSON (`--json` or `-j`) anywhere before a
 * `--` that ends the options. Looked for in the raw arguments, since a usage
 * error can stop parsing before the options are known, and a script that
 * asked for JSON should get its error as JSON all the same.
 *
 * @example
 * wantsJsonErrors(['deadline', '--opened', 'bad', '--json']) //=> true
 * wantsJsonErrors(['classify', '--', '--json']) //=> false
 */
export function wantsJsonErrors(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--json' || arg === '-j');
}

/**
 * An error as one line of JSON for stderr, `{"error": {"code", "message"}}`,
 * with `details` (one string a problem) only when there are any, so that a
 * script can branch on the code without reading prose.
 *
 * @example
 * errorJsonLine('UNKNOWN_PLAN', 'unknown plan "gold": accepted are basic, professional, advanced')
 * //=> '{"error":{"code":"UNKNOWN_PLAN","message":"unknown plan \"gold\": accepted are basic, professional, advanced"}}\n'
 */
export function errorJsonLine(code: JsonErrorCode, message: string, details: readonly string[] = []): string {
  return `${JSON.stringify({ error: { code, message, ...(details.length > 0 && { details }) } })}\n`;
}
