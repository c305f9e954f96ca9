/**
 * Reads the facts of a ticket from its text, with the phrase data of
 * `phrases.json`. The text should be the customer's own words (see
 * `stripThread`); the rules, in the order they apply:
 *
 * 1. Phrases are found as described in `find-phrases.ts`: stems, compounds,
 *    short gaps, one clause, the longer phrase claims the words, a negator is
 *    used up by the phrase it negates.
 * 2. Environment: a production phrase near words saying production is fine or
 *    not live yet ("our live tenant is fine", "productie draait nog op de oude
 *    versie") states nothing, and so does a denied production before a test
 *    environment in the same sentence ("Not in production, just test");
 *    negation is ignored otherwise, because "works in test, not in production"
 *    is a production problem.
 * 3. Impact: a phrase with a negator before it (or in its gaps) is dropped
 *    ("not down, just slow" is degraded). An `outage` or `function-down` is
 *    read as intermittent when the ticket anywhere states intermittency, by a
 *    phrase ("now and then" in the subject, "callers get cut off" in the body)
 *    or a rate ("about one call in twenty", "5% of calls"): a problem that comes
 *    and goes is what the policy calls intermittent (priority 2), not a
 *    complete loss of service.
 *    A function-down in a ticket that says the service stays usable ("annoying
 *    but workable", "calls do connect") is reduced service: degraded.
 *    A ticket that says the problem is over ("everything works again now")
 *    states no current incident: its incident phrases are dropped. A how-to
 *    or question phrase in a clause that asks for a workaround ("Is er een
 *    manier om dit te omzeilen?") asks for help with the incident, so it
 *    does not make the ticket a how-to question; an incident phrase after a
 *    how-to phrase in the same asking clause ("How can we simulate an outage
 *    safely?") is what the question is about, not an incident.
 * 4. Workaround: a phrase in a sentence that asks ("Do you know any
 *    workaround?", "Is er een manier om dit te omzeilen?") states nothing,
 *    unless the next sentence answers it on the spot ("Workaround? None." is
 *    `no`, "... ? Yes, ..." is `yes`). A `yes` phrase with a negator before or
 *    after it counts as `no` ("we don't have a workaround", "een workaround
 *    hebben we niet").
 * 5. When one fact still has several values, the first in
 *    `phrases.json#precedence` wins:
 *    - env: production, staging, development. A ticket that names production
 *      as the place of the problem is a production ticket ("works in test,
 *      fails in production").
 *    - impact: development, outage, function-down, intermittent, degraded,
 *      how-to, feature-request, question. A problem while building or
 *      integrating is a development problem however broken it is; then the
 *      most severe incident, because an outage report often also asks
 *      something ("how do I know when it is fixed?"); the non-incidents last,
 *      the most specific first.
 *    - workaround: no, then yes: a negation wins over the plain phrase.
 *
 * Nothing is guessed beyond the phrases: a fact without a phrase is null, and
 * the caller decides what that means.
 */
