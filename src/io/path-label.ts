import { quoteValue } from '../core/quote-value';

/** Longest path a message repeats as written, before it is cut by {@link quoteValue}. */
const PLAIN_PATH_MAX = 200;

/**
 * A path written inside a file, as a message names it: as written when it is
 * an ordinary path, else through {@link quoteValue}, so that a path with a line
 * break, a control character or a megabyte of text cannot break the one line
 * a message is.
 *
 * @example
 * pathLabel('./acme.json') //=> './acme.json'
 * pathLabel('a\nb.json') //=> '"a\\nb.json"'
 */
export function pathLabel(path: string): string {
  const plain = path.length <= PLAIN_PATH_MAX && JSON.stringify(path) === `"${path}"` && !/[\u2028\u2029\u007f-\u009f]/.test(path);
  return plain ? path : quoteValue(path);
}
