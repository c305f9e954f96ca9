import { InvalidArgumentError } from 'commander';
import type { Classification } from '../../classify';
import { quoteValue } from '../../core/quote-value';

/** What `sla classify --fail-on` can ask about: a verdict that lowers or raises the filed priority, one a person should review, one that rests on little. */
export const CLASSIFY_FAIL_ON = ['down', 'up', 'review', 'low-confidence'] as const;
export type ClassifyFailOn = (typeof CLASSIFY_FAIL_ON)[number];

/** Longer spellings, as the JSON fields read (`reclassified: "down"`, `needsReview`). */
const SYNONYMS: ReadonlyMap<string, ClassifyFailOn> = new Map([
  ['reclassified-down', 'down'],
  ['reclassified-up', 'up'],
  ['needs-review', 'review'],
]);

/**
 * Reads `--fail-on` of `sla classify`: a comma list of `down`, `up`, `review`
 * and `low-confidence` (also `reclassified-down`, `reclassified-up`,
 * `needs-review`). The parser of the option: throws commander's
 * `InvalidArgumentError` for anything else.
 *
 * @example
 * parseClassifyFailOn('down, needs-review') //=> new Set(['down', 'review'])
 */
export function parseClassifyFailOn(text: string): ReadonlySet<ClassifyFailOn> {
  const found = new Set<ClassifyFailOn>();
  for (const item of text.split(',')) {
    const word = item.trim().toLowerCase();
    const value = SYNONYMS.get(word) ?? CLASSIFY_FAIL_ON.find((v) => v === word);
    if (value === undefined) {
      throw new InvalidArgumentError(
        `invalid --fail-on ${quoteValue(text)}: give a comma list of ${CLASSIFY_FAIL_ON.join(', ')} (also reclassified-down, reclassified-up, needs-review)`,
      );
    }
    found.add(value);
  }
  return found;
}

/**
 * What a verdict is, of the things `--fail-on` can ask about.
 *
 * @example
 * failOnMarks({ reclassified: 'down', needsReview: true, confidence: 'low' }) //=> ['down', 'review', 'low-confidence']
 */
export function failOnMarks(verdict: Pick<Classification, 'reclassified' | 'needsReview' | 'confidence'>): ClassifyFailOn[] {
  const marks: ClassifyFailOn[] = [];
  if (verdict.reclassified !== null) marks.push(verdict.reclassified);
  if (verdict.needsReview) marks.push('review');
  if (verdict.confidence === 'low') marks.push('low-confidence');
  return marks;
}
