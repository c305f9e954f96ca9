/**
 * What the words around a phrase make of it: a thing wished for, a belief or comparison, a negation of knowing, a
 * question on the side, a case considered, callers hanging up, something over, questions a business handles, a purpose,
 * a moment asked about, a count of tries, a clause opened by a condition, a time that ended. Read by
 * `extract-facts.ts` and the readers it calls (`impact-stated.ts`, `workaround-qualifiers.ts`), each with the hit and
 * the clauses of the text (`hitOn(words)` in the examples stands for the phrase hit on those words).
 */
import type { PhraseHit } from './find-phrases';
import type { Clause } from './text';
import { AGAIN, IF_WORDS, INCIDENT_NOUNS, inClass, LAST, NEGATORS, PERIODS, PURPOSE, QUESTION_WORDS, RELATIVE, SINCE, SUBJECTS, TESTING, THINK, TRIED, WANT } from './word-classes';

/**
 * A sentence that opens with a wish for a thing and says what it should do ("ik wil een webhook die ...", "we want a
 * report that ..."): the words after it describe the thing wished for, not a failure.
 *
 * @example
 * wishedFor(hitOn('niet bij elk gesprek'), toClauses('Ik wil een webhook die afgaat (niet bij elk gesprek).')) //=> true
 */
export function wishedFor(h: PhraseHit, clauses: readonly Clause[]): boolean {
  return clauses.slice(0, h.clause + 1).some((clause) => {
    if (clause.sentence !== h.sentence) return false;
    const ws = clause.words;
    const want = ws.findIndex((w, i) => i <= 2 && inClass(WANT, w) !== null);
    return want >= 0 && ['a', 'an', 'een'].includes(ws[want + 1] ?? '') && ws.slice(want + 2, want + 6).some((w) => inClass(RELATIVE, w) !== null);
  });
}

/**
 * The word before an incident phrase, in its sentence, that makes it a belief or a comparison: "they think (that)",
 * "denken dat", "as if", "alsof", "as bad as", "zo erg als". Null when there is none.
 *
 * @example
 * supposedBy(hitOn('dood'), toClauses('Ze hangen op omdat ze denken dat de lijn dood is.')) //=> 'denken'
 */
export function supposedBy(h: PhraseHit, clauses: readonly Clause[]): string | null {
  const before = clauses
    .filter((c, k) => c.sentence === h.sentence && k <= h.clause)
    .flatMap((c, _k, all) => (c === all.at(-1) && clauses[h.clause] === c ? c.words.slice(0, h.start) : c.words));
  for (const [i, w] of before.entries()) {
    if (inClass(THINK, w) !== null) return w;
    if (w === 'alsof' || (w === 'as' && before[i + 1] === 'if')) return w === 'as' ? 'as if' : w;
    // "as bad as", "zo erg als", "net zo erg als": a comparison with what follows.
    // ("as soon as", "as long as", "as far as" say when or how far, not a comparison.)
    if ((w === 'as' || w === 'zo') && (before[i + 2] === 'as' || before[i + 2] === 'als') && !NOT_COMPARING.has(before[i + 1] ?? '')) return `${w} ${before[i + 1] ?? ''} ${before[i + 2] ?? ''}`;
  }
  return null;
}

const NOT_COMPARING = new Set(['soon', 'long', 'far', 'snel', 'lang', 'ver']);

/**
 * A verb of seeing or knowing within the four words before a phrase: "zie niet goed hoe", "don't know how".
 *
 * @example
 * knowingBefore(hitOn('hoe ik'), toClauses('Ik zie niet goed hoe ik een optie toevoeg.')) //=> true
 */
export function knowingBefore(h: PhraseHit, clauses: readonly Clause[]): boolean {
  return (clauses[h.clause]?.words ?? []).slice(Math.max(0, h.start - 4), h.start).some((w) => KNOWING.has(w));
}
const KNOWING = new Set(['see', 'know', 'understand', 'sure', 'zie', 'weet', 'snap', 'begrijp', 'zeker', 'duidelijk']);

// Openers of a side remark: "Slightly unrelated: ...", "Also, small thing - ...", "Ook vraag ik me af ...", "Verder nog een vraagje".
const ASIDE_OPENERS = new Set(['also', 'btw', 'ps', 'unrelated', 'ook', 'verder', 'trouwens', 'overigens', 'daarnaast']);

/**
 * Whether a phrase stands in a sentence that opens as a side remark ("Slightly unrelated: is it possible to ...", "Also,
 * small thing - is there a way to ...", "Verder nog een vraagje: ..."): beside an incident the ticket states, a question
 * there asks on the side and does not say what kind of ticket this is.
 *
 * @example
 * asideAsk(hitOn('is it possible'), toClauses('Calls fail.\nSlightly unrelated: is it possible to export?')) //=> true
 */
