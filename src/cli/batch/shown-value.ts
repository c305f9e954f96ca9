import { quoteValue } from '../../core/quote-value';

/**
 * A record's value as a message shows it: a string quoted and cut (a 1 MB
 * field gives a short message), a number, boolean or null as written, and an
 * object or array by its kind, never its content.
 *
 * @example
 * shownValue('yesterday') //=> '"yesterday"'
 * shownValue({ a: 1 }) //=> 'an object'
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return quoteValue(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value); // a number, boolean or null: short
}
