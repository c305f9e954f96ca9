/**
 * Where the failure is, when the text names production and a test or
 * development place: production wins, unless only the test place stands with
 * the failure, or the test place is said to work. And before that, whether a
 * production phrase names the place of the problem at all: not when
 * production is said to be fine, planned, not there yet or denied.
 */
import type { FactNote } from './types';
import type { Clause } from './text';
import { INCIDENTS, type Hit } from './hit';
import { inClass, NEGATORS, PLANNED } from './word-classes';

// Words saying a place works: "our test number does work", "op de testomgeving werkt het prima".
const WORKS_FINE = new Set(['works', 'worked', 'work', 'working', 'fine', 'ok', 'okay', 'werkt', 'werkte', 'werken', 'prima', 'goed']);
// Working as what people do, before where or on what: "working in our sandbox", "we werken in de testomgeving".
const ACTIVITY = new Set(['working', 'work', 'werken', 'werk']);
const AT_PLACE = new Set(['in', 'on', 'at', 'with', 'op', 'aan', 'met']);
const WORKERS = new Set(['we', 'i', 'were', 'im', 'ive', 'weve', 'developers', 'wij', 'ik']);

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
  // "Working in our sandbox account on ...", "we werken in de testomgeving aan ...": working at something there, not a place that works.
  // "It's working on staging" is a place that works: only a person (or no one named) works at something.
  const at = words.findIndex((w, i) => WORKS_FINE.has(w) && !(ACTIVITY.has(w) && AT_PLACE.has(words[i + 1] ?? '') && (i === 0 || WORKERS.has(words[i - 1] ?? ''))));
  if (at < 0 || words.some((w) => negators.has(w))) return false;
  notes.push({ fact: 'env', note: `"${h.phrase}" comes with "${words[at] ?? ''}": the test place is not where the problem is` });
  return true;
}

/**
 * A test or development place named aside from a failure the text states elsewhere: asked about ("kunnen we dit eerst
 * in een testomgeving uitproberen?"), said to fail too ("our test account seems to have the same delay", "het
 * testtoestel doet ook niks"), said to be fine or not to show it ("our test tenant seems OK", "in onze testomgeving
 * zien we het niet"), or in a side remark ("BTW", "trouwens"). Only where a sentence that names no test place states
 * the failure, for a test place asked about or set aside: then the failure is where the text puts it, production unless it says
 * otherwise.
 *
 * @example
 * testPlaceAside(testAccountHit, toClauses('Recordings take hours.\nBTW our test account has the same delay.'), new Set([0, 1]), []) //=> true
 */
export function testPlaceAside(h: Hit, clauses: readonly Clause[], failing: ReadonlySet<number>, placed: ReadonlySet<number>, notes: FactNote[]): boolean {
  if (h.value === 'production') return false;
  // Asked about or set aside, the test place needs a failure stated elsewhere; said to fail too or to be fine, it is aside anyway.
  const elsewhere = [...failing].some((s) => s > 0 && !placed.has(s));
  // Said to fail too or to be fine, it must stand after the body's first sentence, where the main complaint goes ("Onze
  // acceptatie-trunk werkt niet meer: ... registreren lukt ook niet" is about the test place itself).
  // A greeting ("Beste,", "Hi team") is no sentence of the complaint: the first of four words or more.
  const size = new Map<number, number>();
  for (const c of clauses) size.set(c.sentence, (size.get(c.sentence) ?? 0) + c.words.length);
  const firstBody = Math.min(...[...size].filter(([s, n]) => s > 0 && n >= 4).map(([s]) => s));
  const later = elsewhere || h.sentence > firstBody;
  const sentence = clauses.filter((c) => c.sentence === h.sentence);
  const words = sentence.flatMap((c) => c.words);
  // "Tried: reinstall, Wi-Fi vs 4G, a clean test device.": a test place where a try was made, beside a failure elsewhere.
  const triedThere = elsewhere ? words.find((w) => TRIED_DONE.has(w)) : undefined;
  const why =
    triedThere ??
    (clauses[h.clause]?.question === true
      ? elsewhere ? 'asked about' : undefined
      : (later && (failing.has(h.sentence) || words.some((w) => TROUBLE_WORDS.has(w))) ? words.find((w, i) => ALSO.has(w) && !concessive(words, i)) : undefined) ??
        (later ? words.find((w, i) => HEALTHY.has(w) || fineThere(words, i) || (SEEING.has(w) && words.slice(Math.max(0, i - 4), i + 5).some((x) => x === 'not' || x === 'niet' || x === 'havent' || x === 'nog'))) : undefined) ??
        (elsewhere && (ASIDE.has(words[0] ?? '') || (words[0] === 'by' && words[1] === 'the' && words[2] === 'way')) ? (words[0] ?? '') : undefined));
  if (why === undefined) return false;
  notes.push({ fact: 'env', note: `"${h.phrase}" is named aside ("${why}"): the failure is stated elsewhere` });
  return true;
}
// A try made ("tried", "geprobeerd"), not one under way ("we try to verify ... in our development environment").
const TRIED_DONE = new Set(['tried', 'attempted', 'geprobeerd', 'geprobeert', 'probeerde', 'probeerden']);
// "welke toets je ook kiest", "wat we ook proberen": "ook" after a word of which or what is "-ever", not "also".
const WHICH_EVER = new Set(['welke', 'wat', 'wie', 'hoe', 'waar', 'wanneer']);
const concessive = (words: readonly string[], i: number) => words[i] === 'ook' && words.slice(Math.max(0, i - 4), i).some((w) => WHICH_EVER.has(w));
// Said of the test place too: the failure is wider than it.
const ALSO = new Set(['also', 'too', 'same', 'ook', 'hetzelfde', 'zelfde', 'dezelfde', 'eveneens']);
// What "also"/"same" must be said of to make the failure wider: "the same delay", "doet ook niks" (not "the same API key").
const TROUBLE_WORDS = new Set(['problem', 'issue', 'delay', 'error', 'errors', 'fault', 'probleem', 'storing', 'fout', 'vertraging', 'niks', 'niets', 'nothing', 'happens', 'happening', 'result', 'gebeurt', 'resultaat', 'behaviour', 'behavior', 'gedrag']);
// Said of the test place: it is fine there.
const HEALTHY = new Set(['ok', 'okay', 'fine', 'prima', 'orde', 'unaffected']);
/**
 * "Onze testtrunk registreert wel gewoon", "the test number registers normally": the Dutch "wel" before "gewoon" (or
 * "normaal"), or "normally" with no negator in the sentence, says the place works.
 */
