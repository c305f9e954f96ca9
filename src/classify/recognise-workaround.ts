/**
 * A workaround read from how a sentence is built, for wordings no phrase
 * names: someone on the customer's side (`SUBJECTS`) does something for the
 * time being (`FOR_NOW`, or "until it is fixed"), in a clause that states no
 * failure ("Agents now ask callers to dial the extension directly", "Collega's nemen
 * voorlopig alles op via de softphone"); or something else works and people
 * turn to it ("The mobile app works, so a few people use that"); or someone
 * moved the work elsewhere ("we've moved the urgent calls to our ISDN lines")
 * or can still do it ("customers can still reach us").
 *
 * The clause must also say what is done instead (`INSTEAD`: via, own mobiles,
 * by hand, the softphone, WhatsApp, zelf, handmatig, ...), unless its time
 * marker names a stopgap itself ("als noodoplossing", "a temporary number"):
 * "we are currently in our busiest week" is no workaround. A clause that
 * fails, asks or is negated is none either: "we now get an error", "could you
 * for now ...", "we can't do anything for now".
 */
import type { PhraseHit, WordSpan } from './find-phrases';
import { INCIDENTS } from './hit';
import { recognisedHit, type RecognisedHit } from './recognised-hit';
import type { Clause } from './text';
import type { Lang } from './types';
import { AS_LONG_AS, ASKING_WORDS, BEFORE_NOW, CAN, FINE, OTHER, WAYS, CARRY_ON, CAUSE, DIRECTION, FAILING, FIXED, FOR_NOW, inClass, INSTEAD, SO, SPLIT_PARTICLES, SPLIT_VERBS, STILL, STILL_SUBJECTS, STOPGAP, isSubject, JOINS_CLAUSES, SUBSTITUTE, UNTIL, US, WORKS } from './word-classes';

// How far "until" may stand from the word that says the failure is over: "until you have fixed it".
const UNTIL_REACH = 6;
// How far the direction may follow the verb: "we've moved the urgent calls to ...".
const DIRECTION_REACH = 4;
// A clause of only a time marker ("For now, we ...") leans on the next clause of its sentence.
const MARKER_ONLY = 4;

/**
 * The workarounds the clauses state by their structure, one hit each.
 *
 * @example
 * recogniseWorkaround(toClauses('Agents now ask callers to dial the extension directly.'), [], new Set(['not']))[0].phrase //=> 'agents now'
 */