export function asideAsk(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const sentence = clauses.filter((c) => c.sentence === h.sentence);
  const opening = (sentence[0]?.words ?? []).slice(0, 3);
  return opening.some((w) => ASIDE_OPENERS.has(w)) || (opening[0] === 'small' && opening[1] === 'thing') || (opening[0] === 'on' && opening[2] === 'side');
}

/**
 * A word of a condition before the hit in its sentence: "if the calls will not be possible we must ...", "mocht ..., dan".
 *
 * @example
 * conditional(hitOn('redirect'), toClauses('If calls stop we must prepare a redirect.')) //=> true
 */
export function conditional(h: PhraseHit, clauses: readonly Clause[]): boolean {
  // "They are still there if we dial *98, so we're doing that for now": a clause opened by "so"/"dus" states what follows.
  const [opener] = clauses[h.clause]?.words ?? [];
  const from = opener === 'so' || opener === 'dus' ? h.clause : -1;
  return clauses.some((c, k) => c.sentence === h.sentence && k <= h.clause && k >= from && (k === h.clause ? c.words.slice(0, h.start) : c.words).some((w) => IF_WORDS.has(w)));
}

/**
 * Whether words ask what someone wants to know: "know"/"weten" before a question word ("my manager wants to know how
 * many callers could not reach us", "wil weten hoeveel klanten"): what follows is asked, not stated.
 *
 * @example
 * askedToKnow(['my', 'manager', 'wants', 'to', 'know', 'how', 'many']) //=> true
 */
export function askedToKnow(words: readonly string[]): boolean {
  return words.some((w, i) => (w === 'know' || w === 'weten') && QUESTION_WORDS.has(words[i + 1] ?? ''));
}

const PASSIVE = new Set(['wordt', 'worden', 'werd', 'werden', 'is', 'are', 'get', 'gets', 'got', 'were', 'was']);

/**
 * "hang up", "hung up", "ophangen", "hangen op": what callers do.
 *
 * @example
 * hangsUp(['callers', 'hang', 'up', 'after', 'a', 'while']) //=> true
 */
export function hangsUp(ws: readonly string[]): boolean {
  // "clearing down" is hanging up, said in the UK.
  // "Er wordt soms gewoon opgehangen", "calls are hung up": said in the passive, the line hangs up, not the caller.
  if (ws.some((w, i) => PASSIVE.has(w) && ws.slice(i + 1, i + 5).some((x) => x === 'opgehangen' || x === 'hung'))) return false;
  return ws.some((w, i) => (['hang', 'hangs', 'hung', 'hanging', 'clearing', 'clear', 'cleared', 'clears'].includes(w) && (ws[i + 1] === 'up' || (w.startsWith('clear') && ws[i + 1] === 'down'))) || w === 'ophangen' || w === 'opgehangen' || (['hangt', 'hangen', 'hingen'].includes(w) && ws.slice(i + 1, i + 4).includes('op')));
}

/**
 * "Last week ..." or "vorige week dinsdag ..." at the start of the incident's sentence (or anywhere in the subject
 * line): the words, or null. Not elsewhere
 * ("the numbers we bought last week don't route"), and not where the sentence says it is back ("the problem from last
 * month is back", "weer", "again"). A sentence that opens on how it was before ("Before it was only some calls",
 * "eerst was het ...") is past as well: the opening word.
 *
 * @example
 * pastPeriod(hitOn('down'), toClauses('Last week everything was down.')) //=> 'last week'
 */