function fineThere(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (w === 'wel') return NORMALLY.has(words[i + 1] ?? '');
  // "Ons testnummer gaat gewoon over": "gewoon" before a verb of working.
  if (w === 'gewoon') return RUNS.has(words[i + 1] ?? '');
  return (w === 'normally' || w === 'normaal') && !words.some((x) => inClass(NEGATORS, x) !== null);
}
const NORMALLY = new Set(['gewoon', 'normaal']);
const RUNS = new Set(['overgaat', 'werkt', 'werken', 'rinkelt', 'registreert', 'doet']);
// Seeing, negated: "we haven't seen it there", "zien we het niet", "nog niet gezien".
const SEEING = new Set(['seen', 'seeing', 'see', 'zien', 'gezien', 'zie']);
// Openers of a side remark.
const ASIDE = new Set(['btw', 'ps', 'trouwens', 'verder', 'overigens', 'side', 'also']);

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
const TRIED_AS_FIX = new Set(['even', 'tried', 'zelfs', 'geprobeerd', 'probeerden', 'probeerde', 'created', 'aangemaakt']);

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

// Whose go-live a reseller speaks of: "we have 3 new customers to go live today", "klanten die vandaag live gaan".
const OTHERS = new Set(['customers', 'customer', 'clients', 'client', 'klanten', 'klant', 'eindklanten', 'eindklant']);
// How far before the go-live words the others may stand: "3 new customers to go live".
const OTHERS_REACH = 4;

/**
 * "We are a reseller and have 3 new customers to go live today": a go-live said of the customer's own customers is
 * the date of their onboarding, not a system that is not live yet. Notes why when it is.
 *
 * @example
 * liveForOthers(goLiveHit, toClauses('We have 3 new customers to go live today.'), []) //=> true
 */
export function liveForOthers(h: Hit, clauses: readonly Clause[], notes: FactNote[]): boolean {
  if (h.value === 'production' || !/\blive\b|golive|livegang/.test(h.phrase)) return false;
  const words = clauses[h.clause]?.words ?? [];
  const who = words.slice(Math.max(0, h.start - OTHERS_REACH), h.start).find((w) => OTHERS.has(w));
  if (who === undefined) return false;
  notes.push({ fact: 'env', note: `"${h.phrase}" is said of "${who}": their go-live, not a system that is not live yet` });
  return true;
}

// Words before "live" that put it in the future: "Maandag moet dit live", "we willen volgende week live", "we need to go live".
const TO_COME = new Set(['moet', 'moeten', 'wil', 'willen', 'gaan', 'gaat', 'will', 'want', 'need', 'must', 'going', 'go', 'to']);
// How far before "live" the word of the future may stand: "we willen volgende week live".
const TO_COME_REACH = 3;
// Words of a comparison before a place: "lager dan op productie", "like in production", "zoals in productie".
const COMPARED = new Set(['than', 'like', 'as', 'dan', 'zoals']);
// How far before the place the comparison may stand: "dan op productie", "like in production".
const COMPARED_REACH = 2;