import { findRate } from './find-rate';
import { readPhrases, type PhraseHit } from './find-phrases';
import { PHRASES, type PhraseData } from './phrase-data';
import { foldText, type Clause } from './text';
import { isEnv, isImpact, isStatedWorkaround, LANGS } from './vocabulary';
import type { ExtractedFacts, Fact, FactNote, Lang, MatchedPhrase } from './types';

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
  const { hits, clauses, resolved, usable } = readPhrases(text, data);
  const notes: FactNote[] = [];
  const of = (fact: Fact) => hits.filter((h) => h.fact === fact);

  const envHits: Hit[] = of('env').filter((h, _i, all) => {
    if (h.value !== 'production') return true;
    if (h.healthy !== null) {
      notes.push({ fact: 'env', note: `"${h.phrase}" comes with "${h.healthy}": production is not where the problem is` });
      return false;
    }
    // "Not in production, just test": a denied production before a test environment in the same sentence.
    // "Works in test, not in production" keeps production: the test environment comes first.
    const denied = h.negatedBefore !== null && all.some((o) => o.value !== 'production' && o.sentence === h.sentence && o.clause >= h.clause && (o.clause > h.clause || o.start > h.start));
    if (!denied) return true;
    notes.push({ fact: 'env', note: `"${h.phrase}" is denied by "${h.negatedBefore}": not where the problem is` });
    return false;
  });
  const env = decide('env', envHits, data, notes);

  // Clauses that ask about a workaround: a how-to or question phrase there asks for the workaround, not how to use the product.
  const workaroundClauses = new Set(of('workaround').filter((h) => h.question).map((h) => h.clause));
  // Negated impact phrases say the opposite of their value; they state nothing.
  const statedImpacts: Hit[] = of('impact').filter((h) => {
    if (h.negatedBefore !== null) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is negated by "${h.negatedBefore}": ignored` });
      return false;
    }
    if ((h.value === 'how-to' || h.value === 'question') && workaroundClauses.has(h.clause)) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" asks for a workaround: not a ${h.value}` });
      return false;
    }
    // "How can we simulate an outage safely?": the incident is what the how-to question is about.
    const askedAbout = of('impact').find((o) => o.value === 'how-to' && o.question && o.clause === h.clause && o.end <= h.start);
    if (INCIDENTS.has(h.value) && askedAbout !== undefined) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is what "${askedAbout.phrase}" asks about: ignored` });
      return false;
    }
    if (resolved.length > 0 && INCIDENTS.has(h.value)) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is over ("${resolved[0]}"): ignored` });
      return false;
    }
    return true;
  });
  // "Callers get disconnected every time": a problem that always happens does not come and go.
  // The same words elsewhere (the subject "Callers get disconnected in IVR") say no more than they do here.
  const always = new Set(statedImpacts.filter((h) => ALWAYS.has(h.phrase)).map((h) => h.clause));
  const everyTime = new Set(statedImpacts.filter((h) => h.value === 'intermittent' && always.has(h.clause)).map((h) => h.phrase));
  const notIntermittent = statedImpacts.filter((h) => h.value === 'intermittent' && everyTime.has(h.phrase));
  // Noted from the last such phrase in the text to the first.
  for (const h of [...notIntermittent].reverse()) notes.push({ fact: 'impact', note: `"${h.phrase}" happens every time: not intermittent` });
  const impactHits = statedImpacts.filter((h) => !notIntermittent.includes(h));
  const rate = findRate(text);
  const intermittent = impactHits.find((h) => h.value === 'intermittent') ?? (rate === null ? undefined : rateHit(rate, clauses));
  if (intermittent !== undefined && !impactHits.includes(intermittent)) impactHits.push(intermittent);
  const qualified = impactHits.filter((h) => {
    if ((h.value !== 'outage' && h.value !== 'function-down') || intermittent === undefined) return true;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${intermittent.phrase}": read as intermittent` });
    return false;
  });
  // "It's confusing, but calls are answered normally": a function that fails while the service stays usable is reduced service.
  const reduced = usable.length === 0 ? qualified : qualified.map((h): Hit => {
    if (h.value !== 'function-down') return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${usable[0]}": read as degraded` });
    return { ...h, value: 'degraded' };
  });
  const impact = decide('impact', reduced, data, notes);
  const workaroundHits: Hit[] = [];
  for (const h of of('workaround')) {
    // "For now nothing works", "voorlopig werkt er niets": the time word belongs to the failure, not to a workaround.
    if (h.value === 'yes' && impactHits.some((i) => INCIDENTS.has(i.value) && i.clause === h.clause && i.start >= h.end && !contrastBetween(clauses[h.clause], h.end, i.start))) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" comes before the failure in its clause: not a workaround` });
      continue;
    }
    if (h.question) {
      const answer = answerTo(h, clauses, data);
      if (answer === null) {
        notes.push({ fact: 'workaround', note: `"${h.phrase}" is asked, not stated: ignored` });
        continue;
      }
      workaroundHits.push(answer.value === 'no' && h.value === 'yes' ? { ...h, value: 'no', negatedBy: answer.word } : { ...h, value: answer.value });
      continue;
    }
    const negator = h.negatedBefore ?? h.negatedAfter ?? (h.value === 'yes' ? failedAfter(h, clauses) : null);
    workaroundHits.push(h.value === 'yes' && negator !== null ? { ...h, value: 'no', negatedBy: negator } : h);
  }
  const workaround = decide('workaround', workaroundHits, data, notes);

  const matched = [...env.hits, ...impact.hits, ...workaround.hits]
    .sort((a, b) => a.clause - b.clause || a.start - b.start)
    .map((h): MatchedPhrase => {
      const m: MatchedPhrase = { fact: h.fact, value: h.value, phrase: h.phrase, lang: h.lang };
      return h.negatedBy !== undefined ? { ...m, negatedBy: h.negatedBy } : m;
    });

  // The values come from the data's precedence lists, which checkPhraseData holds to each fact's values.
  return {
    env: env.value !== null && isEnv(env.value) ? env.value : null,
    impact: impact.value !== null && isImpact(impact.value) ? impact.value : null,
    workaround: workaround.value !== null && isStatedWorkaround(workaround.value) ? workaround.value : null,
    matched: dedupe(matched),
    notes,
    conflicts: { env: env.others, impact: impact.others, workaround: workaround.others },
    failure: failureStatement(clauses, hits),
  };
}

type Hit = PhraseHit & { readonly negatedBy?: string };

