import type { PhraseHit } from './find-phrases';
import type { Clause } from './text';
import type { Fact, Lang, RecogniserRule } from './types';

/** A fact read from a clause's structure rather than from a phrase of the data. */
export type RecognisedHit = PhraseHit & { readonly rule: RecogniserRule };

/**
 * A hit for the words `from` to `to` (inclusive) of a clause: the words
 * themselves are the phrase the verdict shows, with the rule that read them.
 *
 * @example
 * const clause = { sentence: 1, words: ['agents', 'now', 'ask', 'callers'], question: false };
 * recognisedHit(clause, 2, 0, 1, 'workaround', 'yes', 'en', 'substitute-for-now').phrase //=> 'agents now'
 */
export function recognisedHit(clause: Clause, index: number, from: number, to: number, fact: Fact, value: string, lang: Lang, rule: RecogniserRule): RecognisedHit {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  // A long span reads badly as a phrase: its two ends show what decided.
  const words = hi - lo < 4 ? clause.words.slice(lo, hi + 1).join(' ') : `${clause.words[lo] ?? ''} … ${clause.words[hi] ?? ''}`;
  return {
    fact, value, phrase: words, lang, sentence: clause.sentence, clause: index, start: lo, end: hi + 1,
    question: clause.question, negatedBefore: null, negatedAfter: null, healthy: null, rule,
  };
}

/**
 * The recognised hits on words no phrase of the same fact read: where a phrase read them, the phrase shows the fact.
 *
 * @example
 * // "We are writing our own script": the phrase "our script" read the words the building recogniser reads.
 * unread([recogniseBuilding(clauses)], hits) //=> []
 */
export function unread<H extends PhraseHit>(found: readonly (H | null)[], hits: readonly PhraseHit[]): H[] {
  return found.filter((r): r is H => r !== null && !hits.some((h) => h.fact === r.fact && h.clause === r.clause && h.start < r.end && r.start < h.end));
}
