/**
 * One value per fact: when a fact still has several values, the first in `phrases.json#precedence` wins, with a note
 * naming what it won over; and the same phrase stating the same value is shown once.
 */
import type { PhraseHit } from './find-phrases';
import type { PhraseData } from './phrase-data';
import type { Fact, FactNote, MatchedPhrase } from './types';

/**
 * The winning value of one fact and the hits that state it, with the values it won over (`others`) and a note naming them.
 *
 * @example
 * decide('impact', readPhrases('All calls fail. Can you tell me when it is fixed?', PHRASES).hits, PHRASES, []).value //=> 'outage'
 */
export function decide<H extends PhraseHit>(fact: Fact, hits: readonly H[], data: PhraseData, notes: FactNote[]): { value: string | null; hits: H[]; others: string[] } {
  // Each value stated, in precedence order, with the first phrase that states it.
  const present = data.precedence[fact].flatMap((value) => {
    const hit = hits.find((h) => h.value === value);
    return hit === undefined ? [] : [{ value, phrase: hit.phrase }];
  });
  const [winner, ...losers] = present;
  if (winner === undefined) return { value: null, hits: [], others: [] };
  if (losers.length > 0) {
    const others = losers.map((l) => `${l.value} ("${l.phrase}")`);
    notes.push({ fact, note: `${fact} ${winner.value} wins over ${others.join(', ')}` });
  }
  return { value: winner.value, hits: hits.filter((h) => h.value === winner.value), others: losers.map((l) => l.value) };
}

/**
 * The matched phrases with each repeat left out: the same phrase stating the same value twice says nothing new.
 *
 * @example
 * dedupe([down, down]).length //=> 1
 */
export function dedupe(matched: MatchedPhrase[]): MatchedPhrase[] {
  const seen = new Set<string>();
  return matched.filter((m) => {
    const key = `${m.fact}|${m.value}|${m.phrase}|${m.negatedBy ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
