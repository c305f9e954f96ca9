/**
 * A test or development environment read from how a clause names a place:
 * a test word (`TEST_WORDS`: test, QA, staging, sandbox, demo, training,
 * pilot, acceptatie, proef, ...) before a place (`PLACES`: environment,
 * tenant, account, setup, lines, agents, ...) as "our QA setup" or "test
 * agents", or as the head of a compound ("testtenant", "pilotgroep",
 * "acceptatieserver"); or a test word that is itself the place, after "in"
 * or "on" at the end of its clause ("it only fails in QA", "op acceptatie").
 * A development word does the same for development ("dev server",
 * "ontwikkelomgeving").
 *
 * A test word before anything else is no place: "a test call", "testgesprek",
 * "we tested it", "our QA team" say nothing about where the failure is.
 */
import { recognisedHit, type RecognisedHit } from './recognised-hit';
import type { Clause } from './text';
import type { Lang } from './types';
import { DEV_WORDS, inClass, IN_PLACE, PLACES, TEST_WORDS, type WordClass } from './word-classes';

// A compound is a test word and at least this many letters of place: "testlijn", not "tests".
const MIN_PLACE = 3;
// The words "pre" makes a test place of.
const PRODUCTION = new Set(['prod', 'production', 'productie']);
// Test words that name a place on their own after "in"/"on": "in QA", "on staging", "op acceptatie".
const PLACE_ON_ITS_OWN = new Set(['qa', 'uat', 'staging', 'sandbox', 'acceptance', 'acceptatie', 'preprod', 'test']);

/**
 * The test and development places the clauses name, one hit each.
 *
 * @example
 * recogniseTestPlace(toClauses('In our QA setup the IVR skips option 2.')).map((h) => `${h.value} ${h.phrase}`) //=> ['staging qa setup']
 */
export function recogniseTestPlace(clauses: readonly Clause[]): RecognisedHit[] {
  const found: RecognisedHit[] = [];
  for (const [c, clause] of clauses.entries()) {
    for (const [i, word] of clause.words.entries()) {
      const test = placeAt(clause.words, i, TEST_WORDS);
      if (test !== null) {
        found.push(recognisedHit(clause, c, i, i + test.length - 1, 'env', 'staging', test.lang, 'test-place'));
        continue;
      }
      const dev = placeAt(clause.words, i, DEV_WORDS);
      if (dev !== null && !vendorsPortal(clause.words, i, dev.length)) {
        found.push(recognisedHit(clause, c, i, i + dev.length - 1, 'env', 'development', dev.lang, 'dev-place'));
        continue;
      }
      // "pre-prod", "pre-productie": written apart, "prod" alone would read as production.
      if (word === 'pre' && PRODUCTION.has(clause.words[i + 1] ?? '')) {
        found.push(recognisedHit(clause, c, i, i + 1, 'env', 'staging', clause.words[i + 1] === 'productie' ? 'nl' : 'en', 'test-place'));
        continue;
      }
      // "It only fails in QA", "alleen op acceptatie".
      const before = clause.words[i - 1];
      if (PLACE_ON_ITS_OWN.has(word) && i === clause.words.length - 1 && before !== undefined && inClass(IN_PLACE, before) !== null) {
        found.push(recognisedHit(clause, c, i - 1, i, 'env', 'staging', inClass(TEST_WORDS, word) ?? 'en', 'test-place'));
      }
    }
  }
  return found;
}

// "The delivery log in the developer portal shows nothing", "de client secret uit het ontwikkelaarsportaal": the
// vendor's portal for developers, where live integrations get their keys and logs too; not a place of the customer's
// own development.
const DEVELOPER = new Set(['developer', 'developers', 'ontwikkelaars']);
const PORTALS = new Set(['portal', 'portaal', 'ontwikkelaarsportaal', 'developerportal', 'devportal']);

/** Whether the development place at `i` (of `length` words) is the vendor's developer portal. */
function vendorsPortal(ws: readonly string[], i: number, length: number): boolean {
  const word = ws[i] ?? '';
  return length === 1 ? PORTALS.has(word) : DEVELOPER.has(word) && PORTALS.has(ws[i + 1] ?? '');
}

/** A place qualified by a word of `words` at position `i`: its length in words (1 for a compound) and language; null when none. */
function placeAt(ws: readonly string[], i: number, words: WordClass): { length: number; lang: Lang } | null {
  const word = ws[i];
  if (word === undefined) return null;
  const lang = inClass(words, word);
  if (lang !== null) {
    const next = ws[i + 1];
    const place = next === undefined ? null : inClass(PLACES, next);
    return place === null ? null : { length: 2, lang: place };
  }
  if (word.length < MIN_COMPOUND) return null;
  const memo = words === TEST_WORDS ? testCompounds : devCompounds;
  const known = memo.get(word);
  if (known !== undefined) return known;
  const found = compoundOf(word, words);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, found);
  return found;
}

// The shortest compound of a test word and a place: "qaapp", "labbox".
const MIN_COMPOUND = 5;
// Compounds are looked up per word, and tickets repeat their words; bounded for long batches.
const MEMO_LIMIT = 20_000;
const testCompounds = new Map<string, { length: number; lang: Lang } | null>();
const devCompounds = new Map<string, { length: number; lang: Lang } | null>();

/** A compound of a word of `words` and a place ("testtenant", "pilotgroep", "trainingsomgeving"), or null. */
function compoundOf(word: string, words: WordClass): { length: number; lang: Lang } | null {
  for (const l of ['nl', 'en'] as const) {
    for (const head of words[l]) {
      if (!word.startsWith(head) || word.length < head.length + MIN_PLACE) continue;
      // A linking s: "trainingsomgeving".
      const tail = word.slice(head.length);
      if (PLACES[l].has(tail) || (tail.startsWith('s') && PLACES[l].has(tail.slice(1)))) return { length: 1, lang: l };
    }
  }
  return null;
}
