/**
 * A loss of function read from who can no longer do what, for tickets no
 * impact phrase read: nobody can ("Nobody reaches us", "niemand kan
 * inloggen", "not a single agent can log in"), nothing can be done ("we
 * can't change anything", "we kunnen niets wijzigen") or something can no longer be
 * done ("agents can no longer see the call history", "we kunnen niet meer
 * bellen"); none of something works ("none of our phones have rung", "not offered to anyone", "nothing connects",
 * "all our numbers stopped"). Not in a question, a condition, a clause that says what nobody
 * knows or noticed ("nobody noticed until noon") or one about a share ("most
 * of them don't answer anymore").
 */
import { recognisedHit, type RecognisedHit } from './recognised-hit';
import type { Clause } from './text';
import {
  ALL, ANYONE, CALLS, CAN, CANT, DEAD_LINE, ERRORS, EVERY, EVERY_CALLER, REQUESTS, GETTING_THROUGH, inClass, LONGER, NEGATED_CAN, NEGATORS, NO_ONE, NOBODY, NONE, NOT_A_LOSS, NOTHING, NOTHING_AT_ALL, OF_THEM, ONE, PARTIAL, RECEIVED, STOPPED,
} from './word-classes';

// How far "longer"/"meer" may follow its negator: "geen inkomend belverkeer meer".
const LONGER_REACH = 3;
// How far "meer" may follow "geen": "geen WhatsApp-berichten van klanten meer".
const GONE_REACH = 5;
// How far "any" may follow "can't": "can't place or look up any calls".
const ANY_REACH = 5;
// The starts of what every caller meets, in either language ("busy", "bezettoon").
const DEAD_STARTS = [...DEAD_LINE.en, ...DEAD_LINE.nl];
// "Nothing goes wrong", "niets gaat mis": nothing fails, the opposite of a loss.
const WRONG = new Set(['wrong', 'mis', 'fout', 'verkeerd']);
// Flemish "geraken" (to get somewhere), spelled like "geraakt" (affected), and the words of where to after it.
const REACHING = new Set(['geraakt', 'geraken', 'raakt']);
const TOWARDS = new Set(['tot', 'bij', 'door', 'naar', 'binnen']);
// What a customer has until it is gone: "we don't have any phone service", "haven't got any dial tone".
const HAD = new Set(['service', 'signal', 'tone', 'connection', 'connectivity', 'phones', 'lines', 'calls', 'telephony', 'access', 'audio', 'sound']);
// Words that pick out some calls ("can't transfer internal calls", "kan geen bepaalde gesprekken"): a part, left to phrases.
const WHICH_CALLS = new Set(['some', 'certain', 'internal', 'international', 'bepaalde', 'sommige', 'interne', 'internationale']);
// Words of a condition: "if nobody answers", "als niemand opneemt".
const CONDITION = new Set(['if', 'when', 'unless', 'als', 'wanneer', 'indien', 'tenzij']);

// How far what comes in may follow "no" or "zero": "zero inbound webhooks", "no new recordings".
const THING_REACH = 3;
// A word that says "none at all" right after what is named: "no requests whatsoever" (besides "at all").
const AT_ALL = new Set(['whatsoever']);

/**
 * Whether word `i` starts "zero <what comes in>" ("zero webhooks", "nul gesprekken"), "no <what comes in> at all" or
 * "helemaal geen <what comes in>" (`REQUESTS`, `CALLS`): none of it comes in. A plain "no calls" is left to phrases, which
 * know "no calls dropped" from "no calls come in".
 */
function noneAtAll(ws: readonly string[], i: number): boolean {
  const w = ws[i] ?? '';
  if (w !== 'zero' && w !== 'nul' && w !== 'no' && w !== 'geen') return false;
  const thing = ws.findIndex((x, k) => k > i && k <= i + THING_REACH && (inClass(REQUESTS, x) !== null || inClass(CALLS, x) !== null));
  if (thing < 0) return false;
  if (w === 'zero' || w === 'nul') return true;
  if (w === 'geen') return ws[i - 1] === 'helemaal' || ws[i - 1] === 'totaal';
  return (ws[thing + 1] === 'at' && ws[thing + 2] === 'all') || AT_ALL.has(ws[thing + 1] ?? '');
}

