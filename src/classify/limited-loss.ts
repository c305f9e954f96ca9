/**
 * A loss of service (an outage or a function down) that the text limits is less than a loss: with the service still
 * usable ("annoying but workable", "calls do connect"), for some users only ("3 of our 40 agents"), or of a part
 * ("everything after about 1pm is missing") it is reduced service, degraded; said of only some of the time or of the
 * messages ("komt niet altijd aan", "deels") it comes and goes, intermittent. (`hitOn(words)` in the examples stands
 * for the phrase hit on those words.)
 */
import type { PhraseHit } from './find-phrases';
import { REDUCED, type Hit } from './hit';
import type { Clause } from './text';
import type { FactNote } from './types';
import { inClass, NEGATORS } from './word-classes';

// Usable phrases (of phrases.json) that judge how bad something is, rather than say what still works.
const JUDGEMENTS = new Set(['annoying but', 'not a big deal', 'workable', 'vervelend maar', 'geen ramp', 'werkbaar']);

/**
 * The usable phrases (`usable`, each said in the sentence `usableIn` gives) that say the service stays usable beside a
 * failure: a judgement of how bad something is, said in a sentence that states its own reduced service, qualifies
 * that one only.
 *
 * @example
 * usableSaid(['geen ramp'], [1], readPhrases('Wallboard\nHet wallboard laadt wat traag, geen ramp.', PHRASES).hits) //=> []
 */
export function usableSaid(usable: readonly string[], usableIn: readonly number[], hits: readonly PhraseHit[]): string[] {
  // "Het wallboard laadt wat traag, geen ramp": said in a sentence that states its own reduced service, a judgement of
  // it qualifies that one, not a failure elsewhere ("... en ons 0800-nummer komt helemaal niet meer binnen").
  return usable.filter((p, i) => !JUDGEMENTS.has(p) || !hits.some((h) => h.fact === 'impact' && REDUCED.has(h.value) && h.sentence === usableIn[i] && h.negatedBefore === null));
}

/**
 * The impact hits with each loss the text limits read as less: degraded beside a usable phrase (`usable`), some users
 * (`someUsers`, from `findSomeUsers`) or a part missing; intermittent beside "not always" or "deels". A note for each.
 *
 * @example
 * limitedLoss([hitOn('cannot log in')], [], '3 of our 40 agents', toClauses("3 of our 40 agents can't log in."), [])[0].value //=> 'degraded'
 */
export function limitedLoss(impactHits: readonly Hit[], usable: readonly string[], someUsers: string | null, clauses: readonly Clause[], notes: FactNote[]): Hit[] {
  // "It's confusing, but calls are answered normally": a function that fails while the service stays usable is reduced service.
  const reduced = usable.length === 0 ? impactHits : impactHits.map((h): Hit => {
    // An outage said next to calls that connect ("in die tijd is het stil; de gesprekken die doorkomen verlopen verder normaal") too.
    if (h.value !== 'function-down' && h.value !== 'outage') return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${usable[0]}": read as degraded` });
    return { ...h, value: 'degraded' };
  });
  // "3 of our 40 agents can't log in", "bij de andere 25 gaat alles normaal": a loss for some users is reduced service.
  const forSome = someUsers === null ? reduced : reduced.map((h): Hit => {
    if (h.value !== 'function-down' && h.value !== 'outage') return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${someUsers}": only some users, read as degraded` });
    return { ...h, value: 'degraded' };
  });
  const partly = forSome.map((h): Hit => {
    const part = h.value === 'function-down' && /missing|ontbre|mist\b/.test(h.phrase) ? partMissing(h, clauses) : null;
    if (part === null) return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" is said of a part ("${part}"): read as degraded` });
    return { ...h, value: 'degraded' };
  });
  // "komt niet altijd aan", "komen deels niet aan", "do not always arrive": a loss said of only some of the time or of
  // the messages comes and goes.
  // As a word of how often, "not always" qualifies every loss the ticket states; "deels" only the one in its clause.
  const notAlwaysAt = (ws: readonly string[]) => ws.findIndex((w, i) => inClass(NEGATORS, w) !== null && ['always', 'altijd'].includes(ws[i + 1] ?? ''));
  const notAlwaysClause = clauses.find((c) => !c.question && notAlwaysAt(c.words) >= 0);
  const notAlways = partly.map((h): Hit => {
    if (h.value !== 'function-down' && h.value !== 'outage') return h;
    const ws = clauses[h.clause]?.words ?? [];
    const part = ws.find((w) => NOT_ALWAYS_PARTS.has(w));
    const said = part ?? (notAlwaysClause === undefined ? undefined : notAlwaysClause.words.slice(notAlwaysAt(notAlwaysClause.words), notAlwaysAt(notAlwaysClause.words) + 2).join(' '));
    if (said === undefined) return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${said}": read as intermittent` });
    return { ...h, value: 'intermittent' };
  });
  return notAlways;
}

// Words of a part of the time or of the messages, beside a loss: "deels", "partly" (as "not always", "niet altijd").
const NOT_ALWAYS_PARTS = new Set(['deels', 'gedeeltelijk', 'partly', 'partially']);

/**
 * "The report only shows 212 calls ... everything after about 1pm is missing", "alleen de gesprekken tot 13:00, de hele
 * middag ontbreekt": what is missing is part of something (after a time, beside a count that is there), in the
 * missing phrase's sentence or the one before. The words that say so, or null.
 */
function partMissing(h: Hit, clauses: readonly Clause[]): string | null {
  const words = clauses.filter((c) => c.sentence === h.sentence || c.sentence === h.sentence - 1).flatMap((c) => c.words);
  for (const [i, w] of words.entries()) {
    const next = words.slice(i + 1, i + 4);
    if ((w === 'after' || w === 'na' || w === 'until' || w === 'tot' || w === 'only' || w === 'alleen') && next.some((x) => /^\d/.test(x))) return `${w} ${next.join(' ')}`;
    // "All recordings only contain our side", "de opnames bevatten alleen onze kant": some of it is there.
    // (Dutch may put the verb before its subject: "bevatten alle opnames alleen".)
    if ((w === 'only' || w === 'alleen') && (words.slice(Math.max(0, i - 3), i).some((x) => CONTAINS.has(x)) || CONTAINS.has(words[i + 1] ?? ''))) return `${w} ${words[i + 1] ?? ''}`;
    if (PART_OF_DAY.has(w) && (words[i - 1] === 'whole' || words[i - 1] === 'hele')) return `${words[i - 1] ?? ''} ${w}`;
  }
  return null;
}
const CONTAINS = new Set(['contain', 'contains', 'show', 'shows', 'has', 'have', 'include', 'includes', 'bevat', 'bevatten', 'toont', 'tonen', 'laat', 'heeft', 'hebben']);
const PART_OF_DAY = new Set(['afternoon', 'morning', 'evening', 'night', 'day', 'middag', 'ochtend', 'avond', 'nacht', 'dag', 'week']);