export function pastPeriod(h: PhraseHit, clauses: readonly Clause[]): string | null {
  const sentence = clauses.filter((c) => c.sentence === h.sentence);
  const first = sentence[0]?.words ?? [];
  // "It got worse. Before it was only some calls", "eerst was het maar een paar gesprekken": the state before this one.
  if (EARLIER.has(first[0] ?? '') && first.slice(1, 4).some((w) => WAS.has(w))) return first[0] ?? null;
  // Anywhere in a subject line, which names rather than tells: "creditnota storing vorige week".
  const at = first.findIndex((w, i) => (i <= 1 || h.sentence === 0) && inClass(LAST, w) !== null && inClass(PERIODS, first[i + 1] ?? '') !== null);
  // "We had a Comcast outage for a few hours last week": "had" and the period anywhere in the sentence, nothing still going on.
  if (at < 0) {
    const words = sentence.flatMap((c) => c.words);
    const period = words.findIndex((w, i) => inClass(LAST, w) !== null && inClass(PERIODS, words[i + 1] ?? '') !== null);
    const had = words.some((w) => HAD.has(w));
    if (period >= 0 && had && !words.some((w) => inClass(SINCE, w) !== null || inClass(AGAIN, w) !== null || w === 'still' || w === 'nog')) return `${words[period] ?? ''} ${words[period + 1] ?? ''}`;
    // "We had that outage on the 4th", "we hadden op de 4e een storing": "had" and a date.
    const date = words.findIndex((w) => /^\d{1,2}(?:st|nd|rd|th|e|de)$/.test(w));
    if (date >= 0 && had && !words.some((w) => inClass(SINCE, w) !== null || w === 'still' || w === 'nog')) return `${words[date - 1] ?? ''} ${words[date] ?? ''}`.trim();
  }
  // "Since last week calls drop": what started then still goes on.
  if (at < 0 || inClass(SINCE, first[at - 1] ?? '') !== null || sentence.some((c) => c.words.some((w) => inClass(AGAIN, w) !== null))) return null;
  return `${first[at] ?? ''} ${first[at + 1] ?? ''}`;
}

// Words that open a sentence about how things were before: "before", "eerst", "vroeger".
const EARLIER = new Set(['before', 'previously', 'earlier', 'initially', 'eerst', 'eerder', 'vroeger', 'voorheen', 'aanvankelijk']);
const WAS = new Set(['was', 'were', 'waren']);
// The past of having: "we had an outage last week", "we hadden vorige week een storing".
const HAD = new Set(['had', 'hadden']);

/**
 * A subject that only names an incident ("Credit for the outage", "Creditnota storing") over a body that tells of it
 * as past ("Last week everything was down"): the past period, or null.
 *
 * @example
 * pastInBody(hitOn('outage'), toClauses('Credit for the outage\nLast week everything was down.')) //=> 'last week'
 */
export function pastInBody(h: PhraseHit, clauses: readonly Clause[]): string | null {
  if (h.sentence !== 0 || h.end - h.start !== 1 || inClass(INCIDENT_NOUNS, clauses[h.clause]?.words[h.start] ?? '') === null) return null;
  for (const c of clauses) {
    if (c.sentence === 0) continue;
    const past = pastPeriod({ ...h, sentence: c.sentence }, clauses);
    if (past !== null) return past;
  }
  return null;
}

/**
 * "for order questions", "voor vragen van klanten": a plural of questions after "for"/"voor" within two words.
 *
 * @example
 * handledQuestions(hitOn('question*'), toClauses('WhatsApp is our channel for order questions.')) //=> true
 */
export function handledQuestions(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const ws = clauses[h.clause]?.words ?? [];
  const word = ws[h.start] ?? '';
  return (word === 'questions' || word === 'vragen') && h.end - h.start === 1 && ws.slice(Math.max(0, h.start - 2), h.start).some((w) => w === 'for' || w === 'voor');
}

/**
 * Words before a phrase that open what the writer wants to happen: "so that", "zodat", or "so" + a subject + "can"
 * with no negator after ("so nobody can call" and "so we can't take calls" state a failure).
 *
 * @example
 * purposeBefore(['add', 'a', 'voice', 'so', 'we', 'can', 'make', 'menus', 'without', 'recording']) //=> true
 */
export function purposeBefore(before: readonly string[]): boolean {
  return before.some((w, i) => {
    if (inClass(PURPOSE, w) === null) return false;
    if (w !== 'so') return !before.slice(i + 1).some((x) => inClass(NEGATORS, x) !== null);
    const next = before.slice(i + 1, i + 4);
    return (next[0] === 'that' || (next[1] === 'can' && (next[0] === 'we' || next[0] === 'they' || next[0] === 'i'))) && !before.slice(i + 1).some((x) => inClass(NEGATORS, x) !== null);
  });
}

/**
 * A noun of a span of time before a phrase, followed by a word that opens what happens in it: "een moment waarop",
 * "a window where" (a moment asked about).
 *
 * @example
 * momentAsked(['is', 'er', 'een', 'moment', 'waarop', 'we', 'even']) //=> true
 */
export function momentAsked(before: readonly string[]): boolean {
  return before.some((w, i) => MOMENT_NOUNS.has(w) && MOMENT_OPENERS.has(before[i + 1] ?? ''));
}
const MOMENT_NOUNS = new Set(['moment', 'period', 'periode', 'time', 'tijd', 'window', 'downtime', 'tijdstip']);
const MOMENT_OPENERS = new Set(['waarop', 'waarin', 'dat', 'when', 'where', 'during', 'that', 'in', 'wanneer']);

