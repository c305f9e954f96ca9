/** The most characters of a user's value that a message repeats. */
export const QUOTED_VALUE_MAX = 60;

/**
 * A value as a message quotes it: JSON-quoted, and cut to its first
 * {@link QUOTED_VALUE_MAX} characters with the full length named, so that a
 * 1 MB field never becomes a 1 MB line on stderr. Cuts on a code point, never
 * inside a surrogate pair.
 *
 * @example
 * quoteValue('Mars/Base') //=> '"Mars/Base"'
 * quoteValue('x'.repeat(100000)) //=> '"xxxx…" (100000 characters)'
 */
export function quoteValue(value: string, max: number = QUOTED_VALUE_MAX): string {
  if (value.length <= max) return JSON.stringify(value);
  let cut = max;
  const last = value.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1; // keep a surrogate pair whole
  return `${JSON.stringify(`${value.slice(0, cut)}…`)} (${value.length} characters)`;
}
