/**
 * Where the failure is, when the text names production and a test or
 * development place: production wins, unless only the test place stands with
 * the failure, or the test place is said to work.
 */
import type { FactNote } from './types';
import type { Clause } from './text';
import { INCIDENTS, type Hit } from './hit';

// Words saying a place works: "our test number does work", "op de testomgeving werkt het prima".
const WORKS_FINE = new Set(['works', 'worked', 'work', 'working', 'fine', 'ok', 'okay', 'werkt', 'werkte', 'werken', 'prima', 'goed']);

/**
 * "We tested it on our staging tenant and it worked", "ons testnummer werkt wel, maar ...": a test
 * or development place said to work, in its clause and not negated, is not where the problem is
 * (as a production phrase near `healthy` words is not). Notes why when it is not.
 *
 * @example
 * testPlaceWorks(stagingHit, toClauses('Our QA database works fine.'), new Set(['not']), []) //=> true
 */
export function testPlaceWorks(h: Hit, clauses: readonly Clause[], negators: ReadonlySet<string>, notes: FactNote[]): boolean {
  const words = h.value === 'production' ? [] : (clauses[h.clause]?.words ?? []);
  const at = words.findIndex((w) => WORKS_FINE.has(w));
  if (at < 0 || words.some((w) => negators.has(w))) return false;
  notes.push({ fact: 'env', note: `"${h.phrase}" comes with "${words[at] ?? ''}": the test place is not where the problem is` });
  return true;
}

/**
 * "Our demo line and all other numbers are dead", "het testnummer en alle andere nummers": a test
 * place named with everything else is not where the problem is, the failure is wider.
 *
 * @example
 * alongWithAll(demoLineHit, toClauses('Our demo line and all other numbers are dead.'), []) //=> true
 */
export function alongWithAll(h: Hit, clauses: readonly Clause[], notes: FactNote[]): boolean {
  const words = h.value === 'production' ? [] : (clauses[h.clause]?.words ?? []);
  const at = words.findIndex((w, i) => i >= h.end && (w === 'and' || w === 'en') && ALL.has(words[i + 1] ?? ''));
  // "We even pointed the number at a brand new test IVR - still silence": a test place the customer tried as a fix.
  const tried = words.slice(0, h.start).find((w) => TRIED_AS_FIX.has(w));
  if (tried !== undefined) {
    notes.push({ fact: 'env', note: `"${h.phrase}" comes after "${tried}": a place tried as a fix, not where the problem is` });
    return true;
  }
  if (at < 0) return false;
  notes.push({ fact: 'env', note: `"${h.phrase}" comes with "${words[at] ?? ''} ${words[at + 1] ?? ''}": the failure is wider than the test place` });
  return true;
}

const ALL = new Set(['all', 'every', 'alle', 'elke', 'ieder', 'iedere']);
// Words of trying something as a fix, before a test place in its clause: "we even pointed it at a test IVR", "zelfs
// naar een testnummer omgezet", "tried a test line".
const TRIED_AS_FIX = new Set(['even', 'tried', 'zelfs', 'geprobeerd', 'probeerden', 'probeerde']);

/**
 * "After upgrading our test tenant, recordings are no longer saved. Production
 * is still on the old version; we want to upgrade production next week": when
 * the text names production and a test or development place, production wins
 * (a ticket that names production as the place of the problem is a production
 * ticket), unless no production phrase stands in a sentence that states the
 * failure and a test place does, in the body. Then production is only mentioned.
 * The hits that decide the environment, with a note when production yields.
 *
 * @example
 * // "After upgrading our QA database, reports are not loading. We upgrade production next week."
 * placeOfFailure([production, qaDatabase], [notLoading], new Set(), []) //=> [qaDatabase]
 */
export function placeOfFailure(envHits: readonly Hit[], impactHits: readonly Hit[], failed: ReadonlySet<number>, notes: FactNote[]): Hit[] {
  const failing = new Set([...failed, ...impactHits.filter((h) => INCIDENTS.has(h.value)).map((h) => h.sentence)]);
  const production = envHits.filter((h) => h.value === 'production');
  const elsewhere = envHits.filter((h) => h.value !== 'production');
  if (production.length === 0 || elsewhere.length === 0) return [...envHits];
  if (production.some((h) => failing.has(h.sentence))) return [...envHits];
  // In the body only: a subject ("Re: Storing op staging") is often an earlier message's.
  const test = elsewhere.find((h) => h.sentence > 0 && failing.has(h.sentence));
  if (test === undefined) return [...envHits];
  notes.push({ fact: 'env', note: `the failure is stated with "${test.phrase}": "${production[0]?.phrase ?? ''}" only mentions production` });
  return [...elsewhere];
}
