/**
 * Whether a problem comes and goes (intermittent, priority 2) or is a loss of service. A problem said to happen every
 * time does not come and go; calls cut off are reduced quality when what drops out is the sound, an outage when it is
 * said of every caller or call, and a symptom of a loss stated beside them when they only say how the failure ends a
 * call; a time that recurs ("every morning") or a word of how often says the failure comes and goes only in a sentence
 * that states a failure; a rate ("one call in twenty") is read as intermittency where it stands. (`hitOn(words)` in the
 * examples stands for the phrase hit on those words.)
 */
import type { PhraseHit } from './find-phrases';
import { INCIDENTS, type Hit } from './hit';
import type { Clause } from './text';
import type { FactNote, Lang } from './types';
import { CALLS, COUNTS, EVERY, EVERYONE, inClass, PARTIAL, SOUND, SPAN_UNITS, TIMES_OF } from './word-classes';

// Phrases (of phrases.json) saying a problem happens every time.
const ALWAYS = new Set(['every time', 'each time', 'every single time', 'each and every time', 'elke keer', 'iedere keer', 'elke keer weer', 'iedere keer weer', 'telkens weer', 'fails every time', 'always fails', 'mislukt altijd']);

/**
 * The impact hits without the intermittent phrases said in a sentence that says the problem happens every time
 * ("Callers get disconnected every time"), with a note for each one dropped.
 *
 * @example
 * everyTimeNotIntermittent(readPhrases('Callers get disconnected every time.', PHRASES).hits, []).map((h) => h.phrase) //=> ['every time']
 */
export function everyTimeNotIntermittent(impactHits: readonly Hit[], notes: FactNote[]): Hit[] {
  // "Callers get disconnected every time": a problem that always happens does not come and go.
  // The same words elsewhere (the subject "Callers get disconnected in IVR") say no more than they do here.
  // In the same sentence: "the call drops, every single time".
  const always = new Set(impactHits.filter((h) => ALWAYS.has(h.phrase)).map((h) => h.sentence));
  const everyTime = new Set(impactHits.filter((h) => h.value === 'intermittent' && always.has(h.sentence)).map((h) => h.phrase));
  const notIntermittent = impactHits.filter((h) => h.value === 'intermittent' && everyTime.has(h.phrase));
  // Noted from the last such phrase in the text to the first.
  for (const h of [...notIntermittent].reverse()) notes.push({ fact: 'impact', note: `"${h.phrase}" happens every time: not intermittent` });
  return impactHits.filter((h) => !notIntermittent.includes(h));
}

/**
 * "Words drop out every few seconds", "het geluid valt steeds weg": what drops out is the sound of a call that goes
 * on, reduced quality, not a call lost.
 *
 * @example
 * soundDrops([hitOn('drops out')], toClauses('Words drop out every few seconds.'), [])[0].value //=> 'degraded'
 */
export function soundDrops(impactHits: PhraseHit[], clauses: readonly Clause[], notes: FactNote[]): PhraseHit[] {
  return impactHits.map((h) => {
    if (!INCIDENTS.has(h.value) || !DROPS.has(h.phrase)) return h;
    const ws = clauses[h.clause]?.words ?? [];
    // Before the phrase or in its gap, where Dutch puts the subject: "valt het geluid steeds weg"; or right after a
    // participle: "wegvallende woorden".
    const sound = ws.slice(Math.max(0, h.start - 3), h.end + (/(?:ende|ing)$/.test(ws[h.end - 1] ?? '') ? 1 : 0)).find((w) => inClass(SOUND, w) !== null);
    if (sound === undefined) return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" is said of "${sound}": read as reduced quality` });
    return { ...h, value: 'degraded' };
  });
}