export function recogniseWorkaround(
  clauses: readonly Clause[],
  hits: readonly PhraseHit[],
  negators: ReadonlySet<string>,
  ignored: readonly WordSpan[] = [],
): RecognisedHit[] {
  const found: RecognisedHit[] = [];
  // "zodat de receptie alles opvangt zolang dit stuk is": a failure after "as long as" says how long the workaround runs.
  const lasting = clauses.map((clause) => {
    const at = clause.words.findIndex((w) => inClass(AS_LONG_AS, w) !== null);
    return at < 0 ? clause.words.length : at;
  });
  // Only a failure keeps a clause from stating a way round: "our receptionist is switching on the manual override" is one,
  // whatever a feature-request phrase ("switch on") read in it.
  const failing = new Set(hits.filter((h) => h.fact === 'impact' && INCIDENTS.has(h.value) && h.start < (lasting[h.clause] ?? 0)).map((h) => h.clause));
  // Words an ignore phrase claimed state nothing: "hangen op" is hanging up, not a system that hangs.
  const claimed = (c: number, i: number) => ignored.some((s) => s.clause === c && s.start <= i && i < s.end);
  // Whether each clause states something (no failure, no question, no negation), read once per clause.
  const stating = clauses.map(
    (clause, c) =>
      !clause.question &&
      !failing.has(c) &&
      !clause.words.slice(0, lasting[c]).some((w, i) => negators.has(w) || (inClass(FAILING, w) !== null && !claimed(c, i)) || inClass(ASKING_WORDS, w) !== null),
  );
  const states = (c: number) => stating[c] === true;
  for (const [c, clause] of clauses.entries()) {
    if (!states(c)) continue;
    const marker = markerIn(clause.words);
    // "every caller gets our 'we are currently closed' message": a time word an ignore phrase claimed marks nothing.
    if (marker !== null && !claimed(c, marker.at)) {
      // "mensen bellen ons nu boos terug": people who call us are not the customer's side at work.
      // "Het is nu bij alle 12 collega's zo", "it's now like that for all our staff": who the failure reaches, not who works round it.
      const subject = clause.words.findIndex((w, i, ws) => isSubject(w) && !ws.slice(i + 1, i + 4).some((x) => inClass(US, x) !== null) && !ws.slice(Math.max(0, i - 3), i).some((x) => x === 'bij' || x === 'for'));
      // "We weten zeker dat ..., want mensen bellen ons nu terug": a conjunction between them puts the subject and the time in different statements.
      const apart = subject >= 0 && clause.words.slice(Math.min(subject, marker.at) + 1, Math.max(subject, marker.at)).some((w) => inClass(JOINS_CLAUSES, w) !== null);
      // "We noteren nu het nummer, hangen op en bellen de klant direct terug": what is done instead may follow in the sentence.
      if (subject >= 0 && !apart && (instead(clause.words) || insteadLater(clauses, c, states))) {
        found.push(recognisedHit(clause, c, subject, marker.at, 'workaround', 'yes', marker.lang, 'substitute-for-now'));
        continue;
      }
      // "All calls now run through the failover route", "alle gesprekken lopen nu via de uitwijkroute".
      const via = clause.words.findIndex((w, i) => i > marker.at && i <= marker.at + 3 && (w === 'via' || w === 'through'));
      if (via >= 0) {
        found.push(recognisedHit(clause, c, marker.at, via, 'workaround', 'yes', marker.lang, 'substitute-for-now'));
        continue;
      }
      // "For now, we forward the calls to our mobiles."
      const next = clauses[c + 1];
      if (clause.words.length <= MARKER_ONLY && next !== undefined && next.sentence === clause.sentence && states(c + 1) && instead(next.words)) {
        const at = next.words.findIndex((w) => isSubject(w));
        const word = next.words[at];
        if (word !== undefined) found.push(recognisedHit(next, c + 1, at, at, 'workaround', 'yes', marker.lang, 'substitute-for-now'));
      }
      continue;
    }
    const moved = movedElsewhere(clause, c);
    if (moved !== null) {
      found.push(moved);
      continue;
    }
    const alternative = alternativeWorks(clauses, c, states) ?? saidToWork(clauses, c, states);
    if (alternative !== null) found.push(alternative);
  }
  return found;
}

// "..., which works", "..., dat werkt wel": the clause before is said to work.
const WHICH = new Set(['which', 'that', 'wat', 'dat', 'en', 'and']);
const FINE_AFTER_GOES = new Set(['goed', 'prima', 'well', 'fine']);
const THEY = new Set(['they', 'theyre', 'theyve']);
const BY_ONESELF = new Set(['zelf', 'themselves']);

/**
 * "The guys are copy-pasting numbers into the softphone to ring out, which works": someone of the customer's side does
 * something another way (`INSTEAD`), and the next clause of the sentence says that works.
 */