/**
 * "Maandag moet dit live", "is de rate limit op sandbox lager dan op productie?", "configured like in production": a
 * production word that names a go-live still to come, or the place a test place is compared with, is not where the
 * problem is. Notes why when it is not.
 *
 * @example
 * productionNamedOnly(liveHit, toClauses('Maandag moet dit live.'), []) //=> true
 */
export function productionNamedOnly(h: Hit, clauses: readonly Clause[], notes: FactNote[]): boolean {
  if (h.value !== 'production') return false;
  const words = clauses[h.clause]?.words ?? [];
  const future = h.phrase === 'live' ? words.slice(Math.max(0, h.start - TO_COME_REACH), h.start).find((w) => TO_COME.has(w)) : undefined;
  const compared = words.slice(Math.max(0, h.start - COMPARED_REACH), h.start).find((w) => COMPARED.has(w));
  const why = future ?? compared;
  if (why === undefined) return false;
  notes.push({ fact: 'env', note: `"${h.phrase}" comes after "${why}": ${future === undefined ? 'a comparison' : 'a go-live to come'}, not where the problem is` });
  return true;
}

// How far before a production phrase a word of planning may stand: "we want to go live in two weeks".
const PLAN_REACH = 8;

/**
 * The environment phrases that name where the problem is: a production phrase near words saying production is fine
 * (`healthy`), one planned or not there yet ("we want to go live in two weeks", "haven't deployed this to prod yet")
 * and one denied ("Not in production, just test", "it has no live numbers on it") state nothing. Notes why for each
 * one dropped; `impactHits` are the impact hits that stand.
 *
 * @example
 * productionStated([productionHit, justTestHit], toClauses('Not in production, just test.'), negatorWords(PHRASES), [], []) //=> [justTestHit]
 */
export function productionStated(envHits: readonly Hit[], clauses: readonly Clause[], negators: ReadonlySet<string>, impactHits: readonly Hit[], notes: FactNote[]): Hit[] {
  return envHits.filter((h, _i, all) => {
    if (h.value !== 'production') return true;
    if (h.healthy !== null) {
      notes.push({ fact: 'env', note: `"${h.phrase}" comes with "${h.healthy}": production is not where the problem is` });
      return false;
    }
    // "We want to go live in two weeks", "we willen over twee weken live": production that is planned, not yet there.
    const ws = clauses[h.clause]?.words ?? [];
    // Before it ("we want to go live"), or a few words after it ("de release naar prod staat morgen gepland").
    const plannedBefore = ws.slice(Math.max(0, h.start - PLAN_REACH), h.start).find((w) => inClass(PLANNED, w) !== null);
    const plannedAfter = ws.slice(h.end, h.end + PLAN_REACH + 2).find((w) => inClass(PLANNED, w) !== null);
    // A negator before a plan denies it ("we don't want to go live"); one before a plan said after production is of
    // another verb ("we kunnen niks testen en de release naar prod staat morgen gepland").
    const planned = plannedBefore !== undefined && !ws.slice(0, h.start).some((w) => negators.has(w)) ? plannedBefore : plannedAfter;
    // Not where the sentence states a failure: "we want production back, every call fails".
    const failingHere = impactHits.some((i) => INCIDENTS.has(i.value) && i.sentence === h.sentence);
    // "Haven't deployed this to prod yet", "staat nog niet op productie": production that is not there yet.
    if (h.negatedBefore !== null && ws.some((w) => w === 'yet') && !failingHere) {
      notes.push({ fact: 'env', note: `"${h.phrase}" is negated with "yet": production is not there yet` });
      return false;
    }
    // "The one we use to test the new IVR before putting it live, the calls are dropping": not live yet, even beside the failure.
    if (planned !== undefined && (!failingHere || planned === 'before' || planned === 'voordat' || planned === 'go')) {
      notes.push({ fact: 'env', note: `"${h.phrase}" comes after "${planned}": production is not there yet` });
      return false;
    }
    // "Not in production, just test": a denied production before a test environment in the same sentence.
    // "Works in test, not in production" keeps production: the test environment comes first.
    // "It has no live numbers on it", "geen productienummers": a determiner that denies production outright.
    const noProduction = h.negatedBefore !== null && ['no', 'geen', 'nothing', 'niets', 'niks'].includes(ws[h.start - 1] ?? '');
    if (noProduction && all.some((o) => o.value !== 'production')) {
      notes.push({ fact: 'env', note: `"${h.phrase}" comes after "${ws[h.start - 1] ?? ''}": no production named` });
      return false;
    }
    const denied = h.negatedBefore !== null && all.some((o) => o.value !== 'production' && o.sentence === h.sentence && o.clause >= h.clause && (o.clause > h.clause || o.start > h.start));
    if (!denied) return true;
    notes.push({ fact: 'env', note: `"${h.phrase}" is denied by "${h.negatedBefore}": not where the problem is` });
    return false;
  });
}
