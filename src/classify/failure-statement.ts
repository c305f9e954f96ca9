/**
 * Words saying something does not work that no phrase read: a negation of an
 * action outside questions ("our agents can't do anything", "de piep komt
 * nooit"), not of urgency, knowledge, a wish or a reply ("not urgent", "I
 * don't know", "ik snap de regel niet").
 */
import type { PhraseHit, WordSpan } from './find-phrases';
import { stem } from './stem';
import type { Clause } from './text';
import type { Lang } from './types';
import { askedToKnow } from './hit-context';
import { CAN, IF_OR, IF_WORDS, inClass, OWN_ACTIONS, PURPOSE, SCOPE, SUBJECTS } from './word-classes';

// Negations that state a failure ("our agents can't do anything", "de piep komt nooit")...
const FAILURE_NEGATORS = new Set([
  'not', 'cant', 'cannot', 'wont', 'doesnt', 'dont', 'isnt', 'arent', 'never', 'niet', 'nooit', 'niets', 'nothing', 'none',
  'unable', 'couldnt', 'havent', 'hasnt', 'didnt', 'wasnt', 'werent', 'nobody', 'noone', 'niemand',
]);
// ...and the clauses that negate something else: urgency, knowledge, a wish, a reply, an effect.
const NOT_A_FAILURE = new Set([
  'urgent', 'rush', 'hurry', 'sure', 'know', 'idea', 'understand', 'changed', 'change', 'reply', 'replied', 'answer', 'answered', 'heard',
  'response', 'affected', 'problem', 'issue', 'matter', 'mind', 'find', 'found', 'want', 'need', 'like', 'yet', 'had', 'before', 'clear',
  'dringend', 'haast', 'zeker', 'weet', 'weten', 'idee', 'snap', 'snapt', 'begrijp', 'begrijpt', 'kent', 'kennen', 'veranderd', 'gewijzigd', 'antwoord', 'reactie', 'gehoord',
  'last', 'probleem', 'toegevoegd', 'aangeraakt', 'vinden', 'vindt', 'vond', 'vonden', 'terugvinden', 'gevonden', 'willen', 'wil', 'nodig', 'gehad', 'eerder', 'duidelijk', 'erg', 'blokkerend',
  'received', 'made', 'ontvangen', 'gemaakt', 'gekregen', 'gebeld', 'wrong', 'mis',
  // One person who cannot find or see something asks how, mostly: "I don't see the button", "ik zie de knop niet".
  'i', 'ik',
  // "not only per day": a wish for more, not a failure.
  'only', 'alleen',
  // "SMS is not part of the integration yet", "Norwegian holidays are not in the list", "wordt niet ondersteund":
  // something the product lacks, a wish for a feature.
  'part', 'included', 'onderdeel', 'inbegrepen', 'list', 'listed', 'lijst', 'supported', 'support', 'ondersteund', 'ondersteunt',
  // "Nobody told us about a price increase", "niemand heeft ons ingelicht": news not given, not a service that fails.
  'told', 'informed', 'warned', 'notified', 'verteld', 'gemeld', 'geinformeerd', 'ingelicht', 'gewaarschuwd',
  // "We do not think this is acceptable", "uit de aankondiging kunnen wij niet opmaken of ...": an opinion or a reading.
  'think', 'denken', 'denk', 'opmaken', 'afleiden', 'tell', 'acceptable', 'acceptabel', 'aanvaardbaar', 'fair',
  // "Our MD is not happy", "we zijn er niet blij mee": a feeling about it.
  'happy', 'pleased', 'thrilled', 'amused', 'blij', 'tevreden', 'gelukkig',
  // "Op productie demo'en mag niet": what is not allowed, not what fails.
  'mag', 'mogen', 'allowed', 'permitted',
  // "We download them one by one, which is not workable": a judgement of a way of working, not a failure.
  'workable', 'werkbaar', 'doable', 'haalbaar', 'practical', 'praktisch',
  // "Downloading them one by one isn't realistic", "the daily average is not much use", "niet handig": a judgement too.
  'realistic', 'realistisch', 'feasible', 'ideal', 'ideaal', 'convenient', 'handig', 'efficient', 'logical', 'logisch', 'intuitive', 'intuitief', 'much',
  // "A charge which we didn't expect", "dat hadden we niet verwacht": a surprise, not a failure.
  'expect', 'expected', 'verwacht', 'verwachtten',
  // "I can't see where to add a date", "ik zie niet waar ik dat instel": not knowing where asks how.
  'where', 'waar',
  // "I'm not reporting a fault, just asking": what the message is not.
  'reporting', 'report', 'melden', 'meld', 'complaining', 'klagen',
]);