function saidToWork(clauses: readonly Clause[], c: number, states: (c: number) => boolean): RecognisedHit | null {
  const clause = clauses[c];
  const next = clauses[c + 1];
  if (clause === undefined || next === undefined || next.sentence !== clause.sentence || !states(c + 1)) return null;
  const [w0 = '', w1 = '', w2 = ''] = next.words;
  // "which works", "dat gaat goed", "which is clunky but works": said to work, in a short clause of its own.
  const goesWell = (w1 === 'gaat' || w1 === 'goes') && FINE_AFTER_GOES.has(w2);
  const butWorks = next.words.some((w, i) => (w === 'but' || w === 'maar') && inClass(WORKS, next.words[i + 1] ?? '') !== null);
  const works = WHICH.has(w0) && (inClass(WORKS, w1) !== null || (w1 === 'it' && inClass(WORKS, w2) !== null) || goesWell || butWorks) && next.words.length <= 6;
  // Here "they" is the customer's people at work ("they're using the desk phone ..., which works"), not callers.
  const subject = clause.words.findIndex((w) => isSubject(w) || THEY.has(w));
  // "Zelf bellen wij wel gewoon naar buiten, dat gaat goed": what the customer's side does itself, with no other means
  // named, is the scope of the failure ("calling out works"), not a way round.
  if (!works || subject < 0 || !clause.words.some((w) => inClass(INSTEAD, w) !== null && !BY_ONESELF.has(w))) return null;
  return recognisedHit(next, c + 1, 0, 1, 'workaround', 'yes', inClass(WORKS, w1) ?? inClass(WORKS, w2) ?? 'en', 'alternative-works');
}

/**
 * "We've moved the urgent calls to our old ISDN lines", "we zijn uitgeweken
 * naar de softphone", "our people can still use the desktop client",
 * "customers can still reach us": a subject, and a verb of moving work
 * elsewhere with a direction after it, or "can still". Not after a word of
 * cause: "since we moved to the new office" is how the failure began.
 */
function movedElsewhere(clause: Clause, c: number): RecognisedHit | null {
  const ws = clause.words;
  const subject = ws.findIndex((w) => isSubject(w) || inClass(STILL_SUBJECTS, w) !== null);
  if (subject < 0 || ws.some((w) => inClass(CAUSE, w) !== null)) return null;
  // "We're the central reception: every call is answered here and transferred to a department" says two things.
  const colons = clause.colons ?? [];
  for (const [i, w] of ws.entries()) {
    if (colons.some((x) => x > subject && x <= i)) break;
    const lang = inClass(SUBSTITUTE, w);
    if (lang !== null && isSubject(ws[subject] ?? '') && ws.slice(i + 1, i + 1 + DIRECTION_REACH).some((x) => inClass(DIRECTION, x) !== null)) {
      return recognisedHit(clause, c, subject, i, 'workaround', 'yes', lang, 'substitute-for-now');
    }
    // "Customers can still reach us", "our people can still use the desktop client"; not "we can still see the queue".
    const can = inClass(CAN, w);
    const reached = inClass(STILL_SUBJECTS, ws[subject] ?? '') !== null || instead(ws);
    if (can !== null && i > subject && reached && inClass(STILL, ws[i + 1] ?? '') !== null) return recognisedHit(clause, c, subject, i + 1, 'workaround', 'yes', can, 'substitute-for-now');
  }
  return null;
}

/** Whether words say what is done instead: another means or way, a word that names a stopgap itself, or a split verb of moving work. */
function instead(words: readonly string[]): boolean {
  return words.some((w) => inClass(INSTEAD, w) !== null || inClass(STOPGAP, w) !== null) || splitVerb(words);
}

/** Whether a later clause of the same sentence, one that states, says what is done instead. */
function insteadLater(clauses: readonly Clause[], c: number, states: (c: number) => boolean): boolean {
  const sentence = clauses[c]?.sentence;
  for (let k = c + 1; k < clauses.length && clauses[k]?.sentence === sentence; k++) {
    if (!states(k)) return false;
    if (instead(clauses[k]?.words ?? [])) return true;
  }
  return false;
}

/** "Leiden we die gesprekken om naar ...": a Dutch verb of moving work, split around its object. */
function splitVerb(words: readonly string[]): boolean {
  const at = words.findIndex((w) => SPLIT_VERBS.has(w));
  return at >= 0 && words.slice(at + 1).some((w) => SPLIT_PARTICLES.has(w));
}

