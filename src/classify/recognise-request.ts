/**
 * A question or request read from how a ticket is built, for tickets no
 * impact phrase read: the customer asks for something ("Could you give Lisa
 * supervisor rights?", "Kunnen jullie onze inrichting controleren?", "Please
 * send me a copy of the contract") and states nothing that fails. Such a
 * ticket is a product question (or a how-to, when it asks how or to set
 * something up): priority 3.
 *
 * A ticket that asks about itself (an update, a reply, a call back, a
 * meeting, a look at an attachment, a fix: `ABOUT_THE_TICKET`) or to check
 * or mend what it described ("Can you check?", "kunnen jullie dit
 * controleren?") states no kind of ticket, and its filed priority stands.
 *
 * A request is no question when anything in the customer's words speaks of
 * trouble (`TROUBLE`: failing, errors, a problem, urgency, "since ..."), unless
 * denied ("not urgent", "geen probleem", "nothing fails yet"), or states that
 * something is not or cannot be ("kan nie inloggen ... help aub"): "can you look
 * at it asap?" asks for help with an incident, and an unread incident must
 * keep its priority.
 */
import { recognisedHit, type RecognisedHit } from './recognised-hit';
import type { Clause } from './text';
import {
  ABOUT_THE_TICKET, ADDRESSEES, BACK, BACK_REFERENCES, CALL, CONTRASTED, COORDINATORS, HOW, inClass, MEND, REQUEST_OPENERS, SCOPE, SUBJECTS, TROUBLE, URGENCY, WRITER,
} from './word-classes';

// How many words before a trouble word a negator denies it: "not urgent", "nothing fails".
const DENIAL_REACH = 2;
// How far a request's addressee may follow its opener: "could one of you", "kunnen jullie".
const ADDRESSEE_REACH = 3;
// Words shown of the request, from its opener.
const SHOWN = 4;

/**
 * The request that makes a ticket a question or how-to, or null when the
 * ticket makes none or speaks of trouble.
 *
 * @example
 * recogniseRequest(toClauses('Contract\nPlease send me a copy of our contract.'), new Set(['not']))?.phrase //=> 'please send me a'
 * recogniseRequest(toClauses('Calls fail\nCould you check?'), new Set(['not']))                          //=> null
 */
export function recogniseRequest(clauses: readonly Clause[], negators: ReadonlySet<string>): RecognisedHit | null {
  // Sentences in which one person, the writer, is the one in trouble: "I'm stuck at the audio upload", "als ik ... toevoeg, blijft de knop grijs".
  const mine = new Set(clauses.filter((c) => c.words.some((w) => inClass(WRITER, w) !== null)).map((c) => c.sentence));
  for (const clause of clauses) {
    // "kan nie inloggen ... help aub": a statement that something is not, or cannot be, is trouble too.
    // "not just per queue", "en niet het algemene nummer": a negator that contrasts a scope or a choice denies nothing.
    if (!clause.question && clause.words.some((w, i) => negators.has(w) && inClass(TROUBLE, clause.words[i + 1] ?? '') === null && !contrasts(clause.words, i))) return null;
    for (const [i, w] of clause.words.entries()) {
      if (inClass(TROUBLE, w) === null) continue;
      const denied = clause.words.slice(Math.max(0, i - DENIAL_REACH), i).some((x) => negators.has(x));
      // The writer's own trouble while setting something up asks how, unless it is urgent or set in ("since 9:00").
      const own = mine.has(clause.sentence) && inClass(URGENCY, w) === null;
      if (!denied && !own) return null;
    }
    // "Any news on this?", "could you call me back?", "kunnen jullie dat oplossen?": about the ticket, not the product.
    // Only where the clause asks: "met de status gesynchroniseerd" in a wish describes the product, not the ticket.
    if ((clause.question || requestAt(clause) !== null) && clause.words.some((w, i) => inClass(ABOUT_THE_TICKET, w) !== null || (inClass(CALL, w) !== null && inClass(BACK, clause.words[i + 1] ?? '') !== null))) return null;
  }
  for (const [c, clause] of clauses.entries()) {
    const at = requestAt(clause);
    if (at === null) continue;
    // "Customers hear the closed message. Can you check?": a request to look at what the ticket described.
    if (mendsWhatWasSaid(clause.words, at)) return null;
    const how = clause.words.some((w) => inClass(HOW, w) !== null);
    const lang = inClass(REQUEST_OPENERS, clause.words[at] ?? '') ?? inClass(SUBJECTS, clause.words[at] ?? '') ?? 'en';
    return recognisedHit(clause, c, at, Math.min(clause.words.length - 1, at + SHOWN - 1), 'impact', how ? 'how-to' : 'question', lang, 'request');
  }
  return null;
}