// Negations that state a failure ("our agents can't do anything", "de piep komt nooit")...
const FAILURE_NEGATORS = new Set(['not', 'cant', 'cannot', 'wont', 'doesnt', 'dont', 'isnt', 'arent', 'never', 'niet', 'nooit', 'niets', 'nothing']);
// ...and the clauses that negate something else: urgency, knowledge, a wish, a reply, an effect.
const NOT_A_FAILURE = new Set([
  'urgent', 'rush', 'hurry', 'sure', 'know', 'idea', 'understand', 'changed', 'change', 'reply', 'replied', 'answer', 'answered', 'heard',
  'response', 'affected', 'problem', 'issue', 'matter', 'mind', 'find', 'found', 'want', 'need', 'like', 'yet', 'had', 'before', 'clear',
  'dringend', 'haast', 'zeker', 'weet', 'weten', 'idee', 'snap', 'begrijp', 'veranderd', 'gewijzigd', 'antwoord', 'reactie', 'gehoord',
  'last', 'probleem', 'vinden', 'gevonden', 'willen', 'wil', 'nodig', 'gehad', 'eerder', 'duidelijk', 'erg', 'blokkerend',
  'received', 'made', 'ontvangen', 'gemaakt', 'gekregen', 'gebeld', 'wrong', 'mis',
  // One person who cannot find or see something asks how, mostly: "I don't see the button", "ik zie de knop niet".
  'i', 'ik',
]);

/**
 * A clause of the customer's words that says something does not work ("our
 * agents can't do anything"), outside questions and outside the phrases found;
 * kept so that a question phrase alone does not lower such a ticket.
 */
function failureStatement(clauses: readonly Clause[], hits: readonly PhraseHit[]): string | null {
  for (const [c, clause] of clauses.entries()) {
    if (clause.question || clause.words.some((w) => NOT_A_FAILURE.has(w))) continue;
    const at = clause.words.findIndex((w) => FAILURE_NEGATORS.has(w));
    if (at < 0 || hits.some((h) => h.clause === c && h.start <= at && at < h.end)) continue;
    return clause.words.slice(Math.max(0, at - 2), at + 3).join(' ');
  }
  return null;
}


const INCIDENTS = new Set(['outage', 'function-down', 'degraded', 'intermittent']);

// Phrases (of phrases.json) saying a problem happens every time.
const ALWAYS = new Set(['every time', 'each time', 'elke keer', 'iedere keer', 'fails every time', 'always fails', 'mislukt altijd']);

// Dutch words a rate is written with; anything else reads as English.
const DUTCH_RATE = /\b(op|uit|procent|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd)\b/;

/** A rate, as an intermittent hit placed where it was found. */
function rateHit(rate: string, clauses: readonly Clause[]): Hit {
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

/** A "but"/"maar" between two positions of a clause: "we use Teams for now but customers can't reach us". */
function contrastBetween(clause: Clause | undefined, from: number, to: number): boolean {
  return clause !== undefined && clause.words.slice(from, to).some((w) => w === 'but' || w === 'maar');
}

/**
 * "We changed the hours manually as a workaround, but the routing still goes
 * there": a workaround followed, in its sentence, by "but ... still" did not work.
 */
function failedAfter(h: PhraseHit, clauses: readonly Clause[]): string | null {
  let contrast = false;
  for (const [k, clause] of clauses.slice(h.clause).entries()) {
    if (clause.sentence !== h.sentence) break;
    // In the phrase's own clause, only the words after the phrase.
    for (const word of k === 0 ? clause.words.slice(h.end) : clause.words) {
      if (word === 'but' || word === 'maar') contrast = true;
      else if (contrast && (word === 'still' || word === 'steeds')) return `${word === 'still' ? 'but' : 'maar'} … ${word}`;
    }
  }
  return null;
}

const YES = new Set(['yes', 'yep', 'yeah', 'ja', 'jazeker', 'jawel']);
const NO_EXTRA = new Set(['nee', 'nope', 'helaas', 'unfortunately']);

/**
 * The answer the customer gives right after asking about a workaround: the
 * first words of the next sentence. "Workaround? None." and "Any way around
 * this? We found none." answer no; "...? Yes, we ..." answers yes.
 */
function answerTo(h: PhraseHit, clauses: readonly Clause[], data: PhraseData): { value: 'yes' | 'no'; word: string } | null {
  const next = clauses.find((c) => c.sentence === h.sentence + 1);
  if (next === undefined || next.question) return null;
  const first = next.words.slice(0, 4);
  const [head] = first;
  if (head !== undefined && YES.has(head)) return { value: 'yes', word: head };
  const negators = new Set(LANGS.flatMap((l) => data.negation.negators[l].map(foldText)));
  const no = first.find((w) => negators.has(w) || NO_EXTRA.has(w));
  return no === undefined ? null : { value: 'no', word: no };
}

/** The winning value of one fact and the hits that state it. */
function decide<H extends PhraseHit>(fact: Fact, hits: readonly H[], data: PhraseData, notes: FactNote[]): { value: string | null; hits: H[]; others: string[] } {
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