// Verbs of calling after "wie" or "anyone who": "wie ons belt", "anyone who rings".
const CALLING = new Set(['belt', 'belde', 'bellen', 'calls', 'rings', 'dials', 'called', 'rang']);
// How far the verb may follow: "wie het 0800-nummer belt".
const CALLING_REACH = 5;

/** Whether word `i` starts "wie ... belt", "whoever calls" or "anyone who calls": every caller. */
function whoeverCalls(ws: readonly string[], i: number): boolean {
  const w = ws[i] ?? '';
  const from = w === 'wie' || w === 'whoever' ? i + 1 : (w === 'anyone' || w === 'anybody') && ws[i + 1] === 'who' ? i + 2 : -1;
  return from > 0 && ws.slice(from, from + CALLING_REACH).some((x) => CALLING.has(x));
}

/**
 * The first clause that says nobody can, or something can no longer, be done; null when none.
 *
 * @example
 * recogniseLoss(toClauses('Since 8:30 nobody reaches us.'))?.phrase //=> 'nobody reaches'
 * recogniseLoss(toClauses('None of our phones have rung.'))?.phrase //=> 'none of'
 */
export function recogniseLoss(clauses: readonly Clause[]): RecognisedHit | null {
  for (const [c, clause] of clauses.entries()) {
    const ws = clause.words;
    // "Niemand is geraakt" (nobody is affected) is no loss; "er geraakt niemand tot bij de medewerkers" (Flemish: nobody gets
    // through to the staff) is: a verb of reaching before a word of where to.
    const unaffected = (w: string, i: number) => inClass(NOT_A_LOSS, w) !== null && !(REACHING.has(w) && ws.slice(i + 1, i + 4).some((x) => TOWARDS.has(x)));
    if (clause.question) continue;
    // "Wat ik het belangrijkste vind: sinds vanochtend kan niemand meer bellen": each part after a colon is read on its own.
    const cuts = [0, ...(clause.colons ?? []), ws.length];
    for (const [s, lo] of cuts.slice(0, -1).entries()) {
      const hi = cuts[s + 1] ?? ws.length;
      if (ws.slice(lo, hi).some((w, k) => unaffected(w, lo + k) || inClass(PARTIAL, w) !== null)) continue;
      // "If nobody answers ...": words after a condition are conditional; "None of the phones ring when we call" states a loss before it.
      const condition = ws.findIndex((w, k) => k >= lo && CONDITION.has(w));
      for (let i = lo; i < hi; i++) {
        const w = ws[i] ?? '';
        if (condition >= 0 && i >= condition) break;
        // "We don't seem to have any phone service", "we haven't got any dial tone": a service the customer no longer has.
        if ((w === 'have' || w === 'got') && ws.slice(Math.max(0, i - 3), i).some((x) => inClass(NEGATORS, x) !== null)) {
          const any = ws.slice(i + 1, i + 3).indexOf('any');
          if (any >= 0 && ws.slice(i + 2 + any, i + 5 + any).some((x) => HAD.has(x))) return recognisedHit(clause, c, i, i + 2 + any, 'impact', 'outage', 'en', 'nobody-can');
        }
        const nobody = inClass(NOBODY, w) ?? (inClass(NO_ONE, w) !== null ? inClass(ONE, ws[i + 1] ?? '') ?? (ws[i + 1] === 'a' && ws[i + 2] === 'single' ? 'en' : null) : null);
        if (nobody !== null && i + 1 < ws.length) return recognisedHit(clause, c, i, i + 1, 'impact', 'function-down', nobody, 'nobody-can');
        // "can no longer", "niet meer", "geen inkomend belverkeer meer": the negator, then "longer"/"meer" within three words.
        if (inClass(NEGATED_CAN, w) !== null) {
          // "Geen WhatsApp-berichten van klanten meer": "geen" names what is gone, which may take a few more words.
          const at = ws.findIndex((x, k) => k > i && k <= i + (w === 'geen' ? GONE_REACH : LONGER_REACH) && inClass(LONGER, x) !== null);
          const lang = at < 0 ? null : inClass(LONGER, ws[at] ?? '');
          // "No more calls" ("geen gesprekken meer") says all are gone; "no longer" and "niet meer" say so of an ability
          // only: "agents can no longer log in", not "the report no longer shows a column".
          const ability = (w === 'geen' && at > i + 1) || ws.some((x) => inClass(CAN, x) !== null || inClass(CANT, x) !== null);
          if (lang !== null && ability) return recognisedHit(clause, c, i, at, 'impact', 'function-down', lang, 'nobody-can');
        }
        // "None of our phones have rung", "geen van de toestellen gaat over".
        if (inClass(NONE, w) !== null && inClass(OF_THEM, ws[i + 1] ?? '') !== null && i + 2 < ws.length) {
          return recognisedHit(clause, c, i, i + 1, 'impact', 'function-down', inClass(NONE, w) ?? 'en', 'nobody-can');
        }
        // "Calls are no longer offered to anyone", "callers aren't getting through to anyone": a negated clause that reaches nobody.
        // Only where nobody is reached: "to anyone", not "we did not change anything for anyone".
        if (inClass(ANYONE, w) !== null && ws[i - 1] === 'to') {
          const negator = ws.findIndex((x, k) => k < i && inClass(NEGATORS, x) !== null);
          if (negator >= 0) return recognisedHit(clause, c, negator, i, 'impact', 'function-down', 'en', 'nobody-can');
        }
        // "No WhatsApp message goes out", "no calls come in at all": none of what is sent gets through.
        if (w === 'no' || w === 'geen') {
          const what = ws.findIndex((x, k) => k > i && k <= i + 3 && (inClass(REQUESTS, x) !== null || inClass(CALLS, x) !== null));
          // The verb right after what is sent, or after a short "from customers", "van klanten".
          const verb = ws.findIndex((x, k) => k > what && k <= what + 3 && inClass(GETTING_THROUGH, x) !== null);
          if (what >= 0 && verb >= 0 && !WRONG.has(ws[verb + 1] ?? '') && ws.slice(what + 1, verb).every((x) => inClass(GETTING_THROUGH, x) === null)) {
            return recognisedHit(clause, c, i, verb, 'impact', 'function-down', w === 'geen' ? 'nl' : 'en', 'nobody-can');
          }
        }
        // "We receive zero webhooks", "no recordings at all since Saturday", "helemaal geen opnames": none of what comes in,
        // said outright (zero, or no ... at all).
        if (noneAtAll(ws, i)) return recognisedHit(clause, c, i, i + 1, 'impact', 'function-down', w === 'geen' || w === 'nul' ? 'nl' : 'en', 'nobody-can');
        // "De wallboards tonen helemaal niks meer", "it shows nothing anymore": nothing any more.
        if (inClass(NOTHING_AT_ALL, w) !== null && ['meer', 'anymore'].includes(ws[i + 1] ?? '')) {
          return recognisedHit(clause, c, i, i + 1, 'impact', 'function-down', inClass(NOTHING_AT_ALL, w) ?? 'en', 'nobody-can');
        }
        // "They can't get through", "we can't get in": getting through is lost.
        if ((inClass(CANT, w) !== null || w === 'cant') && ws[i + 1] === 'get' && ['through', 'in'].includes(ws[i + 2] ?? '')) {
          return recognisedHit(clause, c, i, i + 2, 'impact', 'function-down', 'en', 'nobody-can');
        }
        // "Ze komen dus nooit bij een agent", "calls never get through": never, of getting through.
        if ((w === 'never' || w === 'nooit') && [ws[i + 1], ws[i - 1], ws[i - 2]].some((x) => inClass(GETTING_THROUGH, x ?? '') !== null)) {
          return recognisedHit(clause, c, i, i + 1, 'impact', 'function-down', w === 'nooit' ? 'nl' : 'en', 'nobody-can');
        }
        // "Alle gesprekken ... krijgen direct een in-gesprektoon": every call meets what a dead line gives.
        if (inClass(ALL, w) !== null && inClass(CALLS, ws[i + 1] ?? '') !== null) {
          const dead = ws.findIndex((x, k) => k > i + 1 && DEAD_STARTS.some((d) => x.startsWith(d)));
          if (dead >= 0) return recognisedHit(clause, c, i, dead, 'impact', 'function-down', inClass(ALL, w) ?? 'en', 'nobody-can');
        }
        // "Nothing connects", "niets komt binnen".
        if (inClass(NOTHING_AT_ALL, w) !== null && inClass(GETTING_THROUGH, ws[i + 1] ?? '') !== null && !WRONG.has(ws[i + 2] ?? '')) {
          return recognisedHit(clause, c, i, i + 1, 'impact', 'function-down', inClass(NOTHING_AT_ALL, w) ?? 'en', 'nobody-can');
        }
        // "All three of our numbers stopped accepting calls", "alle toestellen zijn gestopt".
        if (inClass(ALL, w) !== null) {
          const stopped = ws.findIndex((x, k) => k > i && k <= i + 6 && inClass(STOPPED, x) !== null);
          if (stopped >= 0) return recognisedHit(clause, c, i, stopped, 'impact', 'function-down', inClass(STOPPED, ws[stopped] ?? '') ?? 'en', 'nobody-can');
        }
        // "gives a fast busy to everyone who calls it", "iedereen die belt krijgt een bezettoon".
        // Also "wie het 0800-nummer belt krijgt ...", "whoever calls", "anyone who rings us gets ...": every caller.
        if (inClass(EVERY_CALLER, w) !== null || whoeverCalls(ws, i)) {
          const dead = ws.findIndex((x) => DEAD_STARTS.some((d) => x.startsWith(d)));
          if (dead >= 0) return recognisedHit(clause, c, i, dead, 'impact', 'function-down', inClass(EVERY_CALLER, w) ?? 'en', 'nobody-can');
        }
        // "We haven't received a single webhook", "not one call came in": a negator, then "a single"/"one single".
        if (inClass(NEGATORS, w) !== null && ws.slice(i + 1, i + 4).some((x, k, span) => x === 'single' && ['a', 'one'].includes(span[k - 1] ?? ''))) {
          return recognisedHit(clause, c, i, ws.indexOf('single', i), 'impact', 'function-down', 'en', 'nobody-can');
        }
        // "We have not received ANY status callbacks", "we hebben geen enkel bericht ontvangen": nothing comes in.
        if (inClass(RECEIVED, w) !== null && ws.slice(Math.max(0, i - 3), i).some((x) => inClass(NEGATORS, x) !== null) && ws.slice(i + 1, i + 3).includes('any')) {
          return recognisedHit(clause, c, i, i + 1, 'impact', 'function-down', 'en', 'nobody-can');
        }
        // "The web phone won't let anyone go available": nobody is let do it.
        if (inClass(ANYONE, w) !== null && ws[i - 1] === 'let' && ws.slice(0, i - 1).some((x) => inClass(NEGATORS, x) !== null)) {
          return recognisedHit(clause, c, i - 1, i, 'impact', 'function-down', 'en', 'nobody-can');
        }
        // "Every API request gets 401 Unauthorized", "elke aanroep geeft een foutmelding": every attempt fails.
        if (inClass(EVERY, w) !== null && ws.slice(i + 1, i + 4).some((x) => inClass(REQUESTS, x) !== null) && ws.some((x) => inClass(ERRORS, x) !== null || /^[45]\d\d$/.test(x))) {
          return recognisedHit(clause, c, i, i + 1, 'impact', 'function-down', inClass(EVERY, w) ?? 'en', 'nobody-can');
        }
        // "We can't change anything", "we kunnen niets wijzigen", "can't place or look up any calls": nothing can be done.
        const nothing = ws.findIndex((x, k) => k > i && k <= i + ANY_REACH && inClass(NOTHING, x) !== null);
        // "We can't receive any calls", "we not can receive any calls", "can not call out": "can" with its negator on either side.
        const cant = inClass(CANT, w) !== null || (w === 'can' && (ws[i + 1] === 'not' || ws[i - 1] === 'not'));
        if (cant && nothing >= 0) return recognisedHit(clause, c, i, nothing, 'impact', 'function-down', inClass(CANT, w) ?? 'en', 'nobody-can');
        // "50 agents can't take calls", "we kunnen geen gesprekken aannemen": the ability to handle calls is gone.
        const calls = ws.findIndex((x, k) => k > i && k <= i + 3 && inClass(CALLS, x) !== null);
        const negatedHere = cant && (w !== 'kan' && w !== 'kunnen' && w !== 'kunt' && w !== 'konden' ? true : ws.slice(i + 1, i + 3).some((x) => x === 'niet' || x === 'geen'));
        if (negatedHere && calls >= 0 && ws.slice(i + 1, calls).every((x) => !WHICH_CALLS.has(x))) {
          return recognisedHit(clause, c, i, calls, 'impact', 'function-down', inClass(CANT, w) ?? 'en', 'nobody-can');
        }
      }
    }
  }
  return null;
}