/**
 * A Dutch case considered: the phrase is the verb of an "als" clause about a thing ("wat er gebeurt als uw platform
 * uitvalt"), or a clause opened by "als"/"wanneer" whose rest or next clause judges what that would mean ("als de
 * telefoon een dag plat ligt, is dat een probleem"). "Als" is also "as" and "whenever", so not without those.
 *
 * @example
 * dutchCase(hitOn('uitvalt'), toClauses('We willen weten wat er gebeurt als uw platform uitvalt.')) //=> true
 */
export function dutchCase(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const ws = clauses[h.clause]?.words ?? [];
  const near = ws.slice(Math.max(0, h.start - 6), h.start);
  const at = near.findIndex((w) => w === 'als' || w === 'indien');
  if (at >= 0 && DETERMINERS.has(near[at + 1] ?? '') && h.end >= ws.length - 1) return true;
  if (ws[0] !== 'als' && ws[0] !== 'wanneer') return false;
  const rest = ws.slice(h.end);
  const next = clauses[h.clause + 1];
  // ("Als er een oproep binnenkomt, duurt het ... en dan is de beller weg" tells what happens each time: not a judgement.)
  const then = (w: readonly string[]) => w.some((x, i) => (x === 'is' && w[i + 1] === 'dat') || (x === 'dat' && w[i + 1] === 'is'));
  return then(rest) || (next !== undefined && next.sentence === h.sentence && then(next.words.slice(0, 2)));
}
// Words that open what an "als" clause is about: "als uw platform", "als de telefoon".
const DETERMINERS = new Set(['uw', 'ons', 'onze', 'de', 'het', 'jullie', 'mijn', 'bij', 'er']);

/**
 * A count said of tries, not of failures: a word of trying or testing around the phrase ("tested it 3 times from my
 * own phone", "drie keer geprobeerd").
 *
 * @example
 * triedTimes(hitOn('3 times'), toClauses('I tested it 3 times from my own phone.')) //=> true
 */
export function triedTimes(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const ws = clauses[h.clause]?.words ?? [];
  return ws.slice(Math.max(0, h.start - 3), h.end + 2).some((w) => inClass(TRIED, w) !== null || inClass(TESTING, w) !== null || w === 'tested');
}

/**
 * A clause opened by a condition word and a subject: "als we de lijn doorschakelen, ...", "when we forward it, ...".
 *
 * @example
 * ifOpened(hitOn('doorschakelen'), toClauses('Als we de lijn doorschakelen, wordt het gesprek afgebroken.')) //=> true
 */
export function ifOpened(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const [first = '', second = ''] = clauses[h.clause]?.words ?? [];
  return WHEN_IF.has(first) && inClass(SUBJECTS, second) !== null;
}
// Words that open a condition before a subject: "als we ...", "when we forward it ...".
const WHEN_IF = new Set(['als', 'wanneer', 'when', 'if']);

// Words of an earlier time: "yesterday", "gisteren".
const EARLIER_TIMES = new Set(['yesterday', 'gisteren', 'earlier', 'eerder']);

/**
 * A word of an earlier time ("yesterday", "gisteren") or a span between two times of day that ended (`closedSpanAt`)
 * among the words: a loss told of that time, beside words that the problem is over, is over too.
 *
 * @example
 * earlierTime(['between', '09', '10', 'and', '09', '35', 'none', 'of', 'our', 'calls', 'connected']) //=> true
 */
export function earlierTime(words: readonly string[]): boolean {
  return words.some((w, i, ws) => EARLIER_TIMES.has(w) || closedSpanAt(ws, i));
}

// How far the end of a span may stand from its start: "between about 09:10 and 09:35".
const SPAN_REACH = 4;
const SPAN_OPENERS = new Map([['between', 'and'], ['tussen', 'en'], ['from', 'to'], ['van', 'tot']]);
/**
 * Whether a span between two times of day starts at word `i`: "between 9 and 10", "from 09:10 to 09:35", "tussen 9 en
 * half 10", "van 9 tot 10". (Times are read as their digits: "09:10" folds to "09 10".)
 */
function closedSpanAt(words: readonly string[], i: number): boolean {
  const closer = SPAN_OPENERS.get(words[i] ?? '');
  if (closer === undefined) return false;
  const start = words.slice(i + 1, i + 1 + SPAN_REACH).findIndex((w) => DIGIT_START.test(w));
  if (start < 0) return false;
  const rest = words.slice(i + 2 + start, i + 2 + start + SPAN_REACH + 1);
  const end = rest.indexOf(closer);
  return end >= 0 && rest.slice(end + 1, end + 3).some((w) => DIGIT_START.test(w));
}
const DIGIT_START = /^\d/;