/**
 * Whether the negator at `i` contrasts rather than denies: "not just per queue", "not only", "and not the main
 * number", "en niet het algemene nummer", "maar niet".
 */
function contrasts(ws: readonly string[], i: number): boolean {
  const not = ws[i] === 'not' || ws[i] === 'niet';
  return inClass(SCOPE, ws[i + 1] ?? '') !== null || (not && inClass(COORDINATORS, ws[i - 1] ?? '') !== null && inClass(CONTRASTED, ws[i + 1] ?? '') !== null);
}

/**
 * Whether a request asks to check or mend what the ticket described: a verb
 * of `MEND` after the opener with nothing after it or a word pointing back
 * ("can you check?", "could you have someone check this?", "kunnen jullie
 * dit controleren?"). "Could you check whether our IVR is set up right?" has
 * an object of its own.
 */
function mendsWhatWasSaid(ws: readonly string[], at: number): boolean {
  for (let i = at + 1; i < ws.length; i++) {
    const lang = inClass(MEND, ws[i] ?? '');
    if (lang === null) continue;
    const next = ws[i + 1];
    // "Can you help us?" mends; "could you help me set up a queue?" asks how: the help has an object of its own.
    const helpWith = (ws[i] === 'help' || ws[i] === 'helpen') && i + 2 < ws.length;
    if (next !== undefined && inClass(BACK_REFERENCES, next) !== null && !helpWith) return true;
    // English puts the object after the verb ("can you check?" has none); Dutch puts the verb last, after
    // the object: "kunnen jullie dit controleren", not "kunnen jullie onze inrichting controleren" nor
    // "kunnen jullie me helpen met het instellen van een wachtrij".
    if (lang === 'en' ? next === undefined : next === undefined && ws.slice(at + 1, i).some((w) => inClass(BACK_REFERENCES, w) !== null)) return true;
  }
  return false;
}

/**
 * Where a clause asks for something: an opener before "you" ("could you",
 * "kunnen jullie"), a "please" or "graag", a wish ("we would like", "ik wil
 * graag"), or, in a sentence ending with a question mark, its first word.
 */
function requestAt(clause: Clause): number | null {
  const ws = clause.words;
  for (const [i, w] of ws.entries()) {
    if (inClass(REQUEST_OPENERS, w) === null) continue;
    if (ws.slice(i + 1, i + 1 + ADDRESSEE_REACH).some((x) => inClass(ADDRESSEES, x) !== null)) return i;
    if (w === 'please' || w === 'pls' || w === 'plz' || w === 'kindly' || w === 'graag' || w === 'aub' || w === 'svp') return i;
    // "We would like", "I'd like", "ik wil graag": a subject before the wish.
    const before = ws[i - 1] ?? '';
    const wish = w === 'like' || w === 'want' || w === 'wil' || w === 'willen' || w === 'wilt';
    if (wish && inClass(SUBJECTS, ws[i - 2] ?? '') !== null) return i - 2;
    if (wish && inClass(SUBJECTS, before) !== null) return i - 1;
  }
  return clause.question && ws.length > 0 ? 0 : null;
}