/** Where a clause puts its action in the time until the failure is over, and in which language. */
function markerIn(words: readonly string[]): { at: number; lang: Lang } | null {
  for (const [i, w] of words.entries()) {
    const lang = inClass(FOR_NOW, w);
    // "tot nu toe" is "so far", "nu al" is "already": neither says for the time being.
    if (lang !== null && !(w === 'nu' && (words[i - 1] === 'tot' || words[i + 1] === 'toe' || words[i + 1] === 'al'))) return { at: i, lang };
    const until = inClass(UNTIL, w);
    if (until !== null && words.slice(i + 1, i + 1 + UNTIL_REACH).some((x) => inClass(FIXED, x) !== null)) return { at: i, lang: until };
  }
  return null;
}

/**
 * "The mobile app works, so a few people are using that": a clause that says
 * something works, then, in its sentence, "so" and someone of the customer's side, or someone of the customer's
 * side who carries on with it ("de vaste toestellen werken nog, dus ... kunnen we daarmee verder").
 */
function alternativeWorks(clauses: readonly Clause[], c: number, states: (c: number) => boolean): RecognisedHit | null {
  const clause = clauses[c];
  if (clause === undefined) return null;
  // "De audio zelf is prima te beluisteren, dus we luisteren nu alles af", "bellen via de softphone gaat gewoon, dus we
  // kunnen door": a word of fine works as well, said of now ("it was always fine, so we ..." is how it used to be).
  const works = clause.words.findIndex((w) => inClass(WORKS, w) !== null || (inClass(FINE, w) !== null && !clause.words.some((x) => inClass(BEFORE_NOW, x) !== null)));
  if (works < 0) return null;
  for (let k = c; k < clauses.length; k++) {
    const other = clauses[k];
    if (other === undefined || other.sentence !== clause.sentence || !states(k)) break;
    const from = k === c ? works + 1 : 0;
    const so = other.words.findIndex((w, i) => i >= from && inClass(SO, w) !== null);
    // "..., en omdat bijna iedereen op kantoor zit kunnen we daarmee verder": someone carries on with what works.
    const carry = other.words.findIndex((w, i) => i >= from && inClass(CARRY_ON, w) !== null);
    const by = other.words.findIndex((w, i) => i >= from && i < carry && isSubject(w));
    if (so < 0 && carry >= 0 && by >= 0) return recognisedHit(other, k, by, carry, 'workaround', 'yes', inClass(CARRY_ON, other.words[carry] ?? '') ?? 'en', 'alternative-works');
    if (so < 0) continue;
    const subject = other.words.findIndex((w, i) => i > so && isSubject(w));
    if (subject < 0) continue;
    const lang = inClass(SO, other.words[so] ?? '') ?? 'en';
    return recognisedHit(other, k, so, subject, 'workaround', 'yes', lang, 'alternative-works');
  }
  return null;
}

// How far after its negator "other way" may stand: "haven't found any other way".
const NO_OTHER_REACH = 4;

/**
 * "We haven't found any other way to get those calls through", "there is not really another route", "we kennen geen
 * enkel ander alternatief": a negator, then another way (`OTHER` before `WAYS`), in a clause that does not ask. Read
 * as workaround `no`.
 *
 * @example
 * recogniseNoAlternative(toClauses("Haven't found any other way to reach the engineer."), new Set(['havent']))?.phrase //=> 'havent found any other way'
 */
export function recogniseNoAlternative(clauses: readonly Clause[], negators: ReadonlySet<string>): RecognisedHit | null {
  for (const [c, clause] of clauses.entries()) {
    if (clause.question) continue;
    const ws = clause.words;
    for (const [i, w] of ws.entries()) {
      if (!negators.has(w)) continue;
      for (let k = i + 1; k <= i + NO_OTHER_REACH && k < ws.length - 1; k++) {
        const lang = inClass(OTHER, ws[k] ?? '');
        // "not the other way around" turns an order round, it names no way.
        const round = ws[k + 2] === 'around' || ws[k + 2] === 'round' || ws[k + 2] === 'om';
        if (lang !== null && inClass(WAYS, ws[k + 1] ?? '') !== null && !round) return recognisedHit(clause, c, i, k + 1, 'workaround', 'no', lang, 'no-alternative');
      }
    }
  }
  return null;
}