// Verbs and subjects "not" negates when it follows them: "is not", "does not", "it not".
const AUX = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'has', 'have', 'had', 'should', 'must', 'may', 'might', 'it', 'its', 'am', 'be', 'been', 'still', 'just', 'and', 'but', 'or']);
// After "not", who a scope leaves out: "not everyone", "niet iedereen" (a "can" makes it a failure again: "not everyone can").
const NOT_ALL = new Set(['everyone', 'everybody', 'all', 'iedereen', 'allemaal', 'alle']);

// Words that name nothing: a clause of only these negates no thing ("bij jullie kan dat niet", "that doesn't work for us").
const EMPTY = new Set([
  'bij', 'jullie', 'u', 'je', 'we', 'wij', 'ons', 'kan', 'kunnen', 'dat', 'dit', 'het', 'is', 'niet', 'ook', 'nog', 'maar', 'en', 'er', 'helaas', 'toch',
  'that', 'this', 'it', 'is', 'not', 'can', 'cant', 'cannot', 'with', 'you', 'your', 'at', 'doesnt', 'does', 'do', 'dont', 'for', 'us', 'but', 'and', 'unfortunately', 'still',
]);

/**
 * A clause of the customer's words that says something does not work ("our
 * agents can't do anything"), outside questions and outside the phrases found;
 * kept so that a question phrase alone does not lower such a ticket. The
 * words around the negation, or null when no clause says so.
 *
 * @example
 * failureStatement(toClauses('License expired? Our agents cant do anything.'), []) //=> 'our agents cant do anything'
 */
export function failureStatement(clauses: readonly Clause[], hits: readonly PhraseHit[], ignored: readonly WordSpan[] = []): string | null {
  const [first] = failures(clauses, hits, ignored);
  if (first === undefined) return null;
  const words = clauses[first.clause]?.words ?? [];
  return words.slice(Math.max(0, first.at - 2), first.at + 3).join(' ');
}

/**
 * The sentences with a failure statement (see {@link failureStatement});
 * "niet op productie" denies a place, it states no failure.
 *
 * @example
 * failureSentences(toClauses('Hi.\nOur agents cant do anything.'), []) //=> Set { 1 }
 */
export function failureSentences(clauses: readonly Clause[], hits: readonly PhraseHit[], ignored: readonly WordSpan[] = []): Set<number> {
  const denies = (f: { clause: number; at: number }) => hits.some((h) => h.fact === 'env' && h.clause === f.clause && h.start > f.at && h.start <= f.at + 2);
  return new Set(failures(clauses, hits, ignored).filter((f) => !denies(f)).map((f) => clauses[f.clause]?.sentence ?? -1));
}

