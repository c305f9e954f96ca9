/**
 * How priority and plan words are compared: case, surrounding space, and the
 * difference between spaces, underscores and hyphens do not matter. Used both
 * when a policy is checked for words naming two entries and when a user's word
 * is looked up, so that the two can never disagree.
 *
 * @example
 * normalizeWord(' Business_Critical ') //=> 'business-critical'
 */
export function normalizeWord(word: string): string {
  return word.trim().toLowerCase().replace(/[\s_-]+/g, '-');
}
