/**
 * Reads the facts of a ticket from its text, with the phrase data of
 * `phrases.json`. The rules, in the order they apply:
 *
 * 1. Phrases are found as described in `find-phrases.ts`: whole words, one
 *    clause, the longer phrase claims the words.
 * 2. Negation, per fact:
 *    - impact: a phrase with a negator before it is dropped ("not down, just
 *      slow" is degraded);
 *    - workaround: a `yes` phrase with a negator before or after it counts as
 *      `no` ("we don't have a workaround", "een workaround hebben we niet");
 *    - env: negation is ignored, because "works in test but not in production"
 *      is a production problem.
 * 3. An `outage` or `function-down` phrase in a sentence that also has an
 *    `intermittent` phrase counts as intermittent: "the line goes down
 *    sometimes" is what the policy calls an intermittent problem (priority 2),
 *    not a complete loss of service.
 * 4. When one fact still has several values, the first in
 *    `phrases.json#precedence` wins:
 *    - env: production, staging, development. A ticket that names production
 *      at all is read as a production ticket ("works in test, fails in
 *      production"), unless the phrase says production is fine ("production
 *      is not affected" is an ignore phrase) or is not there yet ("not yet in
 *      production", "go-live" are staging phrases).
 *    - impact: development, outage, function-down, intermittent, degraded,
 *      how-to, feature-request, question. A problem while building or
 *      integrating is a development problem however broken it is; then the
 *      most severe incident, because an outage report often also asks
 *      something ("how do I know when it is fixed?"); the non-incidents last,
 *      the most specific first.
 *    - workaround: no, then yes: a negation wins over the plain phrase.
 *
 * Nothing is guessed beyond the phrases: a fact without a phrase is null, and
 * the caller decides the default.
 */
import { findPhrases, type PhraseHit } from './find-phrases';
import { PHRASES, type PhraseData } from './phrase-data';
import type { Env, ExtractedFacts, Fact, FactNote, Impact, MatchedPhrase } from './types';

/**
 * The facts a ticket's text states, the phrases that decided them, and a note
 * for every conflict that a precedence rule settled.
 *
 * @example
 * const facts = extractFacts('Werkt in test, niet in productie\nGeen enkel gesprek komt binnen. Geen workaround.');
 * facts.env        //=> 'production'
 * facts.impact     //=> 'outage'
 * facts.workaround //=> 'no'
 * facts.matched[0] //=> { fact: 'env', value: 'production', phrase: 'productie*', lang: 'nl' }
 */
export function extractFacts(text: string, data: PhraseData = PHRASES): ExtractedFacts {
  const hits = findPhrases(text, data);
  const notes: FactNote[] = [];
  const of = (fact: Fact) => hits.filter((h) => h.fact === fact);

  const env = decide('env', of('env'), data, notes);

  // Negated impact phrases say the opposite of their value; they state nothing.
  const impactHits = of('impact').filter((h) => {
    if (h.negatedBefore === null) return true;
    notes.push({ fact: 'impact', note: `"${h.phrase}" is negated by "${h.negatedBefore}": ignored` });
    return false;
  });
  const intermittentSentences = new Set(impactHits.filter((h) => h.value === 'intermittent').map((h) => h.sentence));
  const qualified = impactHits.filter((h) => {
    if ((h.value !== 'outage' && h.value !== 'function-down') || !intermittentSentences.has(h.sentence)) return true;
    const by = impactHits.find((i) => i.value === 'intermittent' && i.sentence === h.sentence)!;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${by.phrase}" in one sentence: read as intermittent` });
    return false;
  });
  const impact = decide('impact', qualified, data, notes);

  const workaroundHits = of('workaround').map((h): PhraseHit & { negatedBy?: string } => {
    const negator = h.negatedBefore ?? h.negatedAfter;
    return h.value === 'yes' && negator !== null ? { ...h, value: 'no', negatedBy: negator } : h;
  });
  const workaround = decide('workaround', workaroundHits, data, notes);

  const matched = [...env.hits, ...impact.hits, ...workaround.hits]
    .sort((a, b) => a.clause - b.clause || a.start - b.start)
    .map((h): MatchedPhrase => {
      const m: MatchedPhrase = { fact: h.fact, value: h.value, phrase: h.phrase, lang: h.lang };
      return 'negatedBy' in h && typeof h.negatedBy === 'string' ? { ...m, negatedBy: h.negatedBy } : m;
    });

  return {
    env: env.value as Env | null,
    impact: impact.value as Impact | null,
    workaround: workaround.value as 'yes' | 'no' | null,
    matched: dedupe(matched),
    notes,
  };
}

/** The winning value of one fact and the hits that state it. */
function decide<H extends PhraseHit>(fact: Fact, hits: readonly H[], data: PhraseData, notes: FactNote[]): { value: string | null; hits: H[] } {
  const present = data.precedence[fact].filter((v) => hits.some((h) => h.value === v));
  const value = present[0];
  if (value === undefined) return { value: null, hits: [] };
  if (present.length > 1) {
    const others = present.slice(1).map((v) => `${v} ("${hits.find((h) => h.value === v)!.phrase}")`);
    notes.push({ fact, note: `${fact} ${value} wins over ${others.join(', ')}` });
  }
  return { value, hits: hits.filter((h) => h.value === value) };
}

// The same phrase stating the same value twice says nothing new.
function dedupe(matched: MatchedPhrase[]): MatchedPhrase[] {
  const seen = new Set<string>();
  return matched.filter((m) => {
    const key = `${m.fact}|${m.value}|${m.phrase}|${m.negatedBy ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