// Phrases (of phrases.json) that say calls are cut off, without saying how many: intermittent unless every call is.
const DROPS = new Set([
  'calls drop', 'dropped calls', 'calls get dropped', 'calls are dropped', 'drops out', 'cuts out', 'cut off', 'get disconnected', 'keeps dropping',
  'keeps disconnecting', 'valt weg', 'vallen weg', 'wegvallen', 'wegvalt', 'onderbroken', 'afgebroken',
  // When in a call it drops, not how often: "na een tijdje valt het weg" said of every call.
  'after a while', 'na een tijdje',
]);
// Units of a call that lasted long enough to be held: minutes and hours, not seconds.
const LASTING = new Set(['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'minuut', 'minuten', 'uur', 'uren']);
// After "every"/"alle", words that count times or name the rest, not the callers: "every morning", "all other lines".
const NOT_EVERYONE = new Set(['time', 'times', 'now', 'so', 'few', 'other', 'others', 'keer', 'paar', 'andere', 'anderen', 'rest', 'once', 'while']);
// Loss phrases (of phrases.json) said of everyone.
const EVERYONE_LOSS = /\b(?:everyone|iedereen|all callers|alle bellers|nobody|niemand)\b/;

/**
 * "Anyone ringing our main number hears nothing and the line goes dead. That's every caller.", "Alle gesprekken vallen
 * na 2 seconden weg": calls cut off, said of every caller or call, are a loss of service (outage), not a problem that
 * comes and goes. Only where nothing else says it comes and goes (a rate, "sometimes", "some calls"), the clause of
 * "every" names no share ("not all", "some of all") and no time ("every morning", "every 10 minutes"), and no call
 * lasted minutes first ("cut off after 60 minutes" is a limit on long calls).
 *
 * @example
 * everyCallDrops([hitOn('vallen weg')], toClauses('Alle gesprekken vallen na 2 seconden weg.'), null, [])[0].value //=> 'outage'
 */
export function everyCallDrops(impactHits: Hit[], clauses: readonly Clause[], rate: string | null, notes: FactNote[], lossInBody: () => boolean = () => false): Hit[] {
  const drops = impactHits.filter((h) => h.value === 'intermittent' && DROPS.has(h.phrase));
  if (drops.length === 0 || rate !== null || impactHits.some((h) => h.value === 'intermittent' && !DROPS.has(h.phrase))) return impactHits;
  const every = clauses.find((c) => !c.question && c.words.some((w, i) => inClass(EVERYONE, w) !== null && everyoneAt(c.words, i)) && !c.words.some((w, i) => share(c.words, i) || NOT_EVERYONE.has(w)));
  // "Callers are cut off instead of reaching voicemail ... last night nothing came in at all": cut off, and nothing got through.
  // Not of long calls ("cut off after 60 minutes") nor of a share ("some callers are cut off").
  const limited = (ws: readonly string[]) => ws.some((w, k) => (LASTING.has(w) && /^\d+$/.test(ws[k - 1] ?? '')) || share(ws, k));
  // "The menu is hanging up on everyone ... it just cuts off": a loss said in a phrase too.
  const lossPhrase = impactHits.some((h) => (h.value === 'outage' || h.value === 'function-down') && EVERYONE_LOSS.test(h.phrase));
  if (every === undefined && !drops.some((h) => limited(clauses[h.clause]?.words ?? [])) && (lossPhrase || lossInBody())) {
    return impactHits.map((h) => {
      if (!drops.includes(h)) return h;
      notes.push({ fact: 'impact', note: `"${h.phrase}" comes with a loss the ticket states: read as an outage` });
      return { ...h, value: 'outage' };
    });
  }
  // "Long calls are cut off after 60 minutes, on every call": a call that lasts minutes was usable, a limit on long calls.
  // "4 dropped calls this morning, all outbound": "all" of the calls counted, not every call.
  const counted = (h: Hit) => {
    const before = clauses[h.clause]?.words[h.start - 1] ?? '';
    return /^\d+$/.test(before) || inClass(COUNTS, before) !== null;
  };
  if (every === undefined || drops.some(counted) || [every, ...drops.map((h) => clauses[h.clause])].some((c) => c?.words.some((w) => LASTING.has(w)))) return impactHits;
  const word = every.words.find((w, i) => inClass(EVERYONE, w) !== null && everyoneAt(every.words, i)) ?? '';
  return impactHits.map((h) => {
    if (!drops.includes(h)) return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" is said of "${word}": read as an outage` });
    return { ...h, value: 'outage' };
  });
}

/**
 * "every"/"alle" at `i` speaks of all callers or calls ("every caller", "anyone ringing", "everyone who calls"): not of
 * the staff ("all our agents"), not negated ("not every call") and not before a time ("every morning").
 */
function everyoneAt(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  const before = words[i - 1] ?? '';
  // "every caller", "all inbound calls": of the calls or callers within two words; "everyone who calls", "iedereen die belt": three.
  const reach = next === 'who' || next === 'die' ? 3 : 2;
  const ofCalls = words.slice(i + 1, i + 1 + reach).some((w) => inClass(CALLS, w) !== null);
  return ofCalls && inClass(TIMES_OF, next) === null && !NOT_EVERYONE.has(next) && !/^\d/.test(next) && before !== 'not' && before !== 'niet' && before !== 'nearly' && before !== 'bijna' && before !== 'almost';
}

/** A word of a share at `i` ("some callers", "most calls"), not of a span of time ("after a few seconds"). */
function share(ws: readonly string[], i: number): boolean {
  return inClass(PARTIAL, ws[i] ?? '') !== null && inClass(SPAN_UNITS, ws[i + 1] ?? '') === null;
}

// Phrases (of phrases.json) that only say how often, with nothing of a failure in them: in a suggestion, "we have to
// work it out ourselves every time" (`telkens`) speaks of a chore; "sometimes calls drop" of a failure.
const HOW_OFTEN = new Set([
  'sometimes', 'occasionally', 'from time to time', 'now and then', 'now and again', 'once in a while', 'at times', 'every so often',
  'every now and then', 'soms=', 'af en toe', 'zo nu en dan', 'nu en dan', 'telkens', 'regelmatig',
  // "Ik moet nu elke keer in die app gaan zitten klikken": a chore, in a sentence that states no failure.
  'elke keer', 'iedere keer', 'every time', 'each time',
]);

/**
 * "We check the voicemail first thing every morning": a time that recurs ("every morning", "elke avond") says the
 * failure comes and goes only in a sentence that states a failure, as the recurrence recogniser reads it; so does a
 * word of how often in a ticket that asks for something ("nu moeten we dat telkens zelf uitrekenen").
 *
 * @example
 * recurringOutsideFailure([hitOn('every morning')], new Set(), []) //=> [] ("We check the voicemail first thing every morning.")
 */
export function recurringOutsideFailure(impactHits: Hit[], failed: ReadonlySet<number>, notes: FactNote[]): Hit[] {
  // A word of how often alone ("telkens", "sometimes") yields only to a ticket that asks for something: a suggestion whose chore recurs.
  const asking = impactHits.some((h) => h.value === 'feature-request' || h.value === 'question' || h.value === 'how-to');
  const recurring = (h: Hit) => {
    const [first = '', second = ''] = h.phrase.split(' ');
    // "Elke keer" alone is how often too: "ik moet nu elke keer in die app klikken" in a ticket that asks for a feature.
    return (h.value === 'intermittent' || ALWAYS.has(h.phrase)) && ((inClass(EVERY, first) !== null && inClass(TIMES_OF, second) !== null) || (asking && HOW_OFTEN.has(h.phrase)));
  };
  if (!impactHits.some(recurring)) return impactHits;
  const failing = new Set([...failed, ...impactHits.filter((h) => INCIDENTS.has(h.value) && !recurring(h)).map((h) => h.sentence)]);
  return impactHits.filter((h) => {
    if (!recurring(h) || failing.has(h.sentence)) return true;
    notes.push({ fact: 'impact', note: `"${h.phrase}" is in a sentence that states no failure: ignored` });
    return false;
  });
}

// Dutch words a rate is written with; anything else reads as English.
const DUTCH_RATE = /\b(op|uit|procent|ongeveer|circa|pakweg|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd)\b/;

/**
 * A rate, as an intermittent hit placed where it was found.
 *
 * @example
 * rateHit('1 op de 10', toClauses('1 op de 10 gesprekken valt weg.')).lang //=> 'nl'
 */
export function rateHit(rate: string, clauses: readonly Clause[]): Hit {
  // A rate starts with its number (split always gives at least one item).
  const [head = ''] = rate.split(/\s+/);
  const first = head.replace(/[%]/g, '');
  const c = Math.max(0, clauses.findIndex((cl) => cl.words.includes(first)));
  const lang: Lang = DUTCH_RATE.test(rate) ? 'nl' : 'en';
  return {
    fact: 'impact', value: 'intermittent', phrase: rate, lang, sentence: clauses[c]?.sentence ?? 0, clause: c, start: 0, end: 0,
    question: false, negatedBefore: null, negatedAfter: null, healthy: null,
  };
}

// Phrases of a call being ended that say nothing of how often: "get cut off", "wordt afgebroken".
const SYMPTOM_DROPS = new Set(['cut off', 'get disconnected', 'is disconnected', 'afgebroken', 'verbroken']);

/**
 * An outage or function-down beside a problem that comes and goes (`intermittent`) is read as intermittent; but a call
 * cut off that only says how the failure ends a call yields to a loss stated. The impact hits that stand, with notes.
 *
 * @example
 * readAsIntermittent([hitOn('all calls fail*'), hitOn('some calls')], hitOn('some calls'), null, toClauses('All calls fail. Some calls get cut off.'), []).map((h) => h.phrase) //=> ['some calls']
 */
export function readAsIntermittent(impactHits: readonly Hit[], intermittent: Hit | undefined, rate: string | null, clauses: readonly Clause[], notes: FactNote[]): Hit[] {
  // "Callers hear silence for 20 seconds and then get cut off", "the caller is disconnected the moment the transfer goes
  // through": being cut off, said of how the failure ends a call and of no number of calls, is a symptom of the loss,
  // not a problem that comes and goes; where the text states a loss besides, the loss stands.
  // (Not of a share, "around half of them fail: the customer ... gets disconnected", nor of long calls, "na 60 minuten afgebroken".)
  const dropSentence = intermittent === undefined ? [] : clauses.filter((c) => c.sentence === intermittent.sentence).flatMap((c) => c.words);
  const symptomOnly =
    intermittent !== undefined &&
    SYMPTOM_DROPS.has(intermittent.phrase) &&
    rate === null &&
    !impactHits.some((h) => h.value === 'intermittent' && !SYMPTOM_DROPS.has(h.phrase)) &&
    !dropSentence.some((w, k) => share(dropSentence, k) || LASTING.has(w));
  const losses = impactHits.filter((h) => (h.value === 'outage' || h.value === 'function-down') && !SYMPTOM_DROPS.has(h.phrase));
  if (symptomOnly && losses.length > 0) notes.push({ fact: 'impact', note: `"${intermittent.phrase}" is how the failure ends a call, beside a loss stated: not read as intermittent` });
  const qualified = impactHits.filter((h) => {
    if (symptomOnly && losses.length > 0) return h.value !== 'intermittent' || !SYMPTOM_DROPS.has(h.phrase);
    if ((h.value !== 'outage' && h.value !== 'function-down') || intermittent === undefined) return true;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${intermittent.phrase}": read as intermittent` });
    return false;
  });
  return qualified;
}