/** Each clause with a failure statement, and where its negation stands. */
function failures(clauses: readonly Clause[], hits: readonly PhraseHit[], ignored: readonly WordSpan[]): { clause: number; at: number }[] {
  const found: { clause: number; at: number }[] = [];
  for (const [c, clause] of clauses.entries()) {
    if (clause.question) continue;
    // "geen enkele" (not a single) negates as "not" does; "geen" alone mostly counts something ("geen idee", "geen haast").
    const at = clause.words.findIndex((w, i) => FAILURE_NEGATORS.has(w) || (w === 'geen' && (clause.words[i + 1] === 'enkele' || clause.words[i + 1] === 'enkel')));
    const inSpan = (h: WordSpan) => h.clause === c && h.start <= at && at < h.end;
    if (at < 0 || hits.some(inSpan) || ignored.some(inSpan)) continue;
    // In English what is negated stands next to the negation: "we haven't changed anything", not "unable to make
    // calls since the network change". Dutch puts "niet" after the object, far from its verb ("ik snap de regel ... niet").
    const dutch = DUTCH_NEGATORS.has(clause.words[at] ?? '');
    // "Wat ik het belangrijkste vind: sinds vanochtend kan niemand meer bellen": a colon starts what is said.
    const from = Math.max(0, ...(clause.colons ?? []).filter((x) => x <= at));
    const near = dutch ? clause.words.slice(from) : clause.words.slice(Math.max(from, at - NEGATED_REACH), at + NEGATED_REACH + 1);
    const lang: Lang = dutch ? 'nl' : 'en';
    if (near.some((w) => NOT_A_FAILURE.has(w) || notAFailureStems(lang).has(stem(w, lang)))) continue;
    // "so that an agent in a meeting doesn't get queue calls", "zodat ze niet gestoord worden", "so it does not happen
    // again": a wish, not a failure.
    if (clause.words.slice(0, at).some((w, i, ws) => inClass(PURPOSE, w) !== null && (w !== 'so' || ['that', 'it', 'this'].includes(ws[i + 1] ?? '')))) continue;
    // "My manager wants to know how many callers could not reach us": what someone wants to know is asked, not stated.
    if (askedToKnow(clause.words.slice(0, at))) continue;
    // "It only lets me pick weekdays not dates", "the live call, not the recording": "not" between two things, with no
    // verb before it, contrasts them; it states no failure.
    if (clause.words[at] === 'not' && at > 0 && at + 3 >= clause.words.length && !AUX.has(clause.words[at - 1] ?? '')) continue;
    // "Only for the sales team, not everyone", "niet voor iedereen": who a wish is for, a scope with no verb.
    if (clause.words.length <= 4 && NOT_ALL.has(clause.words[at + (clause.words[at + 1] === 'for' || clause.words[at + 1] === 'voor' ? 2 : 1)] ?? '') && !clause.words.some((w) => inClass(CAN, w) !== null)) continue;
    // "If the calls will not be possible ...", "als dat niet lukt": a case considered, not a failure stated.
    if (clause.words.slice(0, at).some((w) => IF_WORDS.has(w))) continue;
    // "Bij jullie kan dat niet": a negation with nothing of its own to negate names no failing thing.
    if (clause.words.every((w) => EMPTY.has(w))) continue;
    // "Dat kan nog niet", "not yet": something the product does not do yet, a wish for a feature, not a failure.
    if (clause.words[at - 1] === 'nog' && clause.words[at] === 'niet' && !clause.words.includes('steeds')) continue;
    // "not just per queue", "niet slechts": a negation that widens a scope, a wish for more, not a failure.
    if (inClass(SCOPE, clause.words[at + 1] ?? '') !== null) continue;
    // "If not, see this as a request", "zo niet", "or not": a condition or an alternative, not a statement.
    if (inClass(IF_OR, clause.words[at - 1] ?? '') !== null && at + 1 >= clause.words.length - 3) continue;
    // "We haven't added any users", "I didn't touch the settings": what the customer's side did not do, not what fails.
    if (inClass(SUBJECTS, clause.words[at - 1] ?? '') !== null && OWN_NEGATORS.has(clause.words[at] ?? '') && inClass(OWN_ACTIONS, clause.words[at + 1] ?? '') !== null) continue;
    found.push({ clause: c, at });
  }
  return found;
}

// The same words as stems, so that their inflections count too: "nobody else here knows the system".
const STEMS: Partial<Record<Lang, ReadonlySet<string>>> = {};
function notAFailureStems(lang: Lang): ReadonlySet<string> {
  return (STEMS[lang] ??= new Set([...NOT_A_FAILURE].map((w) => stem(w, lang))));
}

// The negations of what someone did: "we haven't added", "we didn't change".
const OWN_NEGATORS = new Set(['havent', 'hasnt', 'didnt', 'dont', 'never']);

// How far from an English negation the word it negates may stand.
const NEGATED_REACH = 3;
const DUTCH_NEGATORS = new Set(['niet', 'nooit', 'niets', 'niemand']);
